package kz.ordo.devinfra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) that keeps every message it receives; for local runs and tests. */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private LocalMailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static LocalMailServer start(int smtpPort) {
        GreenMail gm = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        gm.start();
        return new LocalMailServer(gm);
    }

    /**
     * Keeps a copy of every received message as an .eml file in {@code dir} (checked every two seconds), so that
     * whoever runs Ordo locally can open the emails it sent in any mail program.
     */
    public void saveMessagesTo(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir);
        Thread t = new Thread(() -> {
            int saved = 0;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    jakarta.mail.internet.MimeMessage[] all = greenMail.getReceivedMessages();
                    for (; saved < all.length; saved++) {
                        String name = String.format("%05d-%s.eml", saved + 1,
                                String.valueOf(all[saved].getAllRecipients()[0]).replaceAll("[^A-Za-z0-9@._-]", "_"));
                        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(dir.resolve(name))) {
                            all[saved].writeTo(out);
                        }
                    }
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    System.err.println("[ordo] could not save a received email: " + e);
                }
            }
        }, "ordo-mail-saver");
        t.setDaemon(true);
        t.start();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

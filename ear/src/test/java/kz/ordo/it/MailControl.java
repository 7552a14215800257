package kz.ordo.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import kz.ordo.devinfra.LocalMailServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP port beside the test SMTP server, so that tests running inside WildFly can read what it received
 * and stop or start it (SMTP down and back). Lines of base64 fields: to, subject, text, html.
 */
final class MailControl implements AutoCloseable {

    private final int smtpPort;
    private final HttpServer http;
    private volatile LocalMailServer mail;
    private volatile LoginSmtpServer loginServer;

    MailControl(int smtpPort, LocalMailServer mail) throws IOException {
        this.smtpPort = smtpPort;
        this.mail = mail;
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", smtpPort + 1), 0);
        http.createContext("/messages", this::messages);
        http.createContext("/stop", ex -> {
            stop();
            answer(ex, "stopped");
        });
        http.createContext("/start", ex -> {
            synchronized (this) {
                if (this.mail == null) {
                    stop();
                    this.mail = LocalMailServer.start(this.smtpPort);
                    TestInfra.mail = this.mail;
                }
            }
            answer(ex, "started");
        });
        // restarts the server so that it accepts mail only after an SMTP login (query: login=..&password=..)
        http.createContext("/start-with-login", ex -> {
            Map<String, String> q = query(ex);
            synchronized (this) {
                stop();
                this.loginServer = new LoginSmtpServer(this.smtpPort, q.get("login"), q.get("password"));
            }
            answer(ex, "started with login");
        });
        http.start();
    }

    LocalMailServer mail() {
        return mail;
    }

    private synchronized void stop() {
        if (mail != null) {
            mail.close();
            mail = null;
        }
        if (loginServer != null) {
            loginServer.close();
            loginServer = null;
        }
    }

    private List<MimeMessage> received() {
        LocalMailServer m = mail;
        LoginSmtpServer l = loginServer;
        return m != null ? List.of(m.greenMail().getReceivedMessages()) : l != null ? l.received() : List.of();
    }

    private void messages(HttpExchange ex) throws IOException {
        StringBuilder out = new StringBuilder();
        for (MimeMessage msg : received()) {
            try {
                String[] parts = {"", "", ""};
                collect(msg, parts);
                String text = parts[0];
                String html = parts[1];
                out.append(enc(String.valueOf(msg.getAllRecipients()[0]))).append('\t').append(enc(msg.getSubject()))
                        .append('\t').append(enc(text)).append('\t').append(enc(html)).append('\t').append(enc(parts[2]))
                        .append('\n');
            } catch (Exception e) {
                out.append(enc("?")).append('\t').append(enc("unreadable: " + e)).append('\t').append(enc("")).append('\t')
                        .append(enc("")).append('\t').append(enc("")).append('\n');
            }
        }
        answer(ex, out.toString());
    }

    /** Text, HTML and the names of attached files, through nested multiparts. */
    private static void collect(jakarta.mail.Part part, String[] parts) throws Exception {
        if (part.getFileName() != null) {
            parts[2] += (parts[2].isEmpty() ? "" : ",") + jakarta.mail.internet.MimeUtility.decodeText(part.getFileName());
        } else if (part.isMimeType("text/plain")) {
            parts[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html")) {
            parts[1] = String.valueOf(part.getContent());
        } else if (part.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                collect(mp.getBodyPart(i), parts);
            }
        }
    }

    private static Map<String, String> query(HttpExchange ex) {
        Map<String, String> out = new HashMap<>();
        String raw = ex.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String enc(String s) {
        return Base64.getEncoder().encodeToString((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange ex, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        stop();
    }
}

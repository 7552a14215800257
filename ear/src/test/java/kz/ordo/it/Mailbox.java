package kz.ordo.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * The test SMTP server (GreenMail, started by {@link DevServicesListener} outside WildFly) seen from a test inside
 * the container: the messages it received, and stopping and starting it, through {@link MailControl}'s small HTTP
 * port (the SMTP port + 1).
 */
public final class Mailbox {

    /** One received message. */
    public record Mail(String to, String subject, String text, String html, String attachments) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Mailbox() {
    }

    static int controlPort() {
        String smtp = System.getenv("ORDO_SMTP_PORT");
        if (smtp == null) {
            smtp = System.getProperty("ordo.it.smtpPort", "3125");
        }
        return Integer.parseInt(smtp) + 1;
    }

    private static String call(String method, String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + controlPort() + path))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("mail control " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<Mail> all() {
        List<Mail> out = new ArrayList<>();
        for (String line : call("GET", "/messages").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new Mail(dec(f[0]), dec(f[1]), dec(f[2]), dec(f[3]), f.length > 4 ? dec(f[4]) : ""));
        }
        return out;
    }

    public static List<Mail> matching(Predicate<Mail> p) {
        return all().stream().filter(p).toList();
    }

    /** Waits until at least one message matches, returns the matching ones. */
    public static List<Mail> await(Predicate<Mail> p, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Mail> m = matching(p);
            if (!m.isEmpty() || System.nanoTime() > end) {
                return m;
            }
            Thread.sleep(100);
        }
    }

    public static void stopSmtp() {
        call("POST", "/stop");
    }

    public static void startSmtp() {
        call("POST", "/start");
    }

    /** Restarts the SMTP server so that it takes mail only after a login with these credentials. */
    public static void startSmtpWithLogin(String login, String password) {
        call("POST", "/start-with-login?login=" + java.net.URLEncoder.encode(login, StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private static String dec(String b64) {
        return new String(Base64.getDecoder().decode(b64), StandardCharsets.UTF_8);
    }
}

package kz.ordo.it;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real SMTP server (SubEthaSMTP) that takes mail only after an SMTP login with one user name and password, as a
 * company's mail server does; GreenMail checks a login when one is given but accepts mail without it.
 */
final class LoginSmtpServer implements AutoCloseable {

    private final SMTPServer server;
    private final List<MimeMessage> received = new CopyOnWriteArrayList<>();

    LoginSmtpServer(int port, String login, String password) {
        Session parser = Session.getInstance(new Properties());
        server = SMTPServer.port(port).bindAddress(InetAddress.getLoopbackAddress()).requireAuth(true)
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((user, pass, context) -> {
                    if (!login.equals(user) || !password.equals(pass)) {
                        throw new LoginFailedException("535 Authentication credentials invalid");
                    }
                }))
                .messageHandler((context, from, to, data) -> {
                    try {
                        received.add(new MimeMessage(parser, new ByteArrayInputStream(data)));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .build();
        server.start();
    }

    List<MimeMessage> received() {
        return received;
    }

    @Override
    public void close() {
        server.stop();
    }
}

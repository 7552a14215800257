package kz.ordo.notifications.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import kz.ordo.notifications.entity.Channel;
import kz.ordo.notifications.entity.OutboxMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Email (R-INT-1) through the mail session that {@code wildfly-config/configure-mail.cli} defines: HTML and plain
 * text alternatives, UTF-8, the sender from the session's {@code from} (ORDO_MAIL_FROM).
 */
@ApplicationScoped
public class MailChannel implements NotificationChannel {

    @Resource(lookup = "java:jboss/mail/Ordo")
    Session mail;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(OutboxMessage m) throws Exception {
        Transport.send(message(m));
    }

    /** One SMTP connection for the whole batch; a message the server refuses fails alone, a lost connection fails the rest. */
    @Override
    public void sendAll(java.util.List<OutboxMessage> messages, java.util.function.BiConsumer<OutboxMessage, Exception> outcome) {
        Transport t = null;
        try {
            t = mail.getTransport("smtp");
            t.connect();
            for (OutboxMessage m : messages) {
                try {
                    MimeMessage msg = message(m);
                    t.sendMessage(msg, msg.getAllRecipients());
                    outcome.accept(m, null);
                } catch (jakarta.mail.MessagingException | java.io.UnsupportedEncodingException e) {
                    outcome.accept(m, e);
                    if (!t.isConnected()) {
                        t.connect();
                    }
                }
            }
        } catch (Exception e) {
            for (OutboxMessage m : messages) {
                outcome.accept(m, e);
            }
        } finally {
            if (t != null) {
                try {
                    t.close();
                } catch (jakarta.mail.MessagingException ignored) {
                    // the connection is gone either way
                }
            }
        }
    }

    private MimeMessage message(OutboxMessage m) throws jakarta.mail.MessagingException, java.io.UnsupportedEncodingException {
        MimeMessage msg = new MimeMessage(mail);
        String from = mail.getProperty("mail.from");
        msg.setFrom(new InternetAddress(from == null || from.isBlank() ? "ordo@localhost" : from));
        msg.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getAddress()));
        msg.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
        msg.setSentDate(Date.from(Instant.now()));
        msg.setHeader("X-Ordo-Kind", m.getKind().name());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.getBodyText(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        if (m.getBodyHtml() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">" + m.getBodyHtml() + "</body></html>",
                    "text/html; charset=UTF-8");
            alternatives.addBodyPart(html);
        }
        if (m.getAttachmentId() == null) {
            msg.setContent(alternatives);
        } else {
            Object[] file = (Object[]) em.createNativeQuery("SELECT file_name, content FROM report_file WHERE id = ?1")
                    .setParameter(1, m.getAttachmentId()).getSingleResult();
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternatives);
            mixed.addBodyPart(body);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource((byte[]) file[1],
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
            attachment.setFileName(jakarta.mail.internet.MimeUtility.encodeText((String) file[0], "UTF-8", null));
            mixed.addBodyPart(attachment);
            msg.setContent(mixed);
        }
        msg.saveChanges();
        return msg;
    }
}

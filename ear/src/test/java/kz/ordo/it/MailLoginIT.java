package kz.ordo.it;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.control.OutboxSender;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.notifications.entity.OutboxStatus;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail through an SMTP server that requires a login (R-INT-1): the test SMTP server is restarted to take mail only
 * after a login, the admin's script {@code wildfly-config/configure-mail-auth.cli} is applied to the running WildFly
 * with {@code jboss-cli.sh} exactly as README tells admins, the server reloaded, and the credentials come from the
 * server's environment ({@code ORDO_SMTP_USER} / {@code ORDO_SMTP_PASSWORD}, set by failsafe). Without the login the
 * server refuses the message and the outbox keeps the error; with it the message arrives; a password the server no
 * longer accepts is reported the same way. The last step removes the
 * login again, so the other test classes see the plain server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailLoginIT {

    /** The login failsafe gives WildFly's environment (ear/pom.xml). */
    private static final String LOGIN = System.getenv("ORDO_SMTP_USER");
    private static final String PASSWORD = System.getenv("ORDO_SMTP_PASSWORD");
    private static final String CONTROLLER = "remote+http://127.0.0.1:10090";
    private static volatile boolean loginApplied;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(MailLoginIT.class, TestData.class, Identity.class, AsManager.class, Forms.class,
                Mailbox.class, Mailbox.Mail.class);
    }

    @EJB
    TestData data;
    @EJB
    AsManager asManager;
    @EJB
    RequestService requests;
    @EJB
    OutboxSender outbox;
    @PersistenceContext
    EntityManager em;

    private String assignRequest(String title) {
        data.unit("IT Алматы", OrgUnitKind.CITY, null);
        OrgUnit dept = data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы");
        data.user("it.manager", dept, Role.MANAGER);
        User executor = data.user("it.mail.executor", dept, Role.EXECUTOR);
        data.contact(executor, "it.mail.executor@ordo.test", "ru");
        outbox.deliverDue(); // whatever earlier tests left waiting
        asManager.run(() -> requests.create(Forms.of(RequestType.HR, title, dept.getId(), Priority.MEDIUM,
                LocalDate.now().plusDays(5), executor.getId())));
        outbox.deliverDue();
        return title;
    }

    private OutboxMessage outboxAbout(String marker) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.subject LIKE :s ORDER BY m.id", OutboxMessage.class)
                .setParameter("s", "%" + marker + "%").getResultList().get(0);
    }

    @Test
    @Order(1)
    @RunAsClient
    void the_smtp_server_is_restarted_to_require_a_login() {
        assertNotNull(LOGIN, "failsafe sets ORDO_SMTP_USER");
        Mailbox.startSmtpWithLogin(LOGIN, PASSWORD);
    }

    @Test
    @Order(2)
    void without_the_login_the_server_refuses_the_message_and_the_outbox_keeps_the_error() {
        String title = "Без логина " + System.nanoTime();
        assignRequest(title);
        OutboxMessage m = outboxAbout(title);
        assertEquals(OutboxStatus.PENDING, m.getStatus(), "kept for a retry");
        assertNotNull(m.getLastError());
        assertTrue(m.getLastError().toLowerCase().contains("auth"), "the SMTP server asked for a login: " + m.getLastError());
    }

    @Test
    @Order(3)
    @RunAsClient
    void the_admin_applies_the_login_script_and_reloads() throws Exception {
        Path script = Path.of(System.getProperty("ordo.it.configDir"), "configure-mail-auth.cli");
        assertTrue(Files.isRegularFile(script), script.toString());
        loginApplied = true;
        cli("run-batch --file=" + script);
        reload();
        String username = cli("/subsystem=mail/mail-session=ordo/server=smtp:read-attribute(name=username)");
        assertTrue(username.contains("${env.ORDO_SMTP_USER}"), "the script keeps no secret, only the expression: " + username);
    }

    @Test
    @Order(4)
    void with_the_login_the_message_arrives() throws Exception {
        String title = "С логином " + System.nanoTime();
        assignRequest(title);
        OutboxMessage m = outboxAbout(title);
        assertEquals(OutboxStatus.SENT, m.getStatus(), "sent after the login: " + m.getLastError());
        List<Mailbox.Mail> mails = Mailbox.await(x -> x.subject().contains(title), Duration.ofSeconds(10));
        assertEquals(1, mails.size());
        assertEquals("it.mail.executor@ordo.test", mails.get(0).to());
    }

    @Test
    @Order(5)
    void a_password_the_server_no_longer_accepts_is_reported_and_retried() {
        Mailbox.startSmtpWithLogin(LOGIN, PASSWORD + "-changed");
        String title = "Старый пароль " + System.nanoTime();
        assignRequest(title);
        OutboxMessage m = outboxAbout(title);
        assertEquals(OutboxStatus.PENDING, m.getStatus(), "kept for a retry");
        assertTrue(m.getLastError() != null && m.getLastError().contains("535"), "the login was refused: " + m.getLastError());
    }

    @Test
    @Order(6)
    @RunAsClient
    void the_login_is_removed_again() throws Exception {
        removeLogin();
    }

    @AfterAll
    static void restore() throws Exception {
        if (System.getProperty("ordo.it.dataDir") == null) {
            return; // inside WildFly: the client side restores
        }
        removeLogin();
    }

    private static void removeLogin() throws Exception {
        if (loginApplied) {
            cli("/subsystem=mail/mail-session=ordo/server=smtp:undefine-attribute(name=username)");
            cli("/subsystem=mail/mail-session=ordo/server=smtp:undefine-attribute(name=password)");
            reload();
            loginApplied = false;
        }
        Mailbox.stopSmtp();
        Mailbox.startSmtp();
    }

    /** Runs one command with the server's own jboss-cli.sh against the test server's management port. */
    private static String cli(String command) throws IOException, InterruptedException {
        Path home = Path.of(System.getenv("JBOSS_HOME"));
        Process p = new ProcessBuilder(home.resolve("bin/jboss-cli.sh").toString(), "--controller=" + CONTROLLER, "-c",
                "--timeout=60000", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jboss-cli ended");
        assertEquals(0, p.exitValue(), command + " → " + out);
        return out;
    }

    /** Reloads the server and waits until the application answers again. */
    private static void reload() throws Exception {
        cli("reload");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8180/ordo/login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not come back after the reload");
    }
}

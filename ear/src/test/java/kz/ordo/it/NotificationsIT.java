package kz.ordo.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.boundary.UserForm;
import kz.ordo.identity.boundary.UserService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.boundary.NotificationAdminService;
import kz.ordo.notifications.boundary.NotificationService;
import kz.ordo.notifications.boundary.Preference;
import kz.ordo.notifications.control.OutboxSender;
import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.notifications.entity.MessageTemplate;
import kz.ordo.notifications.entity.Notification;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.notifications.entity.OutboxStatus;
import kz.ordo.records.boundary.CommentService;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications in the container, with GreenMail as the real SMTP server: a committed event sends one email in
 * the recipient's language with a link, a rolled-back one nothing; SMTP down is retried until it comes back;
 * a message that keeps failing is shown to the admin and re-sent; @mentions arrive in the app and by email;
 * preferences and the digest; templates checked when saved; WhatsApp through a stub provider.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(NotificationsIT.class, TestData.class, Identity.class, AsAdmin.class, AsManager.class,
                AsAstanaManager.class, AsExecutor.class, AsContractor.class, AsHead.class, AsFinance.class, Forms.class,
                Mailbox.class, Mailbox.Mail.class, Jobs.class, StubProvider.class);
    }

    @EJB
    TestData data;
    @EJB
    AsAdmin asAdmin;
    @EJB
    AsManager asManager;
    @EJB
    AsExecutor asExecutor;
    @EJB
    RequestService requests;
    @EJB
    CommentService comments;
    @EJB
    NotificationService notifications;
    @EJB
    NotificationAdminService admin;
    @EJB
    OutboxSender outbox;
    @EJB
    UserService users;
    @PersistenceContext
    EntityManager em;
    @Inject
    jakarta.transaction.UserTransaction utx;

    private OrgUnit dept;
    private User executor;

    @BeforeEach
    void arrange() {
        data.unit("IT Алматы", OrgUnitKind.CITY, null);
        dept = data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы");
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.admin", root, Role.ADMIN);
        data.user("it.manager", dept, Role.MANAGER);
        executor = data.user("it.executor", dept, Role.EXECUTOR);
        data.contact(executor, "it.executor@ordo.test", "ru");
        outbox.deliverDue(); // whatever earlier tests left waiting
    }

    private Request assignedRequest(String title) {
        return asManager.run(() -> requests.create(Forms.of(RequestType.HR, title, dept.getId(), Priority.MEDIUM,
                LocalDate.now().plusDays(5), executor.getId())));
    }

    private static java.util.function.Predicate<Mailbox.Mail> about(String marker) {
        return m -> m.subject().contains(marker) || m.text().contains(marker);
    }

    private List<OutboxMessage> outboxAbout(String marker) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.subject LIKE :s OR m.bodyText LIKE :s ORDER BY m.id",
                OutboxMessage.class).setParameter("s", "%" + marker + "%").getResultList();
    }

    @Test
    void a_committed_assignment_emails_once_in_the_recipients_language_and_a_rolled_back_one_sends_nothing() throws Exception {
        data.contact(executor, "it.executor@ordo.test", "kk");
        try {
            String title = "Справка " + System.nanoTime();
            Request r = assignedRequest(title);
            outbox.deliverDue();
            List<Mailbox.Mail> mails = Mailbox.await(about(title), Duration.ofSeconds(10));
            assertEquals(1, mails.size(), "one email for one event");
            Mailbox.Mail m = mails.get(0);
            assertEquals("it.executor@ordo.test", m.to());
            assertTrue(m.subject().startsWith(r.getNumber() + ": сізге тағайындалды"), "Kazakh subject: " + m.subject());
            assertTrue(m.text().contains("requests/view.xhtml?id=" + r.getId()), "a link to the record: " + m.text());
            assertTrue(m.html().contains("href=\"http") && m.html().contains("Ordo-да ашу"), m.html());
            List<Notification> mine = asExecutor.run(() -> notifications.mine(new PageRequest(0, 5, null, false)));
            assertTrue(mine.stream().anyMatch(n -> n.getKind() == NotificationKind.ASSIGNED && r.getId().equals(n.getRecordId())
                    && n.isUnread()), "the bell has it too");
        } finally {
            data.contact(executor, "it.executor@ordo.test", "ru");
        }

        String rolledBack = "Откат " + System.nanoTime();
        assertThrows(Exception.class, () -> asManager.run(() -> {
            requests.create(Forms.of(RequestType.HR, rolledBack, dept.getId(), Priority.MEDIUM, LocalDate.now().plusDays(5),
                    executor.getId()));
            throw new IllegalStateException("the action fails after the event");
        }));
        assertTrue(outboxAbout(rolledBack).isEmpty(), "nothing waits in the outbox");
        assertEquals(0L, data.count("SELECT COUNT(n) FROM Notification n WHERE n.title LIKE '%" + rolledBack + "%'"));
        outbox.deliverDue();
        Thread.sleep(300);
        assertTrue(Mailbox.matching(about(rolledBack)).isEmpty(), "and nothing was sent");
    }

    @Test
    void the_bell_count_is_kept_between_pages_and_follows_every_change_in_ordo_once_it_commits() throws Exception {
        int before = asExecutor.run(() -> notifications.unreadCount());

        assignedRequest("Счётчик " + System.nanoTime());
        assertEquals(before + 1, asExecutor.run(() -> notifications.unreadCount()), "a committed notification is counted at once");

        assertThrows(Exception.class, () -> asManager.run(() -> {
            requests.create(Forms.of(RequestType.HR, "Откат счётчика", dept.getId(), Priority.MEDIUM, LocalDate.now().plusDays(5),
                    executor.getId()));
            throw new IllegalStateException("the action fails after the event");
        }));
        assertEquals(before + 1, asExecutor.run(() -> notifications.unreadCount()), "a rolled-back one is not");

        // two rows written behind Ordo's back: the kept count does not ask the database again (within its validity)
        utx.begin();
        for (int i = 0; i < 2; i++) {
            em.persist(new Notification(em.find(User.class, executor.getId()), NotificationKind.MENTIONED, "REQUEST", 1L,
                    "мимо Ordo", "мимо Ordo", "/requests/view.xhtml?id=1"));
        }
        utx.commit();
        assertEquals(before + 1, asExecutor.run(() -> notifications.unreadCount()), "the kept count was used");

        Notification newest = asExecutor.run(() -> notifications.mine(new PageRequest(0, 1, null, false))).get(0);
        asExecutor.run(() -> notifications.markRead(newest.getId()));
        assertEquals(before + 2, asExecutor.run(() -> notifications.unreadCount()),
                "marking one read reads the count again: one of the rows written behind its back is counted, the read one is not");

        asExecutor.run(() -> notifications.markAllRead());
        assertEquals(0, asExecutor.run(() -> notifications.unreadCount()), "all read: nothing left, at once");
    }

    @Test
    void smtp_down_is_retried_and_the_message_delivered_once_when_it_comes_back() throws Exception {
        String title = "Ретрай " + System.nanoTime();
        Mailbox.stopSmtp();
        try {
            assignedRequest(title);
            outbox.deliverDue();
            OutboxMessage first = outboxAbout(title).get(0);
            assertEquals(OutboxStatus.PENDING, first.getStatus());
            assertEquals(1, first.getAttempts());
            assertNotNull(first.getLastError(), "the error is kept for the admin");
            Thread.sleep(150);
            outbox.deliverDue();
            assertEquals(2, outboxAbout(title).get(0).getAttempts());
        } finally {
            Mailbox.startSmtp();
        }
        Thread.sleep(400);
        outbox.deliverDue();
        OutboxMessage sent = outboxAbout(title).get(0);
        assertEquals(OutboxStatus.SENT, sent.getStatus(), "delivered after " + sent.getAttempts() + " attempts");
        assertEquals(1, Mailbox.await(about(title), Duration.ofSeconds(10)).size());
        outbox.deliverDue();
        Thread.sleep(200);
        assertEquals(1, Mailbox.matching(about(title)).size(), "never twice");
    }

    @Test
    void a_message_that_keeps_failing_is_shown_to_the_admin_and_can_be_sent_again() throws Exception {
        String title = "Сбой " + System.nanoTime();
        String scale = System.getProperty("ordo.mail.retryScale");
        Mailbox.stopSmtp();
        try {
            System.setProperty("ordo.mail.retryScale", "0.000001");
            assignedRequest(title);
            for (int i = 0; i < 20 && outboxAbout(title).get(0).getStatus() != OutboxStatus.FAILED; i++) {
                outbox.deliverDue();
                Thread.sleep(50);
            }
        } finally {
            System.setProperty("ordo.mail.retryScale", scale == null ? "1" : scale);
            Mailbox.startSmtp();
        }
        OutboxMessage failed = outboxAbout(title).get(0);
        assertEquals(OutboxStatus.FAILED, failed.getStatus());
        assertEquals(OutboxMessage.BACKOFF.size() + 1, failed.getAttempts());
        List<OutboxMessage> shown = asAdmin.run(() -> admin.outbox(OutboxStatus.FAILED, new PageRequest(0, 200, null, false)));
        assertTrue(shown.stream().anyMatch(m -> m.getId().equals(failed.getId()) && m.getLastError() != null));
        asAdmin.run(() -> admin.resend(failed.getId()));
        outbox.deliverDue();
        assertEquals(OutboxStatus.SENT, outboxAbout(title).get(0).getStatus());
        assertEquals(1, Mailbox.await(about(title), Duration.ofSeconds(10)).size());
        assertEquals("notify.error.notFailed", assertThrows(BusinessException.class,
                () -> asAdmin.run(() -> admin.resend(failed.getId()))).getMessageKey());
    }

    @Test
    void a_mention_is_delivered_in_the_app_and_by_email() throws Exception {
        Request r = asManager.run(() -> requests.create(Forms.of(RequestType.IT, "Доступ к 1С " + System.nanoTime(),
                dept.getId(), Priority.LOW, null, null)));
        String marker = "проверьте " + System.nanoTime();
        asManager.run(() -> comments.add(new RecordRef("Request", r.getId()), "@it.executor " + marker));
        List<Notification> mine = asExecutor.run(() -> notifications.mine(new PageRequest(0, 10, null, false)));
        Notification n = mine.stream().filter(x -> x.getKind() == NotificationKind.MENTIONED && r.getId().equals(x.getRecordId()))
                .findFirst().orElseThrow();
        assertEquals("requests/view.xhtml?id=" + r.getId(), n.getLink());
        assertTrue(n.getBody().contains(marker), n.getBody());
        outbox.deliverDue();
        Mailbox.Mail m = Mailbox.await(about(marker), Duration.ofSeconds(10)).get(0);
        assertTrue(m.subject().contains(r.getNumber()) && m.subject().contains("упомянули"), m.subject());
        assertEquals(n.getLink(), asExecutor.run(() -> notifications.markRead(n.getId())));
        assertTrue(asExecutor.run(() -> notifications.mine(new PageRequest(0, 10, null, false))).stream()
                .filter(x -> x.getId().equals(n.getId())).noneMatch(Notification::isUnread));
    }

    @Test
    void one_event_for_several_people_follows_each_ones_choice_and_language() throws Exception {
        User kazakh = data.contact(data.user("it.executor.kk", dept, Role.EXECUTOR), "it.executor.kk@ordo.test", "kk");
        User english = data.contact(data.user("it.executor.en", dept, Role.EXECUTOR), "it.executor.en@ordo.test", "en");
        List<Preference> before = asExecutor.run(() -> notifications.preferences());
        try {
            asExecutor.run(() -> notifications.savePreferences(List.of(new Preference(NotificationKind.MENTIONED,
                    DeliveryMode.NONE, false))));
            Request r = asManager.run(() -> requests.create(Forms.of(RequestType.IT, "Троим " + System.nanoTime(),
                    dept.getId(), Priority.LOW, null, null)));
            String marker = "всем троим " + System.nanoTime();
            asManager.run(() -> comments.add(new RecordRef("Request", r.getId()),
                    "@it.executor @it.executor.kk @it.executor.en " + marker));
            assertEquals(0L, data.count("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = " + executor.getId()
                    + " AND n.recordId = " + r.getId()), "who chose nothing for mentions gets no bell");
            for (User u : List.of(kazakh, english)) {
                assertEquals(1L, data.count("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = " + u.getId()
                        + " AND n.recordId = " + r.getId()), "a bell for " + u.getLogin());
            }
            outbox.deliverDue();
            List<Mailbox.Mail> mails = Mailbox.await(m -> about(marker).test(m) && m.to().startsWith("it.executor.e"),
                    Duration.ofSeconds(10));
            assertEquals(1, mails.size(), "one email for the English speaker");
            assertEquals(r.getNumber() + ": you were mentioned", mails.get(0).subject());
            Mailbox.Mail kk = Mailbox.await(m -> about(marker).test(m) && m.to().startsWith("it.executor.kk"),
                    Duration.ofSeconds(10)).get(0);
            assertEquals(r.getNumber() + ": сізді атап өтті", kk.subject());
            assertTrue(Mailbox.matching(about(marker)).stream().noneMatch(m -> m.to().equals("it.executor@ordo.test")),
                    "and none for who chose nothing");
        } finally {
            List<Preference> restore = new ArrayList<>(before);
            asExecutor.run(() -> notifications.savePreferences(restore));
        }
    }

    @Test
    void a_mention_of_someone_who_cannot_open_the_record_notifies_no_one_and_says_so() throws Exception {
        data.unit("IT Астана", OrgUnitKind.CITY, null);
        OrgUnit astanaDept = data.unit("IT Астана продажи", OrgUnitKind.DEPARTMENT, "IT Астана");
        User astana = data.user("it.astana", astanaDept, Role.MANAGER);
        data.contact(astana, "it.astana@ordo.test", "ru");
        Request r = asManager.run(() -> requests.create(Forms.of(RequestType.IT, "Пароль к серверу " + System.nanoTime(),
                dept.getId(), Priority.LOW, null, null)));
        String marker = "секрет " + System.nanoTime();
        var c = asManager.run(() -> comments.add(new RecordRef("Request", r.getId()),
                "@it.astana @it.executor @nobody.here " + marker));
        assertEquals(java.util.Set.of("it.executor"), c.getMentions().stream().map(User::getLogin)
                .collect(java.util.stream.Collectors.toSet()), "only who can open the request is mentioned");
        assertEquals(List.of("it.astana", "nobody.here"), List.copyOf(c.getNotNotified()), "and the writer is told who not");
        assertEquals(0L, data.count("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = " + astana.getId()
                + " AND n.recordId = " + r.getId()), "no bell for the other branch");
        outbox.deliverDue();
        assertEquals(1, Mailbox.await(about(marker), Duration.ofSeconds(10)).size(), "one email, to the executor");
        assertEquals("it.executor@ordo.test", Mailbox.matching(about(marker)).get(0).to());
    }

    @Test
    void preferences_route_a_kind_nowhere_or_into_the_daily_digest() throws Exception {
        List<Preference> before = asExecutor.run(() -> notifications.preferences());
        try {
            asExecutor.run(() -> notifications.savePreferences(List.of(new Preference(NotificationKind.ASSIGNED, DeliveryMode.NONE,
                    false))));
            String silent = "Тихо " + System.nanoTime();
            assignedRequest(silent);
            assertTrue(outboxAbout(silent).isEmpty());
            assertEquals(0L, data.count("SELECT COUNT(n) FROM Notification n WHERE n.title LIKE '%" + silent + "%'"));

            asExecutor.run(() -> notifications.savePreferences(List.of(new Preference(NotificationKind.ASSIGNED, DeliveryMode.EMAIL,
                    true))));
            String a = "Сводка-А " + System.nanoTime();
            String b = "Сводка-Б " + System.nanoTime();
            assignedRequest(a);
            assignedRequest(b);
            assertEquals(OutboxStatus.DIGEST, outboxAbout(a).get(0).getStatus());
            outbox.deliverDue();
            assertTrue(Mailbox.matching(about(a)).isEmpty(), "waits for the digest");
            long id = Jobs.runToEnd("digest", new Properties());
            assertEquals("COMPLETED", Jobs.status(id));
            outbox.deliverDue();
            List<Mailbox.Mail> digest = Mailbox.await(m -> m.text().contains(a) && m.text().contains(b), Duration.ofSeconds(10));
            assertEquals(1, digest.size(), "both in one email");
            assertTrue(digest.get(0).subject().startsWith("Ordo: сводка за день"), digest.get(0).subject());
            assertEquals(OutboxStatus.DIGESTED, outboxAbout(a).get(0).getStatus());
        } finally {
            List<Preference> restore = new ArrayList<>(before);
            asExecutor.run(() -> notifications.savePreferences(restore));
        }
    }

    @Test
    void templates_refuse_unknown_placeholders_and_an_edited_one_changes_the_email() throws Exception {
        MessageTemplate t = asAdmin.run(() -> admin.templates()).stream()
                .filter(x -> x.getCode().equals("ASSIGNED") && x.getLocale().equals("ru")).findFirst().orElseThrow();
        assertEquals("template.error.placeholder", assertThrows(BusinessException.class, () -> asAdmin.run(() ->
                admin.saveTemplate(t.getId(), t.getVersion(), "{number} {nonsense}", t.getBody()))).getMessageKey());
        assertEquals("template.error.braces", assertThrows(BusinessException.class, () -> asAdmin.run(() ->
                admin.saveTemplate(t.getId(), t.getVersion(), "{number", t.getBody()))).getMessageKey());
        String subject = t.getSubject();
        MessageTemplate edited = asAdmin.run(() -> admin.saveTemplate(t.getId(), t.getVersion(), "Новая работа: {number} — {title}",
                t.getBody()));
        try {
            String title = "Шаблон " + System.nanoTime();
            Request r = assignedRequest(title);
            outbox.deliverDue();
            assertEquals("Новая работа: " + r.getNumber() + " — " + title,
                    Mailbox.await(about(title), Duration.ofSeconds(10)).get(0).subject());
        } finally {
            asAdmin.run(() -> admin.saveTemplate(edited.getId(), edited.getVersion(), subject, t.getBody()));
        }
    }

    @Test
    void whatsapp_posts_each_message_to_the_provider_when_it_is_configured() throws Exception {
        StubProvider stub = new StubProvider();
        List<String> received = stub.received();
        User fresh = asAdmin.run(() -> users.find(executor.getId()));
        asAdmin.run(() -> users.update(executor.getId(), new UserForm(null, fresh.getFullName(), "it.executor@ordo.test",
                dept.getId(), EnumSet.of(Role.EXECUTOR), "ru", null, fresh.getVersion(), null, "+7 701 123-45-67")));
        System.setProperty("ordo.whatsapp.url", stub.url());
        System.setProperty("ordo.whatsapp.token", "wa-test-token");
        try {
            String title = "Ватсап " + System.nanoTime();
            Request r = assignedRequest(title);
            outbox.deliverDue();
            assertEquals(1, received.size(), received.toString());
            String call = received.get(0);
            assertTrue(call.startsWith("Bearer wa-test-token "), call);
            assertTrue(call.contains("\"to\":\"+77011234567\"") && call.contains(r.getNumber()), call);
            assertEquals(List.of(OutboxStatus.SENT, OutboxStatus.SENT), outboxAbout(title).stream().map(OutboxMessage::getStatus).toList(),
                    "the email and the WhatsApp message");
        } finally {
            System.clearProperty("ordo.whatsapp.url");
            System.clearProperty("ordo.whatsapp.token");
            stub.close();
            User u = asAdmin.run(() -> users.find(executor.getId()));
            asAdmin.run(() -> users.update(executor.getId(), new UserForm(null, u.getFullName(), "it.executor@ordo.test",
                    dept.getId(), EnumSet.of(Role.EXECUTOR), "ru", null, u.getVersion(), null, null)));
        }
    }
}

package kz.ordo.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.control.Calendars;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The escalations job (Jakarta Batch) in the container, judged at moments the test chooses (the job's {@code now}
 * parameter): overdue items go to the assignee, then level by level up the heads, each level once; an urgent
 * request not accepted within its SLA (working minutes of the business calendar) goes to the assignee's head; a
 * run that fails midway and is restarted tells nobody twice.
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(EscalationIT.class, TestData.class, Identity.class, AsAdmin.class, AsManager.class,
                AsAstanaManager.class, AsExecutor.class, AsContractor.class, AsHead.class, AsFinance.class, Forms.class, Jobs.class);
    }

    @EJB
    TestData data;
    @EJB
    AsManager asManager;
    @EJB
    RequestService requests;
    @PersistenceContext
    EntityManager em;
    @Inject
    Calendars calendars;

    private OrgUnit dept;
    private User worker;
    private User deptHead;
    private User cityHead;

    @BeforeEach
    void arrange() {
        data.unit("ES Караганда", OrgUnitKind.CITY, null);
        dept = data.unit("ES Караганда склад", OrgUnitKind.DEPARTMENT, "ES Караганда");
        cityHead = data.user("es.cityhead", data.unit("ES Караганда", null, null), Role.HEAD);
        deptHead = data.user("es.depthead", dept, Role.HEAD);
        worker = data.user("es.worker", dept, Role.EXECUTOR);
        data.user("it.manager", data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы"), Role.MANAGER);
    }

    private Request request(String title, Priority priority, LocalDate deadline) {
        return asManager.run(() -> requests.create(Forms.of(RequestType.HR, title, dept.getId(), priority, deadline,
                worker.getId())));
    }

    private static Properties at(Instant now) {
        Properties p = new Properties();
        p.setProperty("now", now.toString());
        return p;
    }

    private List<Integer> levels(Request r, String reason) {
        @SuppressWarnings("unchecked")
        List<Number> l = em.createNativeQuery("SELECT level FROM escalation WHERE record_type = 'Request' AND record_id = ?1"
                + " AND reason = ?2 ORDER BY level").setParameter(1, r.getId()).setParameter(2, reason).getResultList();
        return l.stream().map(Number::intValue).toList();
    }

    private long notices(User to, NotificationKind kind, Request r) {
        return data.count("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = " + to.getId() + " AND n.kind = "
                + "kz.ordo.notifications.entity.NotificationKind." + kind + " AND n.recordId = " + r.getId());
    }

    @Test
    void an_overdue_request_escalates_to_the_assignee_then_up_the_heads_each_level_once() {
        LocalDate deadline = LocalDate.now(ClockProducer.BUSINESS_ZONE).plusDays(1);
        Request r = request("Просрочка " + System.nanoTime(), Priority.MEDIUM, deadline);
        Instant overdueSince = deadline.plusDays(1).atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant();

        assertEquals("COMPLETED", Jobs.status(Jobs.runToEnd("escalations", at(overdueSince.minusSeconds(60)))));
        assertEquals(List.of(), levels(r, "OVERDUE"), "not overdue yet");

        Jobs.runToEnd("escalations", at(overdueSince.plus(Duration.ofHours(1))));
        assertEquals(List.of(0), levels(r, "OVERDUE"));
        assertEquals(1, notices(worker, NotificationKind.OVERDUE, r), "the assignee hears first");

        Jobs.runToEnd("escalations", at(overdueSince.plus(Duration.ofHours(2))));
        assertEquals(List.of(0), levels(r, "OVERDUE"), "the same level is never sent twice");
        assertEquals(1, notices(worker, NotificationKind.OVERDUE, r));

        Jobs.runToEnd("escalations", at(overdueSince.plus(Duration.ofHours(25))));
        assertEquals(List.of(0, 1), levels(r, "OVERDUE"), "24 h overdue (default rule): the head of the department");
        assertEquals(1, notices(deptHead, NotificationKind.ESCALATED, r));
        assertEquals(0, notices(cityHead, NotificationKind.ESCALATED, r));

        Jobs.runToEnd("escalations", at(overdueSince.plus(Duration.ofHours(49))));
        assertEquals(List.of(0, 1, 2), levels(r, "OVERDUE"), "24 h later: the head above");
        assertEquals(1, notices(cityHead, NotificationKind.ESCALATED, r));
        assertEquals(1, notices(deptHead, NotificationKind.ESCALATED, r));
        assertTrue(data.count("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'Request' AND a.entityId = " + r.getId()
                + " AND a.action = kz.ordo.audit.entity.AuditAction.ESCALATION") >= 3, "each escalation is on the history");
    }

    @Test
    void an_urgent_request_not_accepted_within_its_sla_goes_to_the_head_counting_working_minutes() {
        Request r = request("Срочно " + System.nanoTime(), Priority.URGENT, LocalDate.now(ClockProducer.BUSINESS_ZONE).plusDays(3));
        Instant acceptBy = calendars.current().plusWorkingMinutes(r.getCreatedAt(), 120);

        Jobs.runToEnd("escalations", at(r.getCreatedAt().plusSeconds(60)));
        assertEquals(List.of(0), levels(r, "SLA"), "the assignee is asked to accept");
        assertEquals(1, notices(worker, NotificationKind.SLA_DUE, r));

        Jobs.runToEnd("escalations", at(acceptBy.minusSeconds(60)));
        assertEquals(List.of(0), levels(r, "SLA"), "still within the SLA");

        Jobs.runToEnd("escalations", at(acceptBy.plusSeconds(60)));
        assertEquals(List.of(0, 1), levels(r, "SLA"), "not accepted in time: the head");
        assertEquals(1, notices(deptHead, NotificationKind.ESCALATED, r));
    }

    @Test
    void an_escalation_run_that_fails_midway_and_is_restarted_tells_nobody_twice() {
        LocalDate deadline = LocalDate.now(ClockProducer.BUSINESS_ZONE).plusDays(2);
        List<Request> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(request("Рестарт " + i + " " + System.nanoTime(), Priority.LOW, deadline));
        }
        Instant now = deadline.plusDays(1).atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant().plus(Duration.ofHours(1));
        long poisoned = batch.get(3).getId();
        // the server "crashes" while writing the chunk of the fourth request
        data.sql("CREATE OR REPLACE FUNCTION es_crash() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.record_id = " + poisoned + " THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$");
        data.sql("CREATE TRIGGER es_crash BEFORE INSERT ON escalation FOR EACH ROW EXECUTE FUNCTION es_crash()");
        long failed;
        Properties p = at(now);
        p.setProperty("chunk", "1");
        try {
            failed = Jobs.runToEnd("escalations", p);
        } finally {
            data.sql("DROP TRIGGER es_crash ON escalation");
            data.sql("DROP FUNCTION es_crash()");
        }
        assertEquals("FAILED", Jobs.status(failed));
        assertEquals(List.of(0), levels(batch.get(2), "OVERDUE"), "chunks before the crash are kept");
        assertEquals(List.of(), levels(batch.get(3), "OVERDUE"), "the failed chunk left nothing");

        assertEquals("COMPLETED", Jobs.status(Jobs.restartToEnd(failed, p)));
        for (Request r : batch) {
            assertEquals(List.of(0), levels(r, "OVERDUE"), r.getTitle());
            assertEquals(1, notices(worker, NotificationKind.OVERDUE, r), "told once: " + r.getTitle());
        }
    }
}

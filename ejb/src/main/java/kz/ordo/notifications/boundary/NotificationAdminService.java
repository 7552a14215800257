package kz.ordo.notifications.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.notifications.entity.MessageTemplate;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.notifications.entity.OutboxMessage;
import kz.ordo.notifications.entity.OutboxStatus;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.PageRequest;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What administrators set for notifications: the default delivery per event kind, the message templates per
 * language (R-COM-3), the outbox (failed messages with their error, re-sent on demand), the business
 * calendar's holidays, the SLA per request type (R-RULE-2) and the escalation rules (R-RULE-3).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class NotificationAdminService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- defaults ----

    public Map<NotificationKind, DeliveryMode> defaults() {
        Map<NotificationKind, DeliveryMode> out = new EnumMap<>(NotificationKind.class);
        for (NotificationKind k : NotificationKind.choosable()) {
            out.put(k, DeliveryMode.BOTH);
        }
        for (Object[] r : rows("SELECT kind, mode FROM notification_default")) {
            try {
                out.put(NotificationKind.valueOf((String) r[0]), DeliveryMode.valueOf((String) r[1]));
            } catch (IllegalArgumentException ignored) {
                // an old kind
            }
        }
        return out;
    }

    public void saveDefault(NotificationKind kind, DeliveryMode mode) {
        if (kind == null || mode == null) {
            throw new BusinessException("notify.error.preference");
        }
        em.createNativeQuery("INSERT INTO notification_default (kind, mode) VALUES (?1, ?2)"
                        + " ON CONFLICT (kind) DO UPDATE SET mode = EXCLUDED.mode, version = notification_default.version + 1")
                .setParameter(1, kind.name()).setParameter(2, mode.name()).executeUpdate();
        audit.event(callers.login(), "NotificationDefault", null, AuditAction.UPDATE, kind + " = " + mode);
    }

    // ---- templates ----

    public List<MessageTemplate> templates() {
        return em.createQuery("SELECT t FROM MessageTemplate t ORDER BY t.code, t.locale", MessageTemplate.class).getResultList();
    }

    public MessageTemplate saveTemplate(Long id, long version, String subject, String body) {
        MessageTemplate t = id == null ? null : em.find(MessageTemplate.class, id);
        if (t == null) {
            throw new NotFoundException("MessageTemplate", id);
        }
        if (t.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = t.auditState();
        t.edit(subject, body);
        em.flush();
        audit.changed(callers.login(), t, before, AuditAction.UPDATE);
        return t;
    }

    // ---- outbox ----

    public long countOutbox(OutboxStatus status) {
        return CappedCount.of(em, "m", "FROM OutboxMessage m WHERE m.status = :s", q -> q.setParameter("s", status),
                CappedCount.CAP);
    }

    public List<OutboxMessage> outbox(OutboxStatus status, PageRequest page) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.status = :s ORDER BY m.createdAt DESC, m.id DESC",
                        OutboxMessage.class)
                .setParameter("s", status).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public void resend(Long id) {
        OutboxMessage m = id == null ? null : em.find(OutboxMessage.class, id);
        if (m == null) {
            throw new NotFoundException("OutboxMessage", id);
        }
        if (m.getStatus() != OutboxStatus.FAILED) {
            throw new BusinessException("notify.error.notFailed");
        }
        m.resend(clock.instant());
        audit.event(callers.login(), "OutboxMessage", id, AuditAction.UPDATE, "resend to " + m.getAddress());
    }

    // ---- calendar ----

    public List<Object[]> holidays(int year) {
        return rows("SELECT day, name FROM holiday WHERE day >= DATE '" + year + "-01-01' AND day < DATE '" + (year + 1)
                + "-01-01' ORDER BY day");
    }

    public void addHoliday(LocalDate day, String name) {
        String n = name == null ? "" : name.strip();
        if (day == null || n.isEmpty() || n.length() > 200) {
            throw new BusinessException("calendar.error.holiday");
        }
        em.createNativeQuery("INSERT INTO holiday (day, name) VALUES (?1, ?2) ON CONFLICT (day) DO UPDATE SET name = EXCLUDED.name")
                .setParameter(1, Date.valueOf(day)).setParameter(2, n).executeUpdate();
        audit.event(callers.login(), "Holiday", null, AuditAction.CREATE, day + " " + n);
    }

    public void removeHoliday(LocalDate day) {
        em.createNativeQuery("DELETE FROM holiday WHERE day = ?1").setParameter(1, Date.valueOf(day)).executeUpdate();
        audit.event(callers.login(), "Holiday", null, AuditAction.DELETE, day.toString());
    }

    // ---- SLA and escalation rules ----

    public Map<RequestType, Integer> slaMinutes() {
        Map<RequestType, Integer> out = new EnumMap<>(RequestType.class);
        for (Object[] r : rows("SELECT request_type, accept_minutes FROM sla_rule")) {
            out.put(RequestType.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return out;
    }

    public void saveSla(RequestType type, int minutes) {
        if (type == null || minutes < 5 || minutes > 10080) {
            throw new BusinessException("sla.error.minutes", 5, 10080);
        }
        em.createNativeQuery("INSERT INTO sla_rule (request_type, accept_minutes) VALUES (?1, ?2) ON CONFLICT (request_type)"
                        + " DO UPDATE SET accept_minutes = EXCLUDED.accept_minutes, version = sla_rule.version + 1")
                .setParameter(1, type.name()).setParameter(2, minutes).executeUpdate();
        audit.event(callers.login(), "SlaRule", null, AuditAction.UPDATE, type + " = " + minutes + " min");
    }

    /** Rows: id, request type (or null for any), priority (or null), first after hours, repeat hours. */
    public List<Object[]> escalationRules() {
        return new ArrayList<>(rows("SELECT id, request_type, priority, first_after_hours, repeat_hours FROM escalation_rule"
                + " ORDER BY request_type NULLS FIRST, priority NULLS FIRST"));
    }

    public void saveEscalationRule(RequestType type, Priority priority, int firstAfterHours, int repeatHours) {
        if (firstAfterHours < 0 || firstAfterHours > 8760 || repeatHours < 1 || repeatHours > 8760) {
            throw new BusinessException("escalation.error.hours", 8760);
        }
        int changed = em.createNativeQuery("UPDATE escalation_rule SET first_after_hours = ?1, repeat_hours = ?2, version = version + 1"
                        + " WHERE COALESCE(request_type, '*') = ?3 AND COALESCE(priority, '*') = ?4")
                .setParameter(1, firstAfterHours).setParameter(2, repeatHours)
                .setParameter(3, type == null ? "*" : type.name()).setParameter(4, priority == null ? "*" : priority.name())
                .executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("INSERT INTO escalation_rule (id, request_type, priority, first_after_hours, repeat_hours)"
                            + " VALUES (nextval('ordo_seq'), ?1, ?2, ?3, ?4)")
                    .setParameter(1, type == null ? null : type.name()).setParameter(2, priority == null ? null : priority.name())
                    .setParameter(3, firstAfterHours).setParameter(4, repeatHours).executeUpdate();
        }
        audit.event(callers.login(), "EscalationRule", null, AuditAction.UPDATE,
                (type == null ? "*" : type) + "/" + (priority == null ? "*" : priority) + " = " + firstAfterHours + "h + " + repeatHours + "h");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}

package kz.ordo.batch.escalation;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.notifications.control.Notifier;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.records.entity.RecordRef;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Records each due level once (a unique row per record, reason and level: a level already recorded — by an
 * earlier run, a restart, or another server — is skipped) and tells its people in the same chunk transaction,
 * writing the escalation into the record's history. A chunk that fails leaves none of its rows or messages.
 */
@Named
@Dependent
public class EscalationWriter extends AbstractItemWriter {

    public static final String ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Inject
    AuditTrail audit;

    private String name(Long userId) {
        if (userId == null) {
            return "—";
        }
        kz.ordo.identity.entity.User u = em.find(kz.ordo.identity.entity.User.class, userId);
        return u == null ? "—" : u.getFullName();
    }

    @Override
    public void writeItems(List<Object> items) {
        for (Object o : items) {
            Work w = (Work) o;
            Candidate c = w.candidate();
            for (int level = w.fromLevel(); level <= w.toLevel(); level++) {
                List<Long> people = w.recipientsByLevel().get(level);
                @SuppressWarnings("unchecked")
                List<Object> inserted = em.createNativeQuery("INSERT INTO escalation (id, record_type, record_id, reason, level,"
                                + " notified_id, created_at) VALUES (nextval('ordo_seq'), ?1, ?2, ?3, ?4, CAST(?5 AS BIGINT), ?6)"
                                + " ON CONFLICT (record_type, record_id, reason, level) DO NOTHING RETURNING id")
                        .setParameter(1, c.recordType()).setParameter(2, c.id()).setParameter(3, c.reason()).setParameter(4, level)
                        .setParameter(5, people.isEmpty() ? null : people.get(0)).setParameter(6, Timestamp.from(Instant.now()))
                        .getResultList();
                if (inserted.isEmpty()) {
                    continue;
                }
                RecordRef ref = new RecordRef(c.recordType(), c.id());
                NotificationKind kind = level > 0 ? NotificationKind.ESCALATED
                        : c.reason().equals("SLA") ? NotificationKind.SLA_DUE : NotificationKind.OVERDUE;
                notifier.notify(Notifier.Event.of(kind, ref, null).withStatus(Integer.toString(level))
                        .withReason(w.reasonArg()).withReasonKey(level == 0 ? w.reasonKey() + ".own" : w.reasonKey()).by(name(c.assigneeId())), people);
                audit.event(ACTOR, c.recordType(), c.id(), AuditAction.ESCALATION, c.reason() + " " + level + " → "
                        + String.join(", ", people.stream().map(this::name).toList()));
            }
        }
    }
}

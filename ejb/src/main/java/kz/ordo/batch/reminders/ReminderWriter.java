package kz.ordo.batch.reminders;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.notifications.control.Notifier;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.records.entity.RecordRef;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Marks each reminder sent and tells the task's assignee that the deadline is near, in one transaction: a
 * reminder already marked (by a restart or another server) is skipped, so nobody hears it twice.
 */
@Named
@Dependent
public class ReminderWriter extends AbstractItemWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifier notifier;

    @Override
    public void writeItems(List<Object> items) {
        for (Object o : items) {
            Long id = (Long) o;
            @SuppressWarnings("unchecked")
            List<Object[]> marked = em.createNativeQuery("UPDATE task_reminder r SET sent_at = ?1, version = r.version + 1"
                            + " FROM task t WHERE r.id = ?2 AND r.sent_at IS NULL AND t.id = r.task_id RETURNING t.id, t.assignee_id")
                    .setParameter(1, Timestamp.from(Instant.now())).setParameter(2, id).getResultList();
            for (Object[] m : marked) {
                if (m[1] != null) {
                    notifier.notify(Notifier.Event.of(NotificationKind.DEADLINE_SOON,
                            new RecordRef("Task", ((Number) m[0]).longValue()), null), ((Number) m[1]).longValue());
                }
            }
        }
    }
}

package kz.ordo.batch.reminders;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.batch.JobParameters;
import kz.ordo.batch.KeysetReader;

import java.sql.Timestamp;
import java.util.List;

/** Due, unsent reminders of open tasks (R-TASK-3), by id. */
@Named
@Dependent
public class ReminderReader extends KeysetReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    JobContext job;

    @Override
    protected List<Long> page(long afterId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT r.id FROM task_reminder r JOIN task t ON t.id = r.task_id"
                        + " WHERE r.sent_at IS NULL AND r.remind_at <= ?1 AND t.is_open AND r.id > ?2 ORDER BY r.id LIMIT " + pageSize())
                .setParameter(1, Timestamp.from(JobParameters.now(job))).setParameter(2, afterId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}

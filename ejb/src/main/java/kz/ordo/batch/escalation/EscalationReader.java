package kz.ordo.batch.escalation;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.batch.JobParameters;
import kz.ordo.shared.ClockProducer;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads what may need escalating, in three passes by id (overdue requests, overdue tasks, urgent requests not yet
 * accepted), a page of 1,000 at a time; the checkpoint is the pass and the last id, so a restart goes on where
 * the failed run stopped.
 */
@Named
@Dependent
public class EscalationReader extends AbstractItemReader {

    static final int PAGE = 1000;
    private static final String OPEN_REQUEST = "('NEW', 'IN_PROGRESS', 'ON_APPROVAL', 'AWAITING', 'REWORK')";
    private static final String[] SQL = {
        "SELECT r.id, r.type, r.priority, r.deadline, r.created_at, COALESCE(ao.path, o.path), r.assignee_id,"
            + " (SELECT max(e.level) FROM escalation e WHERE e.record_type = 'Request' AND e.record_id = r.id AND e.reason = 'OVERDUE')"
            + " FROM request r JOIN org_unit o ON o.id = r.org_unit_id LEFT JOIN app_user a ON a.id = r.assignee_id"
            + " LEFT JOIN org_unit ao ON ao.id = a.org_unit_id"
            + " WHERE r.status IN " + OPEN_REQUEST + " AND r.deadline < ?1 AND r.id > ?2 ORDER BY r.id LIMIT " + PAGE,
        "SELECT t.id, q.type, q.priority, t.deadline, t.created_at, COALESCE(ao.path, o.path), t.assignee_id,"
            + " (SELECT max(e.level) FROM escalation e WHERE e.record_type = 'Task' AND e.record_id = t.id AND e.reason = 'OVERDUE')"
            + " FROM task t JOIN org_unit o ON o.id = t.org_unit_id LEFT JOIN request q ON q.id = t.request_id"
            + " LEFT JOIN app_user a ON a.id = t.assignee_id LEFT JOIN org_unit ao ON ao.id = a.org_unit_id"
            + " WHERE t.is_open AND t.deadline < ?1 AND t.id > ?2 ORDER BY t.id LIMIT " + PAGE,
        "SELECT r.id, r.type, r.priority, r.deadline, r.created_at, ao.path, r.assignee_id,"
            + " (SELECT max(e.level) FROM escalation e WHERE e.record_type = 'Request' AND e.record_id = r.id AND e.reason = 'SLA')"
            + " FROM request r JOIN app_user a ON a.id = r.assignee_id JOIN org_unit ao ON ao.id = a.org_unit_id"
            + " WHERE r.priority = 'URGENT' AND r.status = 'NEW' AND r.accepted_at IS NULL AND CAST(?1 AS DATE) IS NOT NULL AND r.id > ?2"
            + " ORDER BY r.id LIMIT " + PAGE};
    private static final String[] TYPE = {"Request", "Task", "Request"};
    private static final String[] REASON = {"OVERDUE", "OVERDUE", "SLA"};

    @PersistenceContext
    EntityManager em;

    @Inject
    JobContext job;

    private final Deque<Candidate> buffer = new ArrayDeque<>();
    private int pass;
    private long lastId;
    private LocalDate today;

    @Override
    public void open(Serializable checkpoint) {
        Instant now = JobParameters.now(job);
        today = now.atZone(ClockProducer.BUSINESS_ZONE).toLocalDate();
        if (checkpoint instanceof long[] c) {
            pass = (int) c[0];
            lastId = c[1];
        }
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty()) {
            if (pass >= SQL.length) {
                return null;
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(SQL[pass]).setParameter(1, Date.valueOf(today))
                    .setParameter(2, lastId).getResultList();
            for (Object[] r : rows) {
                buffer.add(new Candidate(TYPE[pass], ((Number) r[0]).longValue(), REASON[pass], (String) r[1], (String) r[2],
                        r[3] == null ? null : ((Date) r[3]).toLocalDate(), ((Timestamp) r[4]).toInstant(), (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).longValue(), r[7] == null ? -1 : ((Number) r[7]).intValue()));
            }
            if (rows.size() < PAGE) {
                pass++;
                lastId = 0;
            } else {
                lastId = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            }
        }
        return buffer.poll();
    }

    /** Where the next run goes on: the candidate after the last one handed out. */
    @Override
    public Serializable checkpointInfo() {
        Candidate next = buffer.peek();
        if (next == null) {
            return new long[]{pass, lastId};
        }
        // the buffered ones are not processed yet: restart from just before the first of them
        int p = next.reason().equals("SLA") ? 2 : next.recordType().equals("Task") ? 1 : 0;
        return new long[]{p, next.id() - 1};
    }
}

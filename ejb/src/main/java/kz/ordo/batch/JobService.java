package kz.ordo.batch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.shared.BusinessException;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Ordo's batch jobs for administrators: start one now, restart a failed run, and the recent runs with their
 * status and step counts (the same executions the WildFly console shows from the JDBC job repository).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobService {

    @Inject
    AuditTrail audit;

    @Inject
    CallerService callers;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    public static final List<String> JOBS = List.of("escalations", "reminders", "digest", "budget-report");

    /** One run: job, execution id, status, start/end, items read / written / filtered (getters for the pages' EL). */
    public static final class Run implements java.io.Serializable {

        private static final long serialVersionUID = 1L;

        private final String job;
        private final long executionId;
        private final String status;
        private final java.util.Date started;
        private final java.util.Date ended;
        private final long read;
        private final long written;
        private final long filtered;

        Run(String job, long executionId, String status, java.util.Date started, java.util.Date ended, long read, long written,
            long filtered) {
            this.job = job;
            this.executionId = executionId;
            this.status = status;
            this.started = started;
            this.ended = ended;
            this.read = read;
            this.written = written;
            this.filtered = filtered;
        }

        public String getJob() {
            return job;
        }

        public long getExecutionId() {
            return executionId;
        }

        public String getStatus() {
            return status;
        }

        public java.util.Date getStarted() {
            return started;
        }

        public java.util.Date getEnded() {
            return ended;
        }

        public long getRead() {
            return read;
        }

        public long getWritten() {
            return written;
        }

        public long getFiltered() {
            return filtered;
        }
    }

    public long start(String job, Properties parameters) {
        if (!JOBS.contains(job)) {
            throw new BusinessException("jobs.error.unknown", job);
        }
        return BatchRuntime.getJobOperator().start(job, parameters == null ? new Properties() : parameters);
    }

    /** The management list of the nightly budget report: user id, full name, login (while empty, the active heads and finance staff get it). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Object[]> reportRecipients() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.full_name, u.login FROM report_recipient r"
                + " JOIN app_user u ON u.id = r.user_id ORDER BY lower(u.full_name), u.id").getResultList();
        return rows;
    }

    /** Puts an active person on the management list; already there changes nothing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void addReportRecipient(Long userId) {
        User u = userId == null ? null : em.find(User.class, userId);
        if (u == null || u.getStatus() != UserStatus.ACTIVE) {
            throw new BusinessException("jobs.error.recipient");
        }
        if (em.createNativeQuery("INSERT INTO report_recipient (user_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, userId).executeUpdate() > 0) {
            audit.event(callers.current().login(), "ReportRecipient", userId, AuditAction.CREATE, u.getLogin());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void removeReportRecipient(long userId) {
        if (em.createNativeQuery("DELETE FROM report_recipient WHERE user_id = ?1").setParameter(1, userId).executeUpdate() > 0) {
            audit.event(callers.current().login(), "ReportRecipient", userId, AuditAction.DELETE, null);
        }
    }

    /** The kept reports, newest first: id, kind, day, file name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Object[]> reports(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, day, file_name FROM report_file ORDER BY day DESC, id DESC LIMIT "
                + Math.max(1, Math.min(max, 366))).getResultList();
        return rows;
    }

    /** A kept report's file name and bytes. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Object[] report(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT file_name, content FROM report_file WHERE id = ?1").setParameter(1, id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new kz.ordo.shared.NotFoundException("ReportFile", id);
        }
        return rows.get(0);
    }

    public long restart(long executionId) {
        JobOperator op = BatchRuntime.getJobOperator();
        try {
            return op.restart(executionId, op.getParameters(executionId));
        } catch (RuntimeException e) {
            throw new BusinessException("jobs.error.restart", e.getMessage());
        }
    }

    public List<Run> recent(int perJob) {
        JobOperator op = BatchRuntime.getJobOperator();
        List<Run> out = new ArrayList<>();
        Set<String> known = op.getJobNames();
        for (String job : JOBS) {
            if (!known.contains(job)) {
                continue;
            }
            List<JobInstance> instances;
            try {
                instances = op.getJobInstances(job, 0, perJob);
            } catch (NoSuchJobException e) {
                continue;
            }
            for (JobInstance i : instances) {
                for (JobExecution e : op.getJobExecutions(i)) {
                    long read = 0;
                    long written = 0;
                    long filtered = 0;
                    for (StepExecution s : op.getStepExecutions(e.getExecutionId())) {
                        for (Metric m : s.getMetrics()) {
                            switch (m.getType()) {
                                case READ_COUNT -> read += m.getValue();
                                case WRITE_COUNT -> written += m.getValue();
                                case FILTER_COUNT -> filtered += m.getValue();
                                default -> { }
                            }
                        }
                    }
                    out.add(new Run(job, e.getExecutionId(), e.getBatchStatus().name(), e.getStartTime(), e.getEndTime(), read,
                            written, filtered));
                }
            }
        }
        out.sort((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()));
        return out;
    }
}

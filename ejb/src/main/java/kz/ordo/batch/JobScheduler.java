package kz.ordo.batch;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import kz.ordo.notifications.control.NotifySettings;

import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the jobs on their schedule (R-REP-3, R-RULE-3): escalations every 15 minutes, reminders every 15 minutes
 * (offset), the digest every morning at 08:00 and the budget report every night at 02:00 Almaty time. The timers are persistent, kept in the database by
 * the timer service that {@code wildfly-config/configure-timers.cli} sets up, so with two servers each run starts
 * once; a run still going when the next is due makes the next one skip. {@code ordo.jobs.scheduled=false} keeps the timers from starting jobs (tests start them on demand).
 */
@Singleton
@PermitAll
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());

    @Schedule(minute = "*/15", hour = "*", persistent = true, info = "ordo-escalations")
    void escalations(Timer t) {
        start("escalations");
    }

    @Schedule(minute = "7,22,37,52", hour = "*", persistent = true, info = "ordo-reminders")
    void reminders(Timer t) {
        start("reminders");
    }

    @Schedule(minute = "0", hour = "8", timezone = "Asia/Almaty", persistent = true, info = "ordo-digest")
    void digest(Timer t) {
        start("digest");
    }

    @Schedule(minute = "0", hour = "2", timezone = "Asia/Almaty", persistent = true, info = "ordo-budget-report")
    void budgetReport(Timer t) {
        start("budget-report");
    }

    private void start(String job) {
        if (!NotifySettings.jobsScheduled()) {
            return;
        }
        jakarta.batch.operations.JobOperator op = BatchRuntime.getJobOperator();
        try {
            if (!op.getRunningExecutions(job).isEmpty()) {
                LOG.info("job " + job + " is still running: this run is skipped");
                return;
            }
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            // never ran yet
        }
        long id = op.start(job, new Properties());
        LOG.info("job " + job + " started on schedule, execution " + id);
    }
}

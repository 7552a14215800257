package kz.ordo.batch;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

import java.time.Instant;
import java.util.Properties;

/**
 * The parameters Ordo's jobs understand. {@code now} (an ISO instant) is the moment the job judges by — the
 * start time unless given, so a drill or a test can replay a past or future moment; a restart keeps it.
 */
public final class JobParameters {

    public static final String NOW = "now";

    private JobParameters() {
    }

    public static Instant now(JobContext job) {
        Properties p = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        String v = p == null ? null : p.getProperty(NOW);
        return v == null || v.isBlank() ? Instant.now() : Instant.parse(v);
    }
}

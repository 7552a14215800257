package kz.ordo.it;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;

import java.util.Properties;

/** Runs a batch job in the container and waits for it to end (tests only; the jobs run on their own otherwise). */
public final class Jobs {

    private Jobs() {
    }

    public static long runToEnd(String job, Properties parameters) {
        return await(BatchRuntime.getJobOperator().start(job, parameters));
    }

    public static long restartToEnd(long executionId, Properties parameters) {
        return await(BatchRuntime.getJobOperator().restart(executionId, parameters));
    }

    public static String status(long executionId) {
        return BatchRuntime.getJobOperator().getJobExecution(executionId).getBatchStatus().name();
    }

    private static long await(long id) {
        JobOperator op = BatchRuntime.getJobOperator();
        long end = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < end) {
            BatchStatus s = op.getJobExecution(id).getBatchStatus();
            if (s == BatchStatus.COMPLETED || s == BatchStatus.FAILED || s == BatchStatus.STOPPED || s == BatchStatus.ABANDONED) {
                return id;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return id;
            }
        }
        return id;
    }
}

package kz.ordo.tasks.boundary;

import java.io.Serializable;

/** A person's workload (R-TASK-5): open and overdue tasks, and the average time to close over 90 days. */
public final class WorkloadRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String fullName;
    private final long open;
    private final long overdue;
    private final long doneRecently;
    private final Double averageHoursToClose;

    public WorkloadRow(Long userId, String fullName, long open, long overdue, long doneRecently, Double averageHoursToClose) {
        this.userId = userId;
        this.fullName = fullName;
        this.open = open;
        this.overdue = overdue;
        this.doneRecently = doneRecently;
        this.averageHoursToClose = averageHoursToClose;
    }

    public Long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public long getOpen() {
        return open;
    }

    public long getOverdue() {
        return overdue;
    }

    public long getDoneRecently() {
        return doneRecently;
    }

    public Double getAverageHoursToClose() {
        return averageHoursToClose;
    }
}

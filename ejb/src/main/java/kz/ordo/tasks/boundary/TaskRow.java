package kz.ordo.tasks.boundary;

import kz.ordo.tasks.entity.TaskKind;
import kz.ordo.tasks.entity.TaskStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of a task list or one card of the board, read in one query. */
public final class TaskRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private final String title;
    private final TaskKind kind;
    private final TaskStatus status;
    private final LocalDate deadline;
    private final Long requestId;
    private final String requestNumber;
    private final String assigneeName;

    public TaskRow(Long id, long version, String title, TaskKind kind, TaskStatus status, LocalDate deadline,
                   Long requestId, String requestNumber, String assigneeName) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.kind = kind;
        this.status = status;
        this.deadline = deadline;
        this.requestId = requestId;
        this.requestNumber = requestNumber;
        this.assigneeName = assigneeName;
    }

    public boolean overdueOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && !status.isClosed();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public TaskKind getKind() {
        return kind;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Long getRequestId() {
        return requestId;
    }

    public String getRequestNumber() {
        return requestNumber;
    }

    public String getAssigneeName() {
        return assigneeName;
    }
}

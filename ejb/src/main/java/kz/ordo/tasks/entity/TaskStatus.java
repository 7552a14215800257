package kz.ordo.tasks.entity;

import java.util.EnumSet;
import java.util.Set;

/** The task workflow (R-TASK-4) as a transition table; who may make a move is TaskService's rule. */
public enum TaskStatus {
    TODO, IN_PROGRESS, REVIEW, REWORK, DONE, CANCELLED;

    public Set<TaskStatus> next() {
        return switch (this) {
            case TODO -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(REVIEW, CANCELLED);
            case REVIEW -> EnumSet.of(DONE, REWORK, CANCELLED);
            case REWORK -> EnumSet.of(IN_PROGRESS, REVIEW, CANCELLED);
            case DONE, CANCELLED -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    public boolean canMoveTo(TaskStatus target) {
        return next().contains(target);
    }

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /** The board's columns (cancelled tasks are not on the board). */
    public static TaskStatus[] board() {
        return new TaskStatus[]{TODO, IN_PROGRESS, REVIEW, REWORK, DONE};
    }
}

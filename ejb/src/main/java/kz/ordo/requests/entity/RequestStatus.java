package kz.ordo.requests.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The request workflow (R-REQ-3, R-SEED-5) as a transition table. Which role may make a move and what
 * data it needs is checked by {@link Request#transition}; the table is the single source of which moves
 * exist at all.
 */
public enum RequestStatus {
    NEW, IN_PROGRESS, ON_APPROVAL, AWAITING, DONE, CLOSED, REJECTED, REWORK, WONT_FIX, DUPLICATE;

    public Set<RequestStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, REJECTED, WONT_FIX, DUPLICATE);
            case IN_PROGRESS -> EnumSet.of(ON_APPROVAL, AWAITING, DONE, REWORK, REJECTED, WONT_FIX, DUPLICATE);
            case ON_APPROVAL -> EnumSet.of(AWAITING, REJECTED, REWORK);
            case AWAITING -> EnumSet.of(DONE, REWORK);
            case DONE -> EnumSet.of(CLOSED, REWORK);
            case REWORK -> EnumSet.of(IN_PROGRESS, REJECTED);
            case CLOSED, REJECTED, WONT_FIX, DUPLICATE -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    /** No further work is expected: not counted as open or overdue. */
    public boolean isFinal() {
        return next().isEmpty() || this == DONE;
    }

    /** A request in this status with this deadline is overdue on {@code today}: past the deadline and still open. */
    public boolean isOverdue(java.time.LocalDate deadline, java.time.LocalDate today) {
        return deadline != null && deadline.isBefore(today) && !isFinal();
    }

    /** Moves that must carry a reason (R-REQ-3: return for rework; refusals). */
    public boolean needsReason() {
        return this == REWORK || this == REJECTED || this == WONT_FIX;
    }
}

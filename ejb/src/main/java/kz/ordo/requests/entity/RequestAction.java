package kz.ordo.requests.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The actions a person takes on a request card (R-REQ-3, R-SEED-5), each a move of the transition table
 * in {@link RequestStatus}. Who may take which action is {@code RequestWorkflow}'s rule.
 */
public enum RequestAction {
    /** "Accept into work" (R-RULE-2 for urgent requests). */
    ACCEPT(RequestStatus.IN_PROGRESS, RequestStatus.NEW),
    SEND_FOR_APPROVAL(RequestStatus.ON_APPROVAL, RequestStatus.IN_PROGRESS),
    APPROVE(RequestStatus.AWAITING, RequestStatus.ON_APPROVAL),
    /** To execution without an approval step (not for payments). */
    START_EXECUTION(RequestStatus.AWAITING, RequestStatus.IN_PROGRESS),
    COMPLETE(RequestStatus.DONE, RequestStatus.IN_PROGRESS, RequestStatus.AWAITING),
    CLOSE(RequestStatus.CLOSED, RequestStatus.DONE),
    RETURN_FOR_REWORK(RequestStatus.REWORK, RequestStatus.IN_PROGRESS, RequestStatus.ON_APPROVAL, RequestStatus.AWAITING,
            RequestStatus.DONE),
    RESUME(RequestStatus.IN_PROGRESS, RequestStatus.REWORK),
    REJECT(RequestStatus.REJECTED, RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.ON_APPROVAL,
            RequestStatus.REWORK),
    WONT_FIX(RequestStatus.WONT_FIX, RequestStatus.NEW, RequestStatus.IN_PROGRESS),
    MARK_DUPLICATE(RequestStatus.DUPLICATE, RequestStatus.NEW, RequestStatus.IN_PROGRESS);

    private final RequestStatus target;
    private final Set<RequestStatus> from;

    RequestAction(RequestStatus target, RequestStatus first, RequestStatus... rest) {
        this.target = target;
        this.from = EnumSet.of(first, rest);
    }

    public RequestStatus target() {
        return target;
    }

    public boolean startsFrom(RequestStatus status) {
        return from.contains(status);
    }

    public Set<RequestStatus> from() {
        return EnumSet.copyOf(from);
    }

    public boolean needsReason() {
        return target.needsReason();
    }
}

package kz.ordo.requests.control;

import kz.ordo.identity.control.Caller;
import kz.ordo.identity.entity.Role;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may take which action on a request (R-REQ-3, R-ROLE-4). The caller has already passed the access
 * scope (they can see the request); this adds the part each person plays:
 * <ul>
 *   <li>assignee: accepts, sends for approval, starts execution, completes, resumes after rework,
 *       marks a duplicate; when nobody is assigned, any staff member in scope may accept and becomes the
 *       assignee — except an urgent request, which waits for its assignee or a manager's assignment;</li>
 *   <li>manager (MANAGER, HEAD, ADMIN): everything the assignee does except accepting on their behalf,
 *       plus reject, won't fix, close, return for rework, transfer;</li>
 *   <li>approver (HEAD, ADMIN; FINANCE for payments and purchases; LAWYER for contracts): approves,
 *       rejects or returns a request on approval — never their own request;</li>
 *   <li>author: closes a done request or returns it for rework, resumes their request after rework.</li>
 * </ul>
 * An external contractor only accepts and completes what is assigned to them.
 */
public final class RequestWorkflow {

    private RequestWorkflow() {
    }

    public static Set<RequestAction> allowed(Request r, Caller caller) {
        Set<RequestAction> out = EnumSet.noneOf(RequestAction.class);
        for (RequestAction a : RequestAction.values()) {
            if (a.startsFrom(r.getStatus()) && may(a, r, caller)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Refuses a move that does not exist from the request's status (who takes it is checked elsewhere). */
    public static void checkTransition(RequestAction action, Request r) {
        if (!action.startsFrom(r.getStatus())) {
            throw new BusinessException("request.error.transition", new Messages.Text("request." + r.getStatus()),
                    new Messages.Text("request." + action.target()));
        }
    }

    /** Refuses with a message naming the action and the status when the caller may not take it. */
    public static void check(RequestAction action, Request r, Caller caller) {
        if (!action.startsFrom(r.getStatus())) {
            throw new BusinessException("request.error.transition", new Messages.Text("request." + r.getStatus()),
                    new Messages.Text("request." + action.target()));
        }
        if (!may(action, r, caller)) {
            throw new BusinessException("request.error.actionForbidden", new Messages.Text("request.action." + action));
        }
    }

    public static boolean isManager(Caller c) {
        return !c.isContractor() && (c.has(Role.MANAGER) || c.has(Role.HEAD) || c.has(Role.ADMIN));
    }

    /**
     * The request types a specialist approver sees across the company, as the invoice registry is finance's: finance
     * payments and purchases, the lawyer contracts (they approve them wherever they come from).
     */
    public static Set<RequestType> typesSeenEverywhere(Caller c) {
        Set<RequestType> out = EnumSet.noneOf(RequestType.class);
        if (!c.isContractor() && c.has(Role.FINANCE)) {
            out.add(RequestType.PAYMENT);
            out.add(RequestType.PURCHASE);
        }
        if (!c.isContractor() && c.has(Role.LAWYER)) {
            out.add(RequestType.CONTRACT);
        }
        return out;
    }

    /** The roles whose holders approve a request of the type (who is asked when it goes on approval). */
    public static java.util.List<Role> approverRoles(RequestType type) {
        java.util.List<Role> roles = new java.util.ArrayList<>(java.util.List.of(Role.HEAD));
        if (type == RequestType.PAYMENT || type == RequestType.PURCHASE) {
            roles.add(Role.FINANCE);
        }
        if (type == RequestType.CONTRACT) {
            roles.add(Role.LAWYER);
        }
        return roles;
    }

    static boolean isApprover(Caller c, Request r) {
        if (c.isContractor() || isAuthor(c, r)) {
            return false;
        }
        return c.has(Role.HEAD) || c.has(Role.ADMIN)
                || (c.has(Role.FINANCE) && (r.getType() == RequestType.PAYMENT || r.getType() == RequestType.PURCHASE))
                || (c.has(Role.LAWYER) && r.getType() == RequestType.CONTRACT);
    }

    private static boolean isAuthor(Caller c, Request r) {
        return c.userId().equals(r.getAuthor().getId());
    }

    private static boolean isAssignee(Caller c, Request r) {
        return r.getAssignee() != null && c.userId().equals(r.getAssignee().getId());
    }

    private static boolean may(RequestAction a, Request r, Caller c) {
        boolean assignee = isAssignee(c, r);
        boolean manager = isManager(c);
        boolean author = isAuthor(c, r) && !c.isContractor();
        if (c.isContractor()) {
            return assignee && (a == RequestAction.ACCEPT || a == RequestAction.COMPLETE);
        }
        return switch (a) {
            case ACCEPT -> assignee || (r.getAssignee() == null && r.getPriority() != Priority.URGENT);
            case SEND_FOR_APPROVAL, MARK_DUPLICATE -> assignee || manager;
            case START_EXECUTION -> r.getType() != RequestType.PAYMENT && (assignee || manager);
            case COMPLETE -> (r.getType() != RequestType.PAYMENT || r.getStatus() != RequestStatus.IN_PROGRESS)
                    && (assignee || manager || (r.getType() == RequestType.PAYMENT && c.has(Role.FINANCE)));
            case APPROVE -> isApprover(c, r);
            case CLOSE -> author || manager;
            case RETURN_FOR_REWORK -> switch (r.getStatus()) {
                case ON_APPROVAL -> isApprover(c, r);
                case DONE -> author || manager;
                default -> manager;
            };
            case RESUME -> author || assignee || manager;
            case REJECT -> r.getStatus() == RequestStatus.ON_APPROVAL ? isApprover(c, r) : manager;
            case WONT_FIX -> manager;
        };
    }

    /**
     * An over-limit request's second approval (R-BUD-2): between them, the head and the financial director must
     * approve, so the second approver is another person holding the role the first one lacked.
     */
    public static void checkSecondApproval(Request r, Caller c, Set<Role> firstApproverRoles) {
        if (r.getFirstApprovalBy() != null && c.userId().equals(r.getFirstApprovalBy().getId())) {
            throw new BusinessException("request.error.secondApprovalSamePerson");
        }
        Role missing = limitRoleMissing(firstApproverRoles);
        if (missing != null && !(missing == Role.HEAD ? c.has(Role.HEAD) || c.has(Role.ADMIN) : c.has(missing))) {
            throw new BusinessException("request.error.secondApprovalRole", new Messages.Text("role." + missing));
        }
    }

    /** The role of the head / financial director pair that a first approver with these roles does not hold. */
    public static Role limitRoleMissing(Set<Role> firstApproverRoles) {
        boolean head = firstApproverRoles.contains(Role.HEAD) || firstApproverRoles.contains(Role.ADMIN);
        boolean finance = firstApproverRoles.contains(Role.FINANCE);
        return head && !finance ? Role.FINANCE : finance && !head ? Role.HEAD : null;
    }

    /** Transfer up or down the hierarchy (R-SEED-5): managers only. */
    public static boolean mayTransfer(Request r, Caller c) {
        return isManager(c) && !r.getStatus().isFinal();
    }

    /** Assigning (or reassigning) the request: managers only, while it is open (the entity refuses a closed one). */
    public static boolean mayAssign(Request r, Caller c) {
        return isManager(c) && !r.getStatus().isFinal();
    }

    /** Adding a task to the request by hand: a manager or its assignee (never a contractor), while it is open. */
    public static boolean mayAddTask(Request r, Caller c) {
        return !c.isContractor() && !r.getStatus().isFinal() && (isManager(c) || isAssignee(c, r));
    }

    /** Editing content: the author or a manager, while new or back for rework. */
    public static boolean mayEdit(Request r, Caller c) {
        return !c.isContractor() && r.isEditable() && (isAuthor(c, r) || isManager(c));
    }
}

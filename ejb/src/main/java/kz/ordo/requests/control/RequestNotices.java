package kz.ordo.requests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.control.Hierarchy;
import kz.ordo.notifications.control.Notifier;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestStatus;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who hears about what happens to a request (R-COM-2), inside the action's transaction: the assignee when
 * it is given to them, the approvers when it goes on approval, the author when it is returned for rework,
 * and author and assignee on every other change of status.
 */
@ApplicationScoped
public class RequestNotices {

    static final String TYPE = "Request";

    @Inject
    Notifier notifier;

    @Inject
    Hierarchy hierarchy;

    @Inject
    kz.ordo.approvals.control.ApprovalRules rules;

    public void assigned(Request r, User actor) {
        if (r.getAssignee() != null) {
            notifier.notify(Notifier.Event.of(NotificationKind.ASSIGNED, ref(r), actor), r.getAssignee().getId());
        }
    }

    public void moved(Request r, User actor, String reason) {
        RequestStatus s = r.getStatus();
        Notifier.Event base = Notifier.Event.of(NotificationKind.STATUS_CHANGED, ref(r), actor).withStatus("request." + s);
        if (s == RequestStatus.ON_APPROVAL && !r.getApprovals().isEmpty()) {
            approvalNeeded(r, actor);
        } else if (s == RequestStatus.ON_APPROVAL) {
            Set<Long> approvers = new LinkedHashSet<>();
            for (Role role : RequestWorkflow.approverRoles(r.getType())) {
                approvers.addAll(role == Role.HEAD ? hierarchy.nearest(role, r.getOrgUnit().getPath())
                        : hierarchy.nearestOrAll(role, r.getOrgUnit().getPath()));
            }
            approvers.remove(r.getAuthor().getId());
            notifier.notify(Notifier.Event.of(NotificationKind.APPROVAL_NEEDED, ref(r), actor), approvers);
        } else if (s == RequestStatus.REWORK) {
            notifier.notify(Notifier.Event.of(NotificationKind.RETURNED, ref(r), actor).withReason(reason), r.getAuthor().getId());
            return;
        }
        notifier.notify(base.withReason(reason), r.getAuthor().getId(), r.getAssignee() == null ? null : r.getAssignee().getId());
    }

    /**
     * A request with an approval chain: the people its current steps wait for — the named approver and whoever
     * stands in for them, or the nearest holders of the step's role.
     */
    public void approvalNeeded(Request r, User actor) {
        Set<Long> ids = new LinkedHashSet<>();
        for (kz.ordo.requests.entity.RequestApproval step : r.currentSteps()) {
            if (step.getApprover() != null) {
                ids.add(step.getApprover().getId());
                ids.addAll(rules.substitutes(step.getApprover().getId()));
            } else {
                Role role = Role.valueOf(step.getRole());
                ids.addAll(role == Role.HEAD ? hierarchy.nearest(role, r.getOrgUnit().getPath())
                        : hierarchy.nearestOrAll(role, r.getOrgUnit().getPath()));
            }
        }
        ids.remove(r.getAuthor().getId());
        notifier.notify(Notifier.Event.of(NotificationKind.APPROVAL_NEEDED, ref(r), actor), ids);
    }

    private static RecordRef ref(Request r) {
        return new RecordRef(TYPE, r.getId());
    }
}

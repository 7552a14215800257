package kz.ordo.tasks.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.ordo.identity.entity.User;
import kz.ordo.notifications.control.Notifier;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.tasks.entity.Task;

/**
 * Who hears about what happens to a task (R-COM-2): the assignee when it is given to them or returned for
 * rework, the one who set it when a result waits for review.
 */
@ApplicationScoped
public class TaskNotices {

    static final String TYPE = "Task";

    @Inject
    Notifier notifier;

    public void assigned(Task t, User actor) {
        if (t.getAssignee() != null) {
            notifier.notify(Notifier.Event.of(NotificationKind.ASSIGNED, ref(t), actor), t.getAssignee().getId());
        }
    }

    public void submitted(Task t, User actor) {
        notifier.notify(Notifier.Event.of(NotificationKind.APPROVAL_NEEDED, ref(t), actor), t.getCreatedBy().getId());
    }

    public void returned(Task t, User actor, String reason) {
        if (t.getAssignee() != null) {
            notifier.notify(Notifier.Event.of(NotificationKind.RETURNED, ref(t), actor).withReason(reason),
                    t.getAssignee().getId());
        }
    }

    private static RecordRef ref(Task t) {
        return new RecordRef(TYPE, t.getId());
    }
}

package kz.ordo.web.notifications;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.notifications.boundary.NotificationService;

/** The bell in the top bar: the caller's unread count, "99+" above the cap. */
@Named
@RequestScoped
public class BellView {

    @Inject
    NotificationService notifications;

    private Integer unread;

    public int getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    public String getLabel() {
        int n = getUnread();
        return n > NotificationService.COUNT_CAP ? NotificationService.COUNT_CAP + "+" : Integer.toString(n);
    }
}

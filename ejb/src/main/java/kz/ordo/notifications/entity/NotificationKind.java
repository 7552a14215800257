package kz.ordo.notifications.entity;

/** The events a person is told about (R-COM-2); each has a default delivery the administrator sets. */
public enum NotificationKind {
    ASSIGNED, MENTIONED, STATUS_CHANGED, APPROVAL_NEEDED, RETURNED, DEADLINE_SOON, OVERDUE, ESCALATED, SLA_DUE,
    /** The daily digest email itself (not a choice in the preferences). */
    DIGEST;

    /** The kinds a person chooses a delivery for. */
    public static java.util.List<NotificationKind> choosable() {
        return java.util.Arrays.stream(values()).filter(k -> k != DIGEST).toList();
    }
}

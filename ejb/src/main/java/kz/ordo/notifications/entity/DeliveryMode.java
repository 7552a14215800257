package kz.ordo.notifications.entity;

/** Where a kind of notification goes for a person: in the app, by email, both, or nowhere. */
public enum DeliveryMode {
    IN_APP, EMAIL, BOTH, NONE;

    public boolean inApp() {
        return this == IN_APP || this == BOTH;
    }

    public boolean email() {
        return this == EMAIL || this == BOTH;
    }
}

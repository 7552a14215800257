package kz.ordo.notifications.boundary;

import kz.ordo.notifications.entity.DeliveryMode;
import kz.ordo.notifications.entity.NotificationKind;

import java.io.Serializable;

/** A person's choice for one kind of event: where it goes, and whether emails wait for the daily digest. */
public class Preference implements Serializable {

    private static final long serialVersionUID = 1L;

    private final NotificationKind kind;
    private DeliveryMode mode;
    private boolean digest;

    public Preference(NotificationKind kind, DeliveryMode mode, boolean digest) {
        this.kind = kind;
        this.mode = mode;
        this.digest = digest;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public void setMode(DeliveryMode mode) {
        this.mode = mode;
    }

    public boolean isDigest() {
        return digest;
    }

    public void setDigest(boolean digest) {
        this.digest = digest;
    }
}

package kz.ordo.notifications.entity;

/** Outgoing channels behind the outbox; in-app notifications are rows of their own. */
public enum Channel {
    EMAIL, WHATSAPP
}

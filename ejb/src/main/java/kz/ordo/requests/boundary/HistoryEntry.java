package kz.ordo.requests.boundary;

import kz.ordo.audit.entity.AuditAction;

import java.io.Serializable;
import java.time.Instant;

/** One line of a record's history tab (R-COM-4): who, when, what field, old → new. */
public final class HistoryEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final Instant at;
    private final String actor;
    private final String actorName;
    private final AuditAction action;
    private final String field;
    private final String oldValue;
    private final String newValue;

    public HistoryEntry(Long id, Instant at, String actor, String actorName, AuditAction action, String field,
                        String oldValue, String newValue) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.actorName = actorName;
        this.action = action;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getActorName() {
        return actorName == null ? actor : actorName;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}

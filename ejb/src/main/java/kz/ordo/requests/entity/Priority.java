package kz.ordo.requests.entity;

/** R-RULE-1. */
public enum Priority {
    LOW, MEDIUM, HIGH, URGENT
}

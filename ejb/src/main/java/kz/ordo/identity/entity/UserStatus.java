package kz.ordo.identity.entity;

/** R-SEED-2: only ACTIVE users can log in; CHECK is a user awaiting verification. */
public enum UserStatus {
    ACTIVE, CHECK, BLOCKED
}

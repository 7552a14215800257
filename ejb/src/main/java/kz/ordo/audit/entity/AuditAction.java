package kz.ordo.audit.entity;

/** What happened to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, TRANSITION, LOGIN, LOGIN_FAILED, LOCKED, LOGOUT, PASSWORD_RESET, ACCESS_DENIED
}

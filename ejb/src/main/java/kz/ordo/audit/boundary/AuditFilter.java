package kz.ordo.audit.boundary;

import kz.ordo.audit.entity.AuditAction;

import java.time.LocalDate;

/** Filter of the audit log page; null fields do not filter. */
public record AuditFilter(String entityType, Long entityId, String actor, AuditAction action, LocalDate from,
                          LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}

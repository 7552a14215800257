package kz.ordo.audit.entity;

import java.util.Map;

/** A business entity whose changes the audit log records field by field. */
public interface Auditable {

    Long getId();

    /** The entity name in the audit log, e.g. "Request". */
    String auditType();

    /** The audited fields and their display values, in a stable order. */
    Map<String, String> auditState();
}

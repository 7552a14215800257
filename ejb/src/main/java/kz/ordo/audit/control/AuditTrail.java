package kz.ordo.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.audit.entity.AuditEntry;
import kz.ordo.audit.entity.Auditable;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes audit rows inside the caller's transaction (MANDATORY): a rolled-back action leaves no audit
 * row, a committed one always has its rows.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    private static final int MAX_VALUE = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A new record: one row per non-empty field. */
    public void created(String actor, Auditable record) {
        record.auditState().forEach((field, value) -> {
            if (value != null) {
                write(actor, record, AuditAction.CREATE, field, null, value);
            }
        });
    }

    /** A changed record: one row per field whose value differs between {@code before} and now. */
    public void changed(String actor, Auditable record, Map<String, String> before, AuditAction action) {
        Map<String, String> after = record.auditState();
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                write(actor, record, action, field, old, now);
            }
        }
    }

    /** An event without field changes (a login, a refused access, a password reset). */
    public void event(String actor, String entityType, Long entityId, AuditAction action, String detail) {
        em.persist(new AuditEntry(clock.instant(), clip(actor), entityType, entityId, action, null, null, clip(detail)));
    }

    private void write(String actor, Auditable record, AuditAction action, String field, String old, String now) {
        em.persist(new AuditEntry(clock.instant(), clip(actor), record.auditType(), record.getId(), action, field,
                clip(old), clip(now)));
    }

    /** Keeps rows bounded. */
    static String clip(String v) {
        return v == null || v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE);
    }

}

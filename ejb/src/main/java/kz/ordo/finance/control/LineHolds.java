package kz.ordo.finance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;

/**
 * What holds money on a budget line (R-BUD-2, R-BUD-3), in one place for the limit checks and the figures:
 * invoices from "on approval" to "closed", and payment or purchase requests charged to the line while on approval
 * or approved, until an invoice that pays the request holds the money itself.
 */
@ApplicationScoped
public class LineHolds {

    /** The invoice statuses that hold money on their line (committed, then actual). */
    static final String INVOICE_HOLDING = "'ON_APPROVAL', 'APPROVED', 'IN_PAYMENT', 'PAID', 'CLOSED'";

    /** Requests charged to a line that hold money: the SQL condition on {@code r}. */
    static final String REQUEST_HOLDS = "r.budget_line_id IS NOT NULL AND r.status IN ('ON_APPROVAL', 'AWAITING')"
            + " AND NOT EXISTS (SELECT 1 FROM invoice ri WHERE ri.request_id = r.id AND ri.status IN (" + INVOICE_HOLDING + "))";

    @PersistenceContext
    EntityManager em;

    /** The line's money held by everything except the given invoice and request (null: none excepted), in KZT. */
    public BigDecimal held(Long lineId, Long exceptInvoiceId, Long exceptRequestId) {
        Object sum = em.createNativeQuery("SELECT COALESCE((SELECT SUM(i.amount_kzt) FROM invoice i WHERE i.budget_line_id = ?1"
                        + " AND i.id <> ?2 AND i.status IN (" + INVOICE_HOLDING + ")), 0)"
                        + " + COALESCE((SELECT SUM(r.amount) FROM request r WHERE r.budget_line_id = ?1 AND r.id <> ?3 AND "
                        + REQUEST_HOLDS + "), 0)")
                .setParameter(1, lineId).setParameter(2, exceptInvoiceId == null ? -1L : exceptInvoiceId)
                .setParameter(3, exceptRequestId == null ? -1L : exceptRequestId).getSingleResult();
        return (BigDecimal) sum;
    }
}

package kz.ordo.requests.control;

import kz.ordo.identity.control.Caller;
import kz.ordo.requests.entity.Request;

/**
 * How a request asks the finance module about the budget line it is charged to (R-BUD-2), without the requests
 * module depending on finance: the finance module provides the one implementation as a CDI bean.
 */
public interface BudgetGuard {

    /** Refuses (BusinessException) a line that does not exist or lies outside what the caller may charge. */
    void checkChargeable(Long lineId, Caller caller);

    /**
     * Whether the request, going on approval now, exceeds its line's remainder (plan less what invoices and other
     * requests already hold). Locks the line's row until the transaction ends, so that two requests or invoices
     * cannot both slip under the same last remainder.
     */
    boolean exceedsRemainder(Request request);

    /** "2026-06 · Almaty sales · Rent": how a card names the line. */
    String label(Long lineId);

    /** The line's remainder now (plan less every hold, KZT). */
    java.math.BigDecimal remainder(Long lineId);
}

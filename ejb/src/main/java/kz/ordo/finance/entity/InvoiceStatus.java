package kz.ordo.finance.entity;

import java.util.EnumSet;
import java.util.Set;

/** The invoice workflow (R-FIN-2): Received → On approval → Approved → In payment → Paid → Closed; rejected on approval. */
public enum InvoiceStatus {
    RECEIVED, ON_APPROVAL, APPROVED, IN_PAYMENT, PAID, CLOSED, REJECTED;

    public Set<InvoiceStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ON_APPROVAL);
            case ON_APPROVAL -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(IN_PAYMENT);
            case IN_PAYMENT -> EnumSet.of(PAID);
            case PAID -> EnumSet.of(CLOSED);
            case REJECTED -> EnumSet.of(RECEIVED);
            case CLOSED -> EnumSet.noneOf(InvoiceStatus.class);
        };
    }

    /** Money this invoice holds against its budget line: committed while on its way, actual once paid. */
    public boolean isCommitted() {
        return this == ON_APPROVAL || this == APPROVED || this == IN_PAYMENT;
    }

    public boolean isActual() {
        return this == PAID || this == CLOSED;
    }
}

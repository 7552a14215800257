package kz.ordo.finance.boundary;

import kz.ordo.finance.entity.InvoiceStatus;

import java.io.Serializable;
import java.time.LocalDate;

/** The registry's filters; every field optional. */
public record InvoiceFilter(InvoiceStatus status, Long counterpartyId, Long unitId, Long budgetLineId, LocalDate from,
                            LocalDate to, String text) implements Serializable {

    public static InvoiceFilter none() {
        return new InvoiceFilter(null, null, null, null, null, null, null);
    }
}

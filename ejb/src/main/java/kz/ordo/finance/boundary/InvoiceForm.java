package kz.ordo.finance.boundary;

import kz.ordo.shared.Currency;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a person enters on an invoice card; {@code confirmDuplicate} registers it despite a likely duplicate. */
public record InvoiceForm(String number, LocalDate invoiceDate, Long counterpartyId, BigDecimal amount, Currency currency,
                          BigDecimal rate, String purpose, Long unitId, Long projectId, Long budgetLineId, Long requestId,
                          LocalDate paymentDue, boolean confirmDuplicate) {
}

package kz.ordo.finance.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.approvals.entity.ApprovalStep;
import kz.ordo.approvals.entity.Step;
import kz.ordo.identity.entity.User;

import java.time.Instant;

/** One step of an invoice's approval chain. */
@Entity
@Table(name = "invoice_approval")
public class InvoiceApproval extends ApprovalStep {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    protected InvoiceApproval() {
    }

    InvoiceApproval(Invoice invoice, Step step) {
        super(step);
        this.invoice = invoice;
    }

    @Override
    protected void decide(boolean approved, User by, String text, Instant now) {
        super.decide(approved, by, text, now);
    }

    public Invoice getInvoice() {
        return invoice;
    }
}

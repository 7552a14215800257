package kz.ordo.finance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;

import java.time.Instant;

/** One step of an invoice's approval chain: a role or a named person, and what they decided, when, with what comment. */
@Entity
@Table(name = "invoice_approval")
public class InvoiceApproval extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(length = 32, updatable = false)
    private String role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approver_id", updatable = false)
    private User approver;

    @Column(nullable = false, updatable = false)
    private boolean extra;

    @Column(length = 16)
    private String decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private User decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 2000)
    private String comment;

    protected InvoiceApproval() {
    }

    InvoiceApproval(Invoice invoice, int position, String role, User approver, boolean extra) {
        this.invoice = invoice;
        this.position = position;
        this.role = role;
        this.approver = approver;
        this.extra = extra;
    }

    void decide(boolean approved, User by, String text, Instant now) {
        decision = approved ? "APPROVED" : "REJECTED";
        decidedBy = by;
        comment = text == null || text.isBlank() ? null : text.strip();
        decidedAt = now;
    }

    public boolean isOpen() {
        return decision == null;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public int getPosition() {
        return position;
    }

    public String getRole() {
        return role;
    }

    public User getApprover() {
        return approver;
    }

    public boolean isExtra() {
        return extra;
    }

    public String getDecision() {
        return decision;
    }

    public User getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }
}

package kz.ordo.finance.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.User;
import kz.ordo.requests.entity.Request;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Currency;
import kz.ordo.shared.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * An invoice in the registry (R-FIN-1): counterparty, amount in its currency with the rate on the invoice date and
 * the amount in KZT, purpose, unit, project, budget line, the payment request it pays, the payment deadline. Its
 * workflow (R-FIN-2) and guard (R-FIN-3, R-RULE-6) live here: it goes on approval only with its invoice and basis
 * documents, steps are decided in order (steps of one position in parallel), and it goes to payment only approved.
 */
@Entity
@Table(name = "invoice")
public class Invoice extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 50)
    private String number;

    @Column(name = "invoice_date", nullable = false)
    private LocalDate invoiceDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counterparty_id", nullable = false)
    private Counterparty counterparty;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 3)
    private Currency currency;

    @Column(nullable = false, precision = 18, scale = 6)
    private BigDecimal rate;

    @Column(name = "amount_kzt", nullable = false, precision = 18, scale = 2)
    private BigDecimal amountKzt;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_line_id")
    private BudgetLine budgetLine;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private Request request;

    @Column(name = "payment_due")
    private LocalDate paymentDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InvoiceStatus status = InvoiceStatus.RECEIVED;

    @Column(name = "over_limit", nullable = false)
    private boolean overLimit;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private User createdBy;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST, orphanRemoval = true)
    @OrderBy("position ASC, id ASC")
    private List<InvoiceApproval> approvals = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(User createdBy) {
        this.createdBy = createdBy;
    }

    /** The card's fields, all checked; only while received (or back after a rejection). */
    public void edit(String newNumber, LocalDate date, Counterparty party, BigDecimal newAmount, Currency newCurrency,
                     BigDecimal newRate, String newPurpose, OrgUnit unit, Project newProject, BudgetLine line, Request paying,
                     LocalDate due) {
        if (status != InvoiceStatus.RECEIVED) {
            throw new BusinessException("invoice.error.notEditable");
        }
        String n = newNumber == null ? "" : newNumber.strip();
        if (n.isEmpty() || n.length() > 50) {
            throw new BusinessException("invoice.error.number");
        }
        if (date == null) {
            throw new BusinessException("invoice.error.date");
        }
        if (party == null) {
            throw new BusinessException("invoice.error.counterparty");
        }
        if (newAmount == null || newAmount.signum() <= 0 || newAmount.stripTrailingZeros().scale() > 2
                || newAmount.compareTo(BudgetLine.MAX_PLAN) > 0) {
            throw new BusinessException("invoice.error.amount");
        }
        Currency c = newCurrency == null ? Currency.KZT : newCurrency;
        BigDecimal r = c == Currency.KZT ? BigDecimal.ONE : newRate;
        if (r == null || r.signum() <= 0 || r.stripTrailingZeros().scale() > 6) {
            throw new BusinessException("invoice.error.rate", c.name());
        }
        String p = newPurpose == null ? "" : newPurpose.strip();
        if (p.length() < 3 || p.length() > 1000) {
            throw new BusinessException("invoice.error.purpose");
        }
        if (unit == null) {
            throw new BusinessException("invoice.error.unit");
        }
        if (due != null && due.isBefore(date)) {
            throw new BusinessException("invoice.error.due");
        }
        number = n;
        invoiceDate = date;
        counterparty = party;
        amount = newAmount.setScale(2, RoundingMode.UNNECESSARY);
        currency = c;
        rate = r.setScale(6, RoundingMode.UNNECESSARY);
        amountKzt = amount.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        purpose = p;
        orgUnit = unit;
        project = newProject;
        budgetLine = line;
        request = paying;
        paymentDue = due;
    }

    /**
     * On approval (R-FIN-3): the invoice file and the basis document must be attached; the refusal names what is
     * missing. The chain is built from the steps (at least one).
     */
    public void submit(boolean hasInvoiceFile, boolean hasBasis, List<kz.ordo.approvals.entity.Step> chain, boolean overBudget) {
        requireMove(InvoiceStatus.ON_APPROVAL);
        List<Messages.Text> missing = new ArrayList<>();
        if (!hasInvoiceFile) {
            missing.add(new Messages.Text("file.kind.INVOICE"));
        }
        if (!hasBasis) {
            missing.add(new Messages.Text("file.kind.BASIS"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("invoice.error.documents", join(missing));
        }
        if (chain.isEmpty()) {
            throw new BusinessException("invoice.error.noChain");
        }
        approvals.clear();
        for (kz.ordo.approvals.entity.Step s : chain) {
            approvals.add(new InvoiceApproval(this, s));
        }
        overLimit = overBudget;
        status = InvoiceStatus.ON_APPROVAL;
    }

    private static Messages.TextList join(List<Messages.Text> keys) {
        return new Messages.TextList(List.copyOf(keys));
    }

    /** The position now being decided: the lowest one with an open step. */
    public OptionalInt currentPosition() {
        return approvals.stream().filter(InvoiceApproval::isOpen).mapToInt(InvoiceApproval::getPosition).min();
    }

    /**
     * Decides a step of the current position. A rejection needs a comment and rejects the invoice; the last
     * approval approves it.
     */
    public void decide(InvoiceApproval step, boolean approved, User by, String comment, Instant now) {
        if (status != InvoiceStatus.ON_APPROVAL) {
            throw new BusinessException("invoice.error.transition", new Messages.Text("invoice." + status),
                    new Messages.Text("invoice." + (approved ? InvoiceStatus.APPROVED : InvoiceStatus.REJECTED)));
        }
        if (!step.isOpen() || !approvals.contains(step) || currentPosition().orElse(-1) != step.getPosition()) {
            throw new BusinessException("invoice.error.notYourTurn");
        }
        if (!approved && (comment == null || comment.strip().length() < 3)) {
            throw new BusinessException("invoice.error.rejectReason");
        }
        step.decide(approved, by, comment, now);
        if (!approved) {
            status = InvoiceStatus.REJECTED;
        } else if (currentPosition().isEmpty()) {
            status = InvoiceStatus.APPROVED;
            approvedAt = now;
        }
    }

    /** To payment only approved, with its documents (R-FIN-3); the refusal names what is missing. */
    public void toPayment(boolean hasInvoiceFile, boolean hasBasis) {
        List<Messages.Text> missing = new ArrayList<>();
        if (!hasInvoiceFile) {
            missing.add(new Messages.Text("file.kind.INVOICE"));
        }
        if (!hasBasis) {
            missing.add(new Messages.Text("file.kind.BASIS"));
        }
        if (status != InvoiceStatus.APPROVED) {
            missing.add(new Messages.Text("invoice.missing.approval"));
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("invoice.error.notReadyForPayment", join(missing));
        }
        move(InvoiceStatus.IN_PAYMENT);
    }

    public void markPaid(Instant now) {
        move(InvoiceStatus.PAID);
        paidAt = now;
    }

    public void close() {
        move(InvoiceStatus.CLOSED);
    }

    /** A rejected invoice comes back to be corrected and sent again. */
    public void reopen() {
        move(InvoiceStatus.RECEIVED);
        overLimit = false;
    }

    private void requireMove(InvoiceStatus target) {
        if (!status.next().contains(target)) {
            throw new BusinessException("invoice.error.transition", new Messages.Text("invoice." + status),
                    new Messages.Text("invoice." + target));
        }
    }

    private void move(InvoiceStatus target) {
        requireMove(target);
        status = target;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public Counterparty getCounterparty() {
        return counterparty;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getAmountKzt() {
        return amountKzt;
    }

    public String getPurpose() {
        return purpose;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Project getProject() {
        return project;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public Request getRequest() {
        return request;
    }

    public LocalDate getPaymentDue() {
        return paymentDue;
    }

    public InvoiceStatus getStatus() {
        return status;
    }

    public boolean isOverLimit() {
        return overLimit;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public List<InvoiceApproval> getApprovals() {
        return approvals;
    }

    @Override
    public String auditType() {
        return "Invoice";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("invoiceDate", invoiceDate == null ? null : invoiceDate.toString());
        m.put("counterparty", counterparty == null ? null : counterparty.getLabel());
        m.put("amount", amount == null ? null : amount.toPlainString() + " " + currency);
        m.put("rate", rate == null ? null : rate.toPlainString());
        m.put("purpose", purpose);
        m.put("orgUnit", orgUnit == null ? null : orgUnit.getName());
        m.put("budgetLine", budgetLine == null ? null : budgetLine.getItem() + " " + budgetLine.getMonth());
        m.put("status", status.name());
        m.put("overLimit", Boolean.toString(overLimit));
        return m;
    }
}

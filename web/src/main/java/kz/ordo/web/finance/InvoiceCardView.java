package kz.ordo.web.finance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import kz.ordo.finance.boundary.BudgetService;
import kz.ordo.finance.boundary.CounterpartyService;
import kz.ordo.finance.boundary.InvoiceForm;
import kz.ordo.finance.boundary.InvoiceService;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.finance.entity.Counterparty;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceApproval;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.boundary.ChecklistService;
import kz.ordo.records.boundary.CommentService;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Currency;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.PageRequest;
import kz.ordo.web.records.RecordItems;
import kz.ordo.web.shell.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * An invoice's card: the fields while it is received (a new one without an id), its documents and comments,
 * the approval chain with who decided what and when, and the actions the caller may take now.
 */
@Named
@ViewScoped
public class InvoiceCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InvoiceService invoices;

    @Inject
    CounterpartyService counterparties;

    @Inject
    BudgetService budgets;

    @Inject
    OrgUnitService units;

    @Inject
    ChecklistService checklist;

    @Inject
    AttachmentService attachments;

    @Inject
    CommentService comments;

    @Inject
    Texts texts;

    private Long id;
    private Invoice invoice;
    private RecordItems items;
    private List<Counterparty> counterpartyOptions;
    private List<OrgUnit> unitOptions;
    private List<LineFigures> lineOptions;
    private String number;
    private LocalDate invoiceDate = LocalDate.now();
    private Long counterpartyId;
    private BigDecimal amount;
    private Currency currency = Currency.KZT;
    private BigDecimal rate;
    private String purpose;
    private Long unitId;
    private Long budgetLineId;
    private LocalDate paymentDue;
    private boolean confirmDuplicate;
    private String comment;

    public void load() throws IOException {
        if (counterpartyOptions != null) {
            return;
        }
        counterpartyOptions = counterparties.search("", new PageRequest(0, 200, null, true));
        unitOptions = units.withinCallerScope();
        lineOptions = budgets.figures(LocalDate.now().minusMonths(2), LocalDate.now().plusMonths(12), null);
        if (id == null) {
            return;
        }
        try {
            refresh();
            number = invoice.getNumber();
            invoiceDate = invoice.getInvoiceDate();
            counterpartyId = invoice.getCounterparty().getId();
            amount = invoice.getAmount();
            currency = invoice.getCurrency();
            rate = invoice.getRate();
            purpose = invoice.getPurpose();
            unitId = invoice.getOrgUnit().getId();
            budgetLineId = invoice.getBudgetLine() == null ? null : invoice.getBudgetLine().getId();
            paymentDue = invoice.getPaymentDue();
        } catch (NotFoundException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            fc.responseComplete();
        }
    }

    private void refresh() {
        invoice = invoices.open(id);
        if (items == null) {
            items = new RecordItems(new RecordRef(InvoiceService.TYPE, id), checklist, attachments, comments, texts,
                    () -> invoice != null && invoice.getStatus() != InvoiceStatus.CLOSED, this::refresh);
        } else {
            items.reload();
        }
    }

    private InvoiceForm form() {
        return new InvoiceForm(number, invoiceDate, counterpartyId, amount, currency, rate, purpose, unitId, null, budgetLineId,
                null, paymentDue, confirmDuplicate);
    }

    public void save() throws IOException {
        try {
            if (id == null) {
                Invoice created = invoices.register(form());
                texts.info("invoice.registered");
                FacesContext fc = FacesContext.getCurrentInstance();
                fc.getExternalContext().getFlash().setKeepMessages(true);
                fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + "/finance/invoice.xhtml?id="
                        + created.getId());
                return;
            }
            invoices.update(id, invoice.getVersion(), form());
            texts.info("common.saved");
            refresh();
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    private void act(Supplier<Invoice> action, String doneKey) {
        try {
            action.get();
            texts.info(doneKey);
            comment = null;
        } catch (BusinessException e) {
            texts.error(e);
        } finally {
            refresh();
        }
    }

    public void submit() {
        long v = invoice.getVersion();
        act(() -> invoices.submit(id, v), "invoice.submitted");
    }

    public void approve(InvoiceApproval step) {
        long v = invoice.getVersion();
        String c = comment;
        act(() -> invoices.decide(id, v, step.getId(), true, c), "invoice.approvedStep");
    }

    public void reject(InvoiceApproval step) {
        long v = invoice.getVersion();
        String c = comment;
        act(() -> invoices.decide(id, v, step.getId(), false, c), "invoice.rejected");
    }

    public void toPayment() {
        long v = invoice.getVersion();
        act(() -> invoices.toPayment(id, v), "invoice.sentToPayment");
    }

    public void markPaid() {
        long v = invoice.getVersion();
        act(() -> invoices.markPaid(id, v), "invoice.markedPaid");
    }

    public void close() {
        long v = invoice.getVersion();
        act(() -> invoices.close(id, v), "invoice.closedDone");
    }

    public void reopen() {
        long v = invoice.getVersion();
        act(() -> invoices.reopen(id, v), "invoice.reopened");
    }

    public boolean mayDecide(InvoiceApproval step) {
        return invoices.mayDecide(step);
    }

    public boolean isEditable() {
        return invoice == null || invoice.getStatus() == InvoiceStatus.RECEIVED;
    }

    public boolean isFinance() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("FINANCE")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public Currency[] getCurrencies() {
        return Currency.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public RecordItems getItems() {
        return items;
    }

    public List<Counterparty> getCounterpartyOptions() {
        return counterpartyOptions;
    }

    public List<OrgUnit> getUnitOptions() {
        return unitOptions;
    }

    public List<LineFigures> getLineOptions() {
        return lineOptions;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(LocalDate invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public Long getCounterpartyId() {
        return counterpartyId;
    }

    public void setCounterpartyId(Long counterpartyId) {
        this.counterpartyId = counterpartyId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public void setCurrency(Currency currency) {
        this.currency = currency;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public void setBudgetLineId(Long budgetLineId) {
        this.budgetLineId = budgetLineId;
    }

    public LocalDate getPaymentDue() {
        return paymentDue;
    }

    public void setPaymentDue(LocalDate paymentDue) {
        this.paymentDue = paymentDue;
    }

    public boolean isConfirmDuplicate() {
        return confirmDuplicate;
    }

    public void setConfirmDuplicate(boolean confirmDuplicate) {
        this.confirmDuplicate = confirmDuplicate;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

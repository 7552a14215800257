package kz.ordo.web.finance;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import kz.ordo.finance.boundary.BudgetService;
import kz.ordo.finance.boundary.InvoiceForm;
import kz.ordo.finance.boundary.InvoiceService;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceApproval;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Currency;
import kz.ordo.shared.NotFoundException;
import kz.ordo.web.records.RecordItems;
import kz.ordo.web.records.RecordServices;
import kz.ordo.web.shell.Choice;
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
    RecordServices recordServices;

    @Inject
    InvoiceService invoices;

    @Inject
    Pickers pickers;

    @Inject
    kz.ordo.identity.boundary.ProjectService projects;

    @Inject
    BudgetService budgets;

    @Inject
    OrgUnitService units;

    @Inject
    Texts texts;

    private Long id;
    private Invoice invoice;
    private RecordItems items;
    private List<OrgUnit> unitOptions;
    private List<kz.ordo.identity.entity.Project> projectOptions;
    private String number;
    private LocalDate invoiceDate = LocalDate.now();
    private Choice counterparty;
    private BigDecimal amount;
    private Currency currency = Currency.KZT;
    private BigDecimal rate;
    private String purpose;
    private Long unitId;
    private Choice budgetLine;
    private Long projectId;
    private Choice paymentRequest;
    private LocalDate paymentDue;
    private boolean confirmDuplicate;
    private String comment;

    /**
     * Loads the form's choices and, for an id, the invoice with its documents and comments: one transaction for the
     * card's reads, not one per service call; a missing or foreign id answers 404 and rolls it back.
     */
    @Transactional
    public void load() throws IOException {
        if (unitOptions != null) {
            return;
        }
        unitOptions = units.withinCallerScope();
        projectOptions = projects.active();
        if (id == null) {
            return;
        }
        try {
            refresh();
            number = invoice.getNumber();
            invoiceDate = invoice.getInvoiceDate();
            counterparty = Pickers.of(invoice.getCounterparty());
            amount = invoice.getAmount();
            currency = invoice.getCurrency();
            rate = invoice.getRate();
            purpose = invoice.getPurpose();
            unitId = invoice.getOrgUnit().getId();
            projectId = invoice.getProject() == null ? null : invoice.getProject().getId();
            paymentRequest = Pickers.of(invoice.getRequest());
            paymentDue = invoice.getPaymentDue();
            // last: a line outside the caller's budgets is refused, which leaves the transaction only to roll back
            budgetLine = invoice.getBudgetLine() == null ? null : lineChoice(invoice.getBudgetLine().getId());
        } catch (NotFoundException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            fc.responseComplete();
        }
    }

    private Choice lineChoice(Long lineId) {
        try {
            return pickers.of(budgets.figuresOf(lineId));
        } catch (NotFoundException e) {
            return new Choice(lineId, "#" + lineId); // a line outside the caller's budget: kept, not shown
        }
    }

    private void refresh() {
        invoice = invoices.open(id);
        if (items == null) {
            items = new RecordItems(new RecordRef(InvoiceService.TYPE, id), recordServices,
                    () -> invoice != null && invoice.getStatus() != InvoiceStatus.CLOSED, this::refresh);
        } else {
            items.reload();
        }
    }

    private InvoiceForm form() {
        return new InvoiceForm(number, invoiceDate, Choice.idOf(counterparty), amount, currency, rate, purpose, unitId, projectId,
                Choice.idOf(budgetLine), Choice.idOf(paymentRequest), paymentDue, confirmDuplicate);
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

    public List<kz.ordo.identity.entity.Project> getProjectOptions() {
        return projectOptions;
    }

    public List<OrgUnit> getUnitOptions() {
        return unitOptions;
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

    public Choice getCounterparty() {
        return counterparty;
    }

    public void setCounterparty(Choice counterparty) {
        this.counterparty = counterparty;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Choice getPaymentRequest() {
        return paymentRequest;
    }

    public void setPaymentRequest(Choice paymentRequest) {
        this.paymentRequest = paymentRequest;
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

    public Choice getBudgetLine() {
        return budgetLine;
    }

    public void setBudgetLine(Choice budgetLine) {
        this.budgetLine = budgetLine;
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

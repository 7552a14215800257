package kz.ordo.web.requests;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.requests.entity.TypeFields;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Currency;
import kz.ordo.shared.NotFoundException;
import kz.ordo.web.shell.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The request form, new or edit: common fields plus the fields of the chosen type, which the form swaps
 * by ajax when the type changes. Every rule (required fields per type included) is checked by the service;
 * this bean only carries the values.
 */
@Named
@ViewScoped
public class RequestEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    Texts texts;

    private Long id;
    private long version;
    private String number;
    private RequestType type;
    private String title;
    private String description;
    private kz.ordo.web.shell.Choice unit;
    private kz.ordo.web.shell.Choice project;
    private Priority priority = Priority.MEDIUM;
    private LocalDate deadline;
    private BigDecimal amount;
    private Currency currency = Currency.KZT;
    private kz.ordo.web.shell.Choice budgetLine;
    private final Map<String, String> values = new HashMap<>();
    private transient List<FieldInput> inputs;
    private transient RequestType inputsType;
    private transient java.util.Locale inputsLocale;

    /** With ?id= the form edits that request (if the caller may); without, it creates one. */
    public void load() throws IOException {
        if (id == null || number != null) {
            return;
        }
        try {
            Request r = requests.open(id);
            if (!requests.mayEdit(r)) {
                throw new NotFoundException("Request", id);
            }
            version = r.getVersion();
            number = r.getNumber();
            type = r.getType();
            title = r.getTitle();
            description = r.getDescription();
            unit = kz.ordo.web.finance.Pickers.of(r.getOrgUnit());
            project = kz.ordo.web.finance.Pickers.of(r.getProject());
            priority = r.getPriority();
            deadline = r.getDeadline();
            amount = r.getAmount();
            currency = r.getCurrency() == null ? Currency.KZT : r.getCurrency();
            values.putAll(r.getDetails());
            budgetLine = r.getBudgetLineId() == null ? null
                    : new kz.ordo.web.shell.Choice(r.getBudgetLineId(), requests.budgetLineLabel(r));
        } catch (NotFoundException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND, null);
            fc.responseComplete();
        }
    }

    public void save() throws IOException {
        try {
            NewRequest form = new NewRequest(type, title, description, kz.ordo.web.shell.Choice.idOf(unit), priority,
                    deadline, null, kz.ordo.web.shell.Choice.idOf(project),
                    amount, currency, values,
                    type == RequestType.PAYMENT || type == RequestType.PURCHASE ? kz.ordo.web.shell.Choice.idOf(budgetLine) : null);
            Request saved = id == null ? requests.create(form) : requests.update(id, version, form);
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            texts.info(id == null ? "request.created" : "request.saved", saved.getNumber());
            ec.redirect(ec.getRequestContextPath() + "/requests/view.xhtml?id=" + saved.getId());
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    /** The chosen type's fields, in the order the form shows them, as inputs worked out once per type and language (every phase walks them). */
    public List<FieldInput> getFieldInputs() {
        java.util.Locale locale = texts.locale();
        if (inputs == null || inputsType != type || !locale.equals(inputsLocale)) {
            inputs = FieldInput.of(TypeFields.of(type), texts);
            inputsType = type;
            inputsLocale = locale;
        }
        return inputs;
    }

    public boolean isAmountRequired() {
        return TypeFields.amountRequired(type);
    }

    public boolean isEditing() {
        return id != null;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** Payments and purchases are charged to a budget line by those who see the budget (R-BUD-2). */
    public boolean isBudgetLineOffered() {
        if (type != RequestType.PAYMENT && type != RequestType.PURCHASE) {
            return false;
        }
        return kz.ordo.web.finance.Pickers.seesBudget();
    }

    public kz.ordo.web.shell.Choice getBudgetLine() {
        return budgetLine;
    }

    public void setBudgetLine(kz.ordo.web.shell.Choice budgetLine) {
        this.budgetLine = budgetLine;
    }

    public Currency[] getCurrencies() {
        return Currency.values();
    }

    public Map<String, String> getValues() {
        return values;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNumber() {
        return number;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public kz.ordo.web.shell.Choice getUnit() {
        return unit;
    }

    public void setUnit(kz.ordo.web.shell.Choice unit) {
        this.unit = unit;
    }

    public kz.ordo.web.shell.Choice getProject() {
        return project;
    }

    public void setProject(kz.ordo.web.shell.Choice project) {
        this.project = project;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
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
}

package kz.ordo.requests.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Currency;
import kz.ordo.shared.Messages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A request (заявка): the single entry point of every back-office need (R-REQ-1, R-REQ-2). */
@Entity
@Table(name = "request")
public class Request extends BaseEntity implements Auditable {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 20_000;

    @Column(nullable = false, length = 32, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RequestType type;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Column
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.NEW;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private User author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(length = 3)
    private Currency currency;

    /** Type-specific fields (R-REQ-1), checked by {@link TypeFields}. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_field", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "field", length = 64)
    @Column(name = "value", nullable = false)
    private Map<String, String> details = new LinkedHashMap<>();

    /** The reason given with the last move that needs one (rework, rejection, won't fix). */
    @Column(name = "status_reason")
    private String statusReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "duplicate_of_id")
    private Request duplicateOf;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_by_id")
    private User acceptedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /**
     * The budget line a payment or purchase is charged to (R-BUD-2), by id: the line belongs to the finance module,
     * which checks it through {@code BudgetGuard}.
     */
    @Column(name = "budget_line_id")
    private Long budgetLineId;

    /** It went on approval beyond its line's remainder: the head and the financial director must both approve. */
    @Column(name = "over_limit", nullable = false)
    private boolean overLimit;

    /** The approval chain of the current round, from the type's rules (empty: the single approval of the type). */
    @jakarta.persistence.OneToMany(mappedBy = "request", cascade = jakarta.persistence.CascadeType.PERSIST, orphanRemoval = true)
    @jakarta.persistence.OrderBy("position ASC, id ASC")
    private java.util.List<RequestApproval> approvals = new java.util.ArrayList<>();

    /** Who gave the first of the two approvals an over-limit request needs. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "first_approval_by")
    private User firstApprovalBy;

    /*
     * The foreign keys as read-only columns, for list queries: comparing them needs no join (a join to the
     * optional assignee would also drop unassigned rows). Written through the relations above only.
     */
    @Column(name = "org_unit_id", insertable = false, updatable = false)
    private Long orgUnitId;

    @Column(name = "author_id", insertable = false, updatable = false)
    private Long authorId;

    @Column(name = "assignee_id", insertable = false, updatable = false)
    private Long assigneeId;

    /** Maintained by the database (trigger); read only by the full-text predicate, never loaded. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_doc", insertable = false, updatable = false)
    private String searchDoc;

    protected Request() {
    }

    /**
     * A new request in status NEW. Checks the common fields of R-REQ-2: a title, a department, a priority,
     * a deadline not in the past.
     */
    public Request(String number, RequestType type, User author, String title, String description, OrgUnit orgUnit,
                   Priority priority, LocalDate deadline, User assignee, LocalDate today) {
        if (type == null) {
            throw new BusinessException("request.error.type");
        }
        if (author == null) {
            throw new IllegalArgumentException("author");
        }
        this.number = number;
        this.type = type;
        this.author = author;
        edit(title, description, orgUnit, priority, deadline, assignee, today);
    }

    /** Changes the common fields; the same checks as at creation. */
    public void edit(String newTitle, String newDescription, OrgUnit newUnit, Priority newPriority,
                     LocalDate newDeadline, User newAssignee, LocalDate today) {
        String t = newTitle == null ? "" : newTitle.strip();
        if (t.length() < 3 || t.length() > TITLE_MAX) {
            throw new BusinessException("request.error.title", 3, TITLE_MAX);
        }
        String d = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        if (d != null && d.length() > DESCRIPTION_MAX) {
            throw new BusinessException("request.error.description", DESCRIPTION_MAX);
        }
        if (newUnit == null) {
            throw new BusinessException("request.error.department");
        }
        if (newPriority == null) {
            throw new BusinessException("request.error.priority");
        }
        if (newDeadline != null && newDeadline.isBefore(today) && !newDeadline.equals(deadline)) {
            throw new BusinessException("request.error.deadlinePast");
        }
        title = t;
        description = d;
        orgUnit = newUnit;
        priority = newPriority;
        deadline = newDeadline;
        assignee = newAssignee;
    }

    /** The type-specific fields, money and project; {@code fields} are checked against {@link TypeFields}. */
    public void describe(Map<String, String> fields, BigDecimal newAmount, Currency newCurrency, Project newProject) {
        Map<String, String> checked = TypeFields.check(type, fields);
        if (newAmount == null && TypeFields.amountRequired(type)) {
            throw new BusinessException("request.error.fieldRequired", new Messages.Text("request.amount"));
        }
        if (newAmount != null && (newAmount.signum() <= 0 || newAmount.scale() > 2
                || newAmount.precision() - newAmount.scale() > 17)) {
            throw new BusinessException("request.error.amount");
        }
        if (newAmount != null && newCurrency == null) {
            throw new BusinessException("request.error.fieldRequired", new Messages.Text("request.currency"));
        }
        if (newProject != null && !newProject.isActive() && !Objects.equals(newProject, project)) {
            throw new BusinessException("request.error.project");
        }
        details.clear();
        details.putAll(checked);
        amount = newAmount;
        currency = newAmount == null ? null : newCurrency;
        project = newProject;
    }

    /**
     * A move of the workflow (R-REQ-3, R-SEED-5). The transition table decides whether it exists at all;
     * who may make it is decided by {@code RequestWorkflow} before this is called.
     */
    public void moveTo(RequestStatus target, String reason, Request original, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new BusinessException("request.error.transition", new Messages.Text("request." + status),
                    new Messages.Text("request." + target));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (target.needsReason() && (why == null || why.length() < 3)) {
            throw new BusinessException("request.error.reasonRequired");
        }
        if (why != null && why.length() > 2000) {
            throw new BusinessException("request.error.reasonLength", 2000);
        }
        if (target == RequestStatus.DUPLICATE) {
            if (original == null || original.equals(this)) {
                throw new BusinessException("request.error.duplicateOf");
            }
            duplicateOf = original;
        }
        statusReason = why;
        if (status == RequestStatus.ON_APPROVAL && target != RequestStatus.AWAITING) {
            firstApprovalBy = null; // back for rework or refused: a new round of approval starts from nothing
        }
        status = target;
        if (target.isFinal() && target != RequestStatus.DONE) {
            closedAt = now;
        }
    }

    /**
     * Charges the request to a budget line (null: to none). Only payments and purchases are charged, with their
     * amount in tenge (the invoice that pays it carries the rate of a foreign currency).
     */
    public void chargeTo(Long lineId) {
        if (lineId != null) {
            if (type != RequestType.PAYMENT && type != RequestType.PURCHASE) {
                throw new BusinessException("request.error.budgetLineType");
            }
            if (amount == null) {
                throw new BusinessException("request.error.fieldRequired", new Messages.Text("request.amount"));
            }
            if (currency != Currency.KZT) {
                throw new BusinessException("request.error.budgetLineCurrency");
            }
        }
        budgetLineId = lineId;
    }

    /** Set when the request goes on approval: whether it exceeds its line's remainder; any earlier approval is void. */
    public void judgeLimit(boolean over) {
        overLimit = over;
        firstApprovalBy = null;
    }

    /** The chain of this round of approval (replaces the last round's); empty keeps the type's single approval. */
    public void startChain(java.util.List<kz.ordo.approvals.entity.Step> chain) {
        approvals.clear();
        chain.forEach(s -> approvals.add(new RequestApproval(this, s)));
    }

    /** The position now being decided: the lowest one with an open step. */
    public java.util.OptionalInt currentPosition() {
        return approvals.stream().filter(RequestApproval::isOpen).mapToInt(RequestApproval::getPosition).min();
    }

    /** The open steps of the current position. */
    public java.util.List<RequestApproval> currentSteps() {
        int at = currentPosition().orElse(-1);
        return approvals.stream().filter(a -> a.isOpen() && a.getPosition() == at).toList();
    }

    /**
     * Decides a step of the current position. Returns whether the chain is now complete (every step approved); a
     * refusal decides only the step (the workflow move that follows rejects or returns the request).
     */
    public boolean decideStep(RequestApproval step, boolean approved, User by, String comment, Instant now) {
        if (status != RequestStatus.ON_APPROVAL || !step.isOpen() || !approvals.contains(step)
                || currentPosition().orElse(-1) != step.getPosition()) {
            throw new BusinessException("request.error.notYourStep");
        }
        step.decide(approved, by, comment, now);
        return approved && currentPosition().isEmpty();
    }

    public java.util.List<RequestApproval> getApprovals() {
        return java.util.Collections.unmodifiableList(approvals);
    }

    /** The first of an over-limit request's two approvals: it stays on approval for the second. */
    public void approveFirst(User by) {
        if (!overLimit || status != RequestStatus.ON_APPROVAL || firstApprovalBy != null) {
            throw new IllegalStateException("not waiting for a first approval");
        }
        firstApprovalBy = by;
    }

    /** "Accept into work": the acceptor becomes the assignee when there is none; the moment is kept (R-RULE-2). */
    public void accept(User by, Instant now) {
        moveTo(RequestStatus.IN_PROGRESS, null, null, now);
        if (assignee == null) {
            assignee = by;
        }
        acceptedAt = now;
        acceptedBy = by;
    }

    /** Transfer to the unit above or a unit directly below (R-SEED-5), while the request is open. */
    public void transferTo(OrgUnit target) {
        if (status.isFinal()) {
            throw new BusinessException("request.error.finalStatus");
        }
        boolean up = target != null && target.equals(orgUnit.getParent());
        boolean down = target != null && orgUnit.equals(target.getParent());
        if (!up && !down) {
            throw new BusinessException("request.error.transferTarget");
        }
        orgUnit = target;
    }

    public void assign(User newAssignee) {
        if (status.isFinal()) {
            throw new BusinessException("request.error.finalStatus");
        }
        assignee = newAssignee;
    }

    /** The author or a manager may still change the content while the request is new or back for rework. */
    public Long getBudgetLineId() {
        return budgetLineId;
    }

    public boolean isOverLimit() {
        return overLimit;
    }

    public User getFirstApprovalBy() {
        return firstApprovalBy;
    }

    public boolean isEditable() {
        return status == RequestStatus.NEW || status == RequestStatus.REWORK;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOverdue(deadline, today);
    }

    public String getNumber() {
        return number;
    }

    public RequestType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public User getAuthor() {
        return author;
    }

    public User getAssignee() {
        return assignee;
    }

    public Project getProject() {
        return project;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public Map<String, String> getDetails() {
        return java.util.Collections.unmodifiableMap(details);
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Request getDuplicateOf() {
        return duplicateOf;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public User getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    @Override
    public String auditType() {
        return "Request";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("type", type.name());
        m.put("title", title);
        m.put("description", description);
        m.put("orgUnit", orgUnit.getName());
        m.put("priority", priority.name());
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("status", status.name());
        m.put("assignee", assignee == null ? null : assignee.getLogin());
        m.put("project", project == null ? null : project.getCode());
        m.put("amount", amount == null ? null : amount.toPlainString() + " " + currency);
        m.put("statusReason", statusReason);
        m.put("duplicateOf", duplicateOf == null ? null : duplicateOf.getNumber());
        m.put("acceptedBy", acceptedBy == null ? null : acceptedBy.getLogin());
        m.put("budgetLine", budgetLineId == null ? null : "#" + budgetLineId);
        m.put("overLimit", overLimit ? "true" : null);
        m.put("firstApprovalBy", firstApprovalBy == null ? null : firstApprovalBy.getLogin());
        details.forEach((k, v) -> m.put("field." + k, v));
        return m;
    }
}

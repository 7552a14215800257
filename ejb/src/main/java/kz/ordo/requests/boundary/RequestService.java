package kz.ordo.requests.boundary;

import kz.ordo.approvals.control.ApprovalRules;
import kz.ordo.approvals.entity.Step;
import kz.ordo.requests.entity.RequestApproval;
import kz.ordo.requests.entity.RequestStatus;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.control.RequestExport;
import kz.ordo.requests.control.RequestNumbers;
import kz.ordo.requests.control.RequestRepository;
import kz.ordo.requests.control.RequestWorkflow;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.Messages;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import kz.ordo.shared.TransactionMemo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Requests (R-REQ-1..4): create, edit, list, open, move through the workflow, transfer, history, export.
 * Every method applies the caller's access scope; an external contractor sees only requests assigned to them
 * and cannot create any. The page and the REST API both call this service.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class RequestService {

    public static final String TYPE = "Request";
    /** The largest export, so one click cannot tie up the server for hours. */
    public static final int EXPORT_MAX_ROWS = 200_000;
    /** Lists count matching rows up to this many; beyond it they say "10 000+" (filters narrow it down). */
    public static final int COUNT_CAP = CappedCount.CAP;

    /**
     * A text search is counted up to 1,000 ("1 000+"): its matches are read row by row (the words' index, then the
     * scope), so a common word counted to 10,000 read tens of thousands of rows per page; a search that finds more
     * than a thousand is narrowed, not paged through.
     */
    public static final int SEARCH_COUNT_CAP = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    kz.ordo.requests.control.RequestNotices notices;

    @Inject
    RequestRepository repository;

    @Inject
    kz.ordo.requests.control.BudgetGuard budgetGuard;

    @Inject
    ApprovalRules approvalRules;

    @Inject
    RequestNumbers numbers;

    @Inject
    AttachmentService attachments;

    @Inject
    RequestExport exporter;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<RequestAccepted> accepted;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    /**
     * The number of matching requests, exact up to {@link #countCap} of the filter ({@link #COUNT_CAP}, or
     * {@link #SEARCH_COUNT_CAP} for a text search); that cap + 1 means "more".
     */
    public long count(RequestFilter filter) {
        RequestFilter f = orNone(filter);
        return repository.count(f, callers.scope(), LocalDate.now(clock), clock.getZone(), countCap(f));
    }

    public static int countCap(RequestFilter filter) {
        return filter != null && filter.searches() ? SEARCH_COUNT_CAP : COUNT_CAP;
    }

    public List<RequestRow> rows(RequestFilter filter, PageRequest page) {
        return repository.rows(orNone(filter), callers.scope(), page, LocalDate.now(clock), clock.getZone());
    }

    /** A page and its total in one transaction (the list page and the REST API). */
    public Page<RequestRow> list(RequestFilter filter, PageRequest page) {
        AccessScope scope = callers.scope();
        LocalDate today = LocalDate.now(clock);
        RequestFilter f = orNone(filter);
        int cap = countCap(f);
        long total = repository.count(f, scope, today, clock.getZone(), cap);
        return Page.of(total, cap, page, () -> repository.rows(f, scope, page, today, clock.getZone()));
    }

    private static RequestFilter orNone(RequestFilter f) {
        return f == null ? RequestFilter.none() : f;
    }

    /** Opens a request; one outside the caller's scope is reported as not found. */
    public Request find(Long id) {
        AccessScope scope = callers.scope();
        // a card asks for its request several times (the card, its tasks, its files and comments): within one
        // transaction the request this caller was allowed to see is the same managed object, so it is read once
        return TransactionMemo.get(transaction, new SeenRequest(id, scope.caller().login()), () -> {
            Request r = id == null ? null : repository.findForCard(id);
            if (r == null || !(visible(r, scope) || namedApprover(r, scope.caller(), approvalRules))) {
                if (r != null) {
                    SecurityLog.event("access.denied", scope.caller().login(), "Request " + id);
                }
                throw new NotFoundException(TYPE, id);
            }
            return r;
        });
    }

    /** The key of a request found visible to a caller in the current transaction. */
    private record SeenRequest(Long id, String login) {
    }

    /**
     * The one access rule of a request's card: its unit in the scope, or written by or assigned to the person, or a
     * type the person approves company-wide ({@link RequestWorkflow#typesSeenEverywhere}).
     */
    static boolean visible(Request r, AccessScope scope) {
        return scope.canSee(r.getOrgUnit(), r.getAuthor(), r.getAssignee())
                || RequestWorkflow.typesSeenEverywhere(scope.caller()).contains(r.getType());
    }

    /** The person (or whoever stands in for them) is named on a step of the request's approval chain. */
    static boolean namedApprover(Request r, Caller c, ApprovalRules rules) {
        if (r.getApprovals().stream().noneMatch(a -> a.getApprover() != null)) {
            return false;
        }
        Set<Long> people = rules.selfAndDelegators(c.userId());
        return r.getApprovals().stream().anyMatch(a -> a.getApprover() != null && people.contains(a.getApprover().getId()));
    }

    /** The request with its type-specific fields loaded, for the card and the REST API. */
    public Request open(Long id) {
        Request r = find(id);
        r.getDetails().size();
        if (r.getProject() != null) {
            r.getProject().getName();
        }
        if (r.getDuplicateOf() != null) {
            r.getDuplicateOf().getNumber();
        }
        if (r.getFirstApprovalBy() != null) {
            r.getFirstApprovalBy().getFullName();
        }
        r.getApprovals().forEach(a -> {
            if (a.getApprover() != null) {
                a.getApprover().getFullName();
            }
            if (a.getDecidedBy() != null) {
                a.getDecidedBy().getFullName();
            }
        });
        return r;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
            Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT})
    public Request create(NewRequest form) {
        Caller caller = callers.current();
        if (caller.isContractor()) {
            throw new BusinessException("request.error.contractorCannotCreate");
        }
        if (form.type() == null) {
            throw new BusinessException("request.error.type");
        }
        LocalDate today = LocalDate.now(clock);
        OrgUnit unit = unit(form.unitId());
        User assignee = assignee(form.assigneeId());
        Project project = project(form.projectId());
        User author = em.find(User.class, caller.userId());
        Request request = new Request(numbers.next(form.type(), today.getYear()), form.type(), author, form.title(),
                form.description(), unit, form.priority(), form.deadline(), assignee, today);
        request.describe(form.fields(), form.amount(), form.currency(), project);
        charge(request, form.budgetLineId(), caller);
        em.persist(request);
        em.flush();
        audit.created(caller.login(), request);
        notices.assigned(request, author);
        return request;
    }

    /** Changes the content of a request that is new or back for rework (author or manager). */
    public Request update(Long id, long version, NewRequest form) {
        Caller caller = callers.current();
        Request r = editable(id, version);
        if (!RequestWorkflow.mayEdit(r, caller)) {
            throw new BusinessException("request.error.notEditable");
        }
        if (form.type() != null && form.type() != r.getType()) {
            throw new BusinessException("request.error.typeFixed");
        }
        Map<String, String> before = r.auditState();
        r.edit(form.title(), form.description(), unit(form.unitId()), form.priority(), form.deadline(),
                form.assigneeId() == null ? r.getAssignee() : assignee(form.assigneeId()), LocalDate.now(clock));
        r.describe(form.fields(), form.amount(), form.currency(), project(form.projectId()));
        charge(r, form.budgetLineId(), caller);
        em.flush();
        audit.changed(caller.login(), r, before, AuditAction.UPDATE);
        return r;
    }

    private void charge(Request r, Long lineId, Caller caller) {
        if (lineId != null && !lineId.equals(r.getBudgetLineId())) {
            budgetGuard.checkChargeable(lineId, caller);
        }
        r.chargeTo(lineId);
    }

    /** How the card names the request's budget line, or null. */
    public String budgetLineLabel(Request r) {
        return r.getBudgetLineId() == null ? null : budgetGuard.label(r.getBudgetLineId());
    }

    /** The remainder of the request's budget line now, or null. */
    public java.math.BigDecimal budgetLineRemainder(Request r) {
        return r.getBudgetLineId() == null ? null : budgetGuard.remainder(r.getBudgetLineId());
    }

    /**
     * The request's card: the request with its fields ({@link #open}) and what the caller may do with it now, in one
     * call, so that a card asks the caller and its rights once instead of once per question.
     */
    public RequestCard card(Long id) {
        Request r = open(id);
        Caller caller = callers.current();
        return new RequestCard(r, allowedActions(r, caller), RequestWorkflow.mayEdit(r, caller), RequestWorkflow.mayAssign(r, caller),
                RequestWorkflow.mayTransfer(r, caller) ? transferTargets(r) : List.of(), RequestWorkflow.mayAddTask(r, caller));
    }

    /** The workflow actions the caller may take on the request now: what the card offers. */
    public Set<RequestAction> allowedActions(Request r) {
        return allowedActions(r, callers.current());
    }

    private Set<RequestAction> allowedActions(Request r, Caller caller) {
        Set<RequestAction> out = java.util.EnumSet.noneOf(RequestAction.class);
        out.addAll(RequestWorkflow.allowed(r, caller));
        if (r.getStatus() == RequestStatus.ON_APPROVAL && !r.getApprovals().isEmpty()) {
            boolean decider = deciderStep(r, caller).isPresent();
            for (RequestAction a : List.of(RequestAction.APPROVE, RequestAction.REJECT, RequestAction.RETURN_FOR_REWORK)) {
                if (decider) {
                    out.add(a);
                } else {
                    out.remove(a);
                }
            }
        }
        return out;
    }

    public boolean mayEdit(Request r) {
        return RequestWorkflow.mayEdit(r, callers.current());
    }

    /**
     * Takes a workflow action (R-REQ-3). Refused when the move does not exist from the current status, the
     * caller's part does not allow it, a reason or the original of a duplicate is missing, or — for a payment
     * going to approved — its invoice or basis document is not attached (R-RULE-6).
     */
    public Request act(Long id, Long version, RequestAction action, String reason, String duplicateOfNumber) {
        if (action == null) {
            throw new BusinessException("request.error.action");
        }
        Caller caller = callers.current();
        Request r = editable(id, version);
        RequestApproval step = null;
        if (decidesChain(r, action)) {
            // a request with a chain: the decisions belong to whoever its current step waits for
            RequestWorkflow.checkTransition(action, r);
            step = deciderStep(r, caller).orElseThrow(() -> new BusinessException("request.error.notYourStep"));
        } else {
            RequestWorkflow.check(action, r, caller);
        }
        if (action == RequestAction.APPROVE && r.getType() == RequestType.PAYMENT) {
            requirePaymentDocuments(r);
        }
        if (step != null) {
            User me = em.find(User.class, caller.userId());
            boolean complete = r.decideStep(step, action == RequestAction.APPROVE, me, reason, clock.instant());
            if (action == RequestAction.APPROVE && !complete) {
                em.flush();
                audit.event(caller.login(), TYPE, r.getId(), AuditAction.TRANSITION, "APPROVED " + stepName(step)
                        + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
                notices.approvalNeeded(r, me);
                return r; // the next position's approvers decide now
            }
        } else if (action == RequestAction.APPROVE && r.isOverLimit()) {
            if (r.getFirstApprovalBy() == null) {
                Map<String, String> before = r.auditState();
                r.approveFirst(em.find(User.class, caller.userId()));
                em.flush();
                audit.changed(caller.login(), r, before, AuditAction.TRANSITION);
                return r; // stays on approval for the head's or the financial director's second approval
            }
            RequestWorkflow.checkSecondApproval(r, caller, r.getFirstApprovalBy().getRoles());
        }
        Request original = null;
        if (action == RequestAction.MARK_DUPLICATE) {
            original = byNumber(duplicateOfNumber);
        }
        Map<String, String> before = r.auditState();
        if (action == RequestAction.ACCEPT) {
            r.accept(em.find(User.class, caller.userId()), clock.instant());
        } else {
            r.moveTo(action.target(), reason, original, clock.instant());
        }
        if (action == RequestAction.SEND_FOR_APPROVAL) {
            r.judgeLimit(r.getBudgetLineId() != null && budgetGuard.exceedsRemainder(r));
            List<Step> chain = approvalRules.chainFor(r.getType().name(), amountForRules(r));
            // with a chain, an overspend adds the head's and the financial director's approvals as its last position
            r.startChain(chain.isEmpty() || !r.isOverLimit() ? chain : ApprovalRules.withExtra(chain, Role.HEAD, Role.FINANCE));
        }
        em.flush();
        audit.changed(caller.login(), r, before, AuditAction.TRANSITION);
        notices.moved(r, em.find(User.class, caller.userId()), reason);
        if (action == RequestAction.ACCEPT) {
            accepted.fire(new RequestAccepted(r.getId(), caller.userId(), caller.login()));
        }
        return r;
    }

    /** Whether this action on this request is a decision of its approval chain (it has one and is on approval). */
    private static boolean decidesChain(Request r, RequestAction action) {
        return r.getStatus() == RequestStatus.ON_APPROVAL && !r.getApprovals().isEmpty()
                && (action == RequestAction.APPROVE || action == RequestAction.REJECT || action == RequestAction.RETURN_FOR_REWORK);
    }

    /** The current step the caller may decide: named (or standing in), or holding its role and seeing the request. */
    private java.util.Optional<RequestApproval> deciderStep(Request r, Caller caller) {
        if (caller.userId().equals(r.getAuthor().getId())) {
            return java.util.Optional.empty(); // nobody approves their own request
        }
        boolean sees = visible(r, new AccessScope(caller));
        return r.currentSteps().stream().filter(s -> approvalRules.isDecider(s, caller, sees)).findFirst();
    }

    /**
     * The amount the rules' thresholds (in KZT) are compared with: a tenge amount as it is; without an amount,
     * zero; in a foreign currency (no rate on a request), every rule of the type applies.
     */
    private static BigDecimal amountForRules(Request r) {
        if (r.getAmount() == null) {
            return BigDecimal.ZERO;
        }
        return r.getCurrency() == kz.ordo.shared.Currency.KZT ? r.getAmount() : new BigDecimal("9999999999999999.99");
    }

    private static String stepName(RequestApproval step) {
        return step.getApprover() != null ? step.getApprover().getLogin() : step.getRole();
    }

    private void requirePaymentDocuments(Request r) {
        Set<AttachmentKind> kinds = attachments.kinds(new RecordRef(TYPE, r.getId()));
        List<Messages.Text> missing = new ArrayList<>();
        if (!kinds.contains(AttachmentKind.INVOICE)) {
            missing.add(new Messages.Text("file.kind.INVOICE"));
        }
        if (!kinds.contains(AttachmentKind.BASIS)) {
            missing.add(new Messages.Text("file.kind.BASIS"));
        }
        if (missing.size() == 2) {
            throw new BusinessException("request.error.paymentDocuments2", missing.get(0), missing.get(1));
        }
        if (missing.size() == 1) {
            throw new BusinessException("request.error.paymentDocuments", missing.get(0));
        }
    }

    private Request byNumber(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        List<Request> found = em.createQuery("SELECT r FROM Request r WHERE r.number = :n", Request.class)
                .setParameter("n", n).getResultList();
        if (found.isEmpty() || !visible(found.get(0), callers.scope())) {
            throw new BusinessException("request.error.duplicateOf");
        }
        return found.get(0);
    }

    /** Transfers an open request to the unit above or one directly below (R-SEED-5). */
    public Request transfer(Long id, Long version, Long unitId, String reason) {
        Caller caller = callers.current();
        Request r = editable(id, version);
        if (!RequestWorkflow.mayTransfer(r, caller)) {
            throw new BusinessException("request.error.actionForbidden", new Messages.Text("request.action.TRANSFER"));
        }
        Map<String, String> before = r.auditState();
        r.transferTo(unitId == null ? null : em.find(OrgUnit.class, unitId));
        em.flush();
        audit.changed(caller.login(), r, before, AuditAction.TRANSFER);
        if (reason != null && !reason.isBlank()) {
            audit.event(caller.login(), TYPE, r.getId(), AuditAction.TRANSFER, reason.strip());
        }
        return r;
    }

    /** The units a request may be transferred to: the parent and the children of its unit. */
    private List<OrgUnit> transferTargets(Request r) {
        List<OrgUnit> out = new ArrayList<>();
        if (r.getOrgUnit().getParent() != null) {
            out.add(r.getOrgUnit().getParent());
        }
        out.addAll(em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent = :p ORDER BY u.name", OrgUnit.class)
                .setParameter("p", r.getOrgUnit()).getResultList());
        return out;
    }

    /** Assigns (or reassigns) the request; managers only. */
    public Request assign(Long id, Long version, Long assigneeId) {
        Caller caller = callers.current();
        Request r = editable(id, version);
        if (!RequestWorkflow.isManager(caller)) {
            throw new BusinessException("request.error.actionForbidden", new Messages.Text("request.action.ASSIGN"));
        }
        Map<String, String> before = r.auditState();
        r.assign(assignee(assigneeId));
        em.flush();
        audit.changed(caller.login(), r, before, AuditAction.UPDATE);
        notices.assigned(r, em.find(User.class, caller.userId()));
        return r;
    }

    /** Everything that happened to the request (R-COM-4), oldest first; the caller must be able to see it. */
    public List<HistoryEntry> history(Long id) {
        Request r = find(id);
        return em.createQuery("SELECT NEW kz.ordo.requests.boundary.HistoryEntry(a.id, a.at, a.actor, u.fullName,"
                        + " a.action, a.field, a.oldValue, a.newValue) FROM AuditEntry a LEFT JOIN User u ON u.login = a.actor"
                        + " WHERE a.entityType = :t AND a.entityId = :id ORDER BY a.at, a.id", HistoryEntry.class)
                .setParameter("t", TYPE).setParameter("id", r.getId()).setMaxResults(5000).getResultList();
    }

    /**
     * Writes exactly the rows the filter shows, in the list's order, as CSV or XLSX, streaming: rows are read
     * through a database cursor and written as they come, so memory stays flat for any size.
     */
    public long export(RequestFilter filter, String sortField, boolean ascending, kz.ordo.shared.ExportFormat format,
                       Locale locale, OutputStream out) throws IOException {
        return exporter.write(repository.stream(orNone(filter), callers.scope(), sortField, ascending,
                LocalDate.now(clock), clock.getZone(), EXPORT_MAX_ROWS), format, locale, clock.getZone(), out);
    }

    private Request editable(Long id, Long version) {
        Request r = find(id);
        if (version != null && r.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return r;
    }

    private OrgUnit unit(Long unitId) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new BusinessException("request.error.department");
        }
        return unit;
    }

    private User assignee(Long assigneeId) {
        if (assigneeId == null) {
            return null;
        }
        User u = em.find(User.class, assigneeId);
        if (u == null || u.getStatus() != UserStatus.ACTIVE) {
            throw new BusinessException("request.error.assignee");
        }
        return u;
    }

    private Project project(Long projectId) {
        if (projectId == null) {
            return null;
        }
        Project p = em.find(Project.class, projectId);
        if (p == null) {
            throw new BusinessException("request.error.project");
        }
        return p;
    }
}

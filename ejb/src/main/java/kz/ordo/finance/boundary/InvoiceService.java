package kz.ordo.finance.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import kz.ordo.approvals.control.ApprovalRules;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.finance.entity.BudgetLine;
import kz.ordo.finance.entity.Counterparty;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceApproval;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.notifications.control.Hierarchy;
import kz.ordo.notifications.control.Notifier;
import kz.ordo.notifications.entity.NotificationKind;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import kz.ordo.shared.TransactionMemo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The invoice registry (R-FIN-1..3, R-BUD-2): register (likely duplicates flagged first), edit while received,
 * send for approval (documents checked, the chain built from the approval rules, the budget line's remainder
 * checked under a row lock so two invoices cannot both slip under the same last remainder — over the limit adds
 * the head's extra approval), decide steps in order (a named approver's substitute may decide for them), send to
 * payment, mark paid, close. Scope: the caller's unit and below; finance and heads approve, never their own.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.FINANCE, Role.Names.MANAGER})
public class InvoiceService {

    public static final String TYPE = "Invoice";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    @Inject
    AttachmentService attachments;

    @Inject
    Notifier notifier;

    @Inject
    Hierarchy hierarchy;

    @Inject
    Clock clock;

    @Inject
    kz.ordo.finance.control.LineHolds holds;

    @Inject
    ApprovalRules rules;

    @Inject
    kz.ordo.identity.control.UnitSubtrees subtrees;

    @Resource
    TransactionSynchronizationRegistry txRegistry;

    @Inject
    kz.ordo.requests.boundary.RequestService requests;

    // ---- reading ----

    public Invoice find(Long id) {
        Invoice i = id == null ? null : em.find(Invoice.class, id);
        if (i == null || !visible(i, callers.scope())) {
            throw new NotFoundException(TYPE, id);
        }
        return i;
    }

    /** The registry's access rule for one invoice (see {@link #seesAll}). */
    static boolean visible(Invoice i, AccessScope scope) {
        return seesAll(scope.caller()) || scope.canSee(i.getOrgUnit(), i.getCreatedBy(), null);
    }

    /** Finance and administrators keep the whole registry; others see their unit and below, and their own. */
    private static boolean seesAll(Caller c) {
        return c.has(Role.ADMIN) || c.has(Role.FINANCE);
    }

    /** The invoice with its chain and the people on it (the card). */
    public Invoice open(Long id) {
        Invoice i = find(id);
        i.getCounterparty().getName();
        if (i.getProject() != null) {
            i.getProject().getName();
        }
        if (i.getRequest() != null) {
            i.getRequest().getTitle();
        }
        i.getApprovals().forEach(a -> {
            if (a.getDecidedBy() != null) {
                a.getDecidedBy().getFullName();
            }
            if (a.getApprover() != null) {
                a.getApprover().getFullName();
            }
        });
        return i;
    }

    /**
     * The registry's query: the caller's scope, then the filter. A scope or a unit filter becomes the ids of its
     * units (read from the org_unit path index) compared with the invoice's foreign key, and "their own" its
     * author's, so PostgreSQL reads the invoices of those units and that author by index instead of joining every
     * invoice to its unit (a manager's page read all 200,000 invoices twice, 120 ms); finance and administrators
     * keep the whole registry without a scope condition.
     */
    private <T> TypedQuery<T> filtered(String select, InvoiceFilter f, Class<T> type, String order) {
        Caller c = callers.current();
        boolean all = seesAll(c);
        List<Long> parties = null;
        StringBuilder where = new StringBuilder(all ? " WHERE i.id IS NOT NULL"
                : " WHERE (i.orgUnit.id IN :scope OR i.createdBy.id = :me)");
        if (f.status() != null) {
            where.append(" AND i.status = :status");
        }
        if (f.counterpartyId() != null) {
            where.append(" AND i.counterparty.id = :cp");
        }
        if (f.unitId() != null) {
            where.append(" AND i.orgUnit.id IN :unit");
        }
        if (f.budgetLineId() != null) {
            where.append(" AND i.budgetLine.id = :line");
        }
        if (f.from() != null) {
            where.append(" AND i.invoiceDate >= :from");
        }
        if (f.to() != null) {
            where.append(" AND i.invoiceDate <= :to");
        }
        if (f.text() != null && !f.text().isBlank()) {
            parties = partiesMatching(f.text());
            where.append(" AND (LOWER(i.number) LIKE :text ESCAPE '\\' OR LOWER(i.purpose) LIKE :text ESCAPE '\\'");
            if (parties == null) {
                where.append(" OR LOWER(i.counterparty.name) LIKE :text ESCAPE '\\'"
                        + " OR i.counterparty.bin LIKE :text ESCAPE '\\'");
            } else if (!parties.isEmpty()) {
                where.append(" OR i.counterparty.id IN :parties");
            }
            where.append(')');
        }
        TypedQuery<T> q = em.createQuery(select + " FROM Invoice i" + where + order, type);
        if (!all) {
            q.setParameter("scope", unitIds(c.unitPath())).setParameter("me", c.userId());
        }
        if (f.status() != null) {
            q.setParameter("status", f.status());
        }
        if (f.counterpartyId() != null) {
            q.setParameter("cp", f.counterpartyId());
        }
        if (f.unitId() != null) {
            OrgUnit unit = em.find(OrgUnit.class, f.unitId());
            q.setParameter("unit", unitIds(unit == null ? null : unit.getPath()));
        }
        if (f.budgetLineId() != null) {
            q.setParameter("line", f.budgetLineId());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            q.setParameter("text", AccessScope.containsPattern(f.text()));
            if (parties != null && !parties.isEmpty()) {
                q.setParameter("parties", parties);
            }
        }
        return q;
    }

    /** The most counterparties a text filter names by id; past it the registry's query joins their names. */
    static final int PARTIES_BY_ID = 1_000;

    /** The key of the counterparties a text matched in the current transaction. */
    private record PartiesMatching(String text) {
    }

    /**
     * The ids of the counterparties whose name or BIN contains the text (read once per transaction: a page and its
     * count ask twice), or null when more than {@link #PARTIES_BY_ID} match.
     */
    private List<Long> partiesMatching(String text) {
        return TransactionMemo.get(txRegistry, new PartiesMatching(text), () -> {
            List<Long> ids = em.createQuery("SELECT c.id FROM Counterparty c WHERE LOWER(c.name) LIKE :t ESCAPE '\\'"
                            + " OR c.bin LIKE :t ESCAPE '\\'", Long.class)
                    .setParameter("t", AccessScope.containsPattern(text)).setMaxResults(PARTIES_BY_ID + 1).getResultList();
            return ids.size() > PARTIES_BY_ID ? null : List.copyOf(ids);
        });
    }

    /** A unit and the units below it; no unit (none, or an unknown id in a filter) matches no invoice. */
    private List<Long> unitIds(String path) {
        List<Long> ids = path == null ? List.of() : subtrees.idsBelow(path);
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    public long count(InvoiceFilter f) {
        return CappedCount.of(filtered("SELECT i.id", f, Long.class, ""), () -> filtered("SELECT COUNT(i.id)", f, Long.class, ""),
                CappedCount.CAP);
    }

    /** A page of the registry and its total in one transaction (the registry page and the REST API). */
    public Page<Invoice> page(InvoiceFilter f, PageRequest page) {
        return Page.of(count(f), CappedCount.CAP, page, () -> list(f, page));
    }

    public List<Invoice> list(InvoiceFilter f, PageRequest page) {
        List<Invoice> rows = filtered("SELECT i", f, Invoice.class, " ORDER BY i.createdAt DESC, i.id DESC")
                .setHint("eclipselink.join-fetch", "i.counterparty")
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return rows;
    }

    public static final int EXPORT_CAP = 200_000;

    /** The registry as the filter shows it (R-FIN-5), streamed, with a totals row; at most {@link #EXPORT_CAP} rows. */
    public long export(InvoiceFilter f, kz.ordo.shared.ExportFormat format, Locale locale, java.io.OutputStream out)
            throws java.io.IOException {
        List<kz.ordo.shared.TableExport.Column<Invoice>> cols = List.of(
                new kz.ordo.shared.TableExport.Column<>("invoice.number", Invoice::getNumber),
                new kz.ordo.shared.TableExport.Column<>("invoice.date", Invoice::getInvoiceDate),
                new kz.ordo.shared.TableExport.Column<>("invoice.counterparty", i -> i.getCounterparty().getName()),
                new kz.ordo.shared.TableExport.Column<>("counterparty.bin", i -> i.getCounterparty().getBin()),
                new kz.ordo.shared.TableExport.Column<>("invoice.amount", Invoice::getAmount),
                new kz.ordo.shared.TableExport.Column<>("invoice.currency", i -> i.getCurrency().name()),
                new kz.ordo.shared.TableExport.Column<>("invoice.amountKzt", Invoice::getAmountKzt),
                new kz.ordo.shared.TableExport.Column<>("invoice.purpose", Invoice::getPurpose),
                new kz.ordo.shared.TableExport.Column<>("invoice.unit", i -> i.getOrgUnit().getName()),
                new kz.ordo.shared.TableExport.Column<>("invoice.status", i -> kz.ordo.shared.Messages.get(locale, "invoice." + i.getStatus())),
                new kz.ordo.shared.TableExport.Column<>("invoice.paymentDue", Invoice::getPaymentDue));
        java.util.stream.Stream<Invoice> rows = filtered("SELECT i", f, Invoice.class, " ORDER BY i.invoiceDate DESC, i.id DESC")
                .setHint("eclipselink.join-fetch", "i.counterparty").setHint("eclipselink.join-fetch", "i.orgUnit")
                .setMaxResults(EXPORT_CAP).getResultStream();
        return kz.ordo.shared.TableExport.write(rows, cols, format, "menu.invoices", true, locale,
                kz.ordo.shared.ClockProducer.BUSINESS_ZONE, out);
    }

    /** Invoices of the same counterparty with the same number and amount: probably the same bill twice. */
    public List<Invoice> likelyDuplicates(Long counterpartyId, String number, BigDecimal amount, Long exceptId) {
        if (counterpartyId == null || number == null || amount == null) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Invoice i WHERE i.counterparty.id = :cp AND LOWER(i.number) = :n"
                        + " AND i.amount = :a AND i.id <> :except", Invoice.class)
                .setParameter("cp", counterpartyId).setParameter("n", number.strip().toLowerCase(Locale.ROOT))
                .setParameter("a", amount).setParameter("except", exceptId == null ? -1L : exceptId).getResultList();
    }

    // ---- changing ----

    public Invoice register(InvoiceForm form) {
        Caller c = callers.current();
        Invoice i = new Invoice(em.find(User.class, c.userId()));
        apply(i, form);
        if (!form.confirmDuplicate()) {
            List<Invoice> dup = likelyDuplicates(form.counterpartyId(), form.number(), i.getAmount(), null);
            if (!dup.isEmpty()) {
                throw new BusinessException("invoice.error.duplicate", dup.get(0).getNumber(),
                        dup.get(0).getInvoiceDate().toString());
            }
        }
        em.persist(i);
        em.flush();
        audit.created(c.login(), i);
        return i;
    }

    public Invoice update(Long id, long version, InvoiceForm form) {
        Invoice i = editable(id, version);
        Map<String, String> before = i.auditState();
        apply(i, form);
        em.flush();
        audit.changed(callers.login(), i, before, AuditAction.UPDATE);
        return i;
    }

    private void apply(Invoice i, InvoiceForm f) {
        Caller c = callers.current();
        OrgUnit unit = f.unitId() == null ? null : em.find(OrgUnit.class, f.unitId());
        if (unit != null && !c.covers(unit) && !c.has(Role.ADMIN)) {
            throw new BusinessException("invoice.error.unitScope");
        }
        Counterparty party = f.counterpartyId() == null ? null : em.find(Counterparty.class, f.counterpartyId());
        Project project = f.projectId() == null ? null : em.find(Project.class, f.projectId());
        if (f.projectId() != null && (project == null || (!project.isActive() && !project.equals(i.getProject())))) {
            throw new BusinessException("invoice.error.project");
        }
        BudgetLine line = f.budgetLineId() == null ? null : em.find(BudgetLine.class, f.budgetLineId());
        Request request = f.requestId() == null ? null : payable(f.requestId(), i);
        i.edit(f.number(), f.invoiceDate(), party, f.amount(), f.currency(), f.rate(), f.purpose(), unit, project, line, request,
                f.paymentDue());
    }


    /** The payment or purchase request an invoice pays: one the caller may open (or the one it already pays). */
    private Request payable(Long requestId, Invoice i) {
        if (i.getRequest() != null && i.getRequest().getId().equals(requestId)) {
            return i.getRequest();
        }
        try {
            Request r = requests.find(requestId);
            if (r.getType() != kz.ordo.requests.entity.RequestType.PAYMENT
                    && r.getType() != kz.ordo.requests.entity.RequestType.PURCHASE) {
                throw new BusinessException("invoice.error.request");
            }
            return r;
        } catch (NotFoundException e) {
            throw new BusinessException("invoice.error.request");
        }
    }

    public Invoice submit(Long id, long version) {
        Invoice i = editable(id, version);
        Set<AttachmentKind> kinds = attachments.kinds(new RecordRef(TYPE, i.getId()));
        boolean over = false;
        if (i.getBudgetLine() != null) {
            // the line's row lock makes concurrent submissions against the same line take turns (R-BUD-2)
            BudgetLine line = em.find(BudgetLine.class, i.getBudgetLine().getId(), LockModeType.PESSIMISTIC_WRITE);
            // the request this invoice pays hands its hold over to it: only what the invoice adds beyond that hold
            // must fit in the remainder (an overspend already approved on the request is not asked for again)
            BigDecimal heldAll = holds.held(line.getId(), i.getId(), null);
            BigDecimal requestHold = i.getRequest() == null ? BigDecimal.ZERO
                    : heldAll.subtract(holds.held(line.getId(), i.getId(), i.getRequest().getId()));
            BigDecimal adds = i.getAmountKzt().subtract(requestHold);
            over = adds.signum() > 0 && adds.compareTo(line.getPlan().subtract(heldAll)) > 0;
        }
        List<kz.ordo.approvals.entity.Step> chain = chainFor(i.getAmountKzt(), over);
        Map<String, String> before = i.auditState();
        i.submit(kinds.contains(AttachmentKind.INVOICE), kinds.contains(AttachmentKind.BASIS), chain, over);
        em.flush();
        audit.changed(callers.login(), i, before, AuditAction.TRANSITION);
        tellCurrentApprovers(i);
        return i;
    }

    /** Every rule whose threshold the amount reaches; over the line's limit, the head's extra approval at the end. */
    List<kz.ordo.approvals.entity.Step> chainFor(BigDecimal amountKzt, boolean overLimit) {
        List<kz.ordo.approvals.entity.Step> chain = rules.chainFor(ApprovalRules.INVOICES, amountKzt);
        return overLimit ? ApprovalRules.withExtra(chain, Role.HEAD) : chain;
    }

    /** Whether the caller may decide this step now: the named person or their substitute, or a holder of the role. */
    public boolean mayDecide(InvoiceApproval step) {
        Caller c = callers.current();
        Invoice i = step.getInvoice();
        if (!step.isOpen() || i.getStatus() != InvoiceStatus.ON_APPROVAL || i.currentPosition().orElse(-1) != step.getPosition()
                || c.userId().equals(i.getCreatedBy().getId())) {
            return false;
        }
        return rules.isDecider(step, c, c.covers(i.getOrgUnit()) || seesAll(c));
    }

    /** Who stands in for a person today (their delegations). */
    public Set<Long> substitutes(Long userId) {
        return rules.substitutes(userId);
    }

    public Invoice decide(Long id, long version, Long stepId, boolean approve, String comment) {
        Invoice i = editable(id, version);
        InvoiceApproval step = i.getApprovals().stream().filter(a -> a.getId().equals(stepId)).findFirst()
                .orElseThrow(() -> new BusinessException("invoice.error.notYourTurn"));
        if (!mayDecide(step)) {
            throw new BusinessException("invoice.error.notYourTurn");
        }
        Map<String, String> before = i.auditState();
        i.decide(step, approve, em.find(User.class, callers.current().userId()), comment, clock.instant());
        em.flush();
        audit.event(callers.login(), TYPE, i.getId(), AuditAction.TRANSITION, (approve ? "APPROVED " : "REJECTED ")
                + (step.getRole() == null ? "" : step.getRole()) + (comment == null ? "" : ": " + comment));
        audit.changed(callers.login(), i, before, AuditAction.TRANSITION);
        if (i.getStatus() == InvoiceStatus.ON_APPROVAL) {
            tellCurrentApprovers(i);
        } else {
            notifier.notify(Notifier.Event.of(NotificationKind.STATUS_CHANGED, new RecordRef(TYPE, i.getId()),
                    em.find(User.class, callers.current().userId())).withStatus("invoice." + i.getStatus()).withReason(comment),
                    i.getCreatedBy().getId());
        }
        return i;
    }

    private void tellCurrentApprovers(Invoice i) {
        int position = i.currentPosition().orElse(-1);
        Set<Long> people = new LinkedHashSet<>();
        for (InvoiceApproval a : i.getApprovals()) {
            if (a.getPosition() != position || !a.isOpen()) {
                continue;
            }
            if (a.getApprover() != null) {
                people.add(a.getApprover().getId());
                people.addAll(substitutes(a.getApprover().getId()));
            } else {
                people.addAll(hierarchy.nearest(Role.valueOf(a.getRole()), i.getOrgUnit().getPath()));
            }
        }
        people.remove(i.getCreatedBy().getId());
        notifier.notify(Notifier.Event.of(NotificationKind.APPROVAL_NEEDED, new RecordRef(TYPE, i.getId()),
                em.find(User.class, callers.current().userId())), people);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice toPayment(Long id, long version) {
        Invoice i = editable(id, version);
        Set<AttachmentKind> kinds = attachments.kinds(new RecordRef(TYPE, i.getId()));
        return change(i, () -> i.toPayment(kinds.contains(AttachmentKind.INVOICE), kinds.contains(AttachmentKind.BASIS)));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice markPaid(Long id, long version) {
        Invoice i = editable(id, version);
        return change(i, () -> i.markPaid(clock.instant()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public Invoice close(Long id, long version) {
        Invoice i = editable(id, version);
        return change(i, i::close);
    }

    public Invoice reopen(Long id, long version) {
        Invoice i = editable(id, version);
        return change(i, i::reopen);
    }

    /** Names a substitute for the caller's approvals in a period. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.FINANCE})
    public void delegate(Long toUserId, LocalDate starts, LocalDate ends) {
        Caller c = callers.current();
        User to = toUserId == null ? null : em.find(User.class, toUserId);
        if (to == null || to.getStatus() != UserStatus.ACTIVE || to.getId().equals(c.userId())) {
            throw new BusinessException("delegation.error.person");
        }
        if (starts == null || ends == null || ends.isBefore(starts)) {
            throw new BusinessException("delegation.error.period");
        }
        em.createNativeQuery("INSERT INTO delegation (id, from_id, to_id, starts, ends, created_at, updated_at)"
                        + " VALUES (nextval('ordo_seq'), ?1, ?2, ?3, ?4, now(), now())")
                .setParameter(1, c.userId()).setParameter(2, to.getId()).setParameter(3, Date.valueOf(starts))
                .setParameter(4, Date.valueOf(ends)).executeUpdate();
        audit.event(c.login(), "Delegation", null, AuditAction.CREATE, to.getLogin() + " " + starts + " – " + ends);
    }

    /** The caller's own delegations: substitute's name, from, to. */
    public List<Object[]> myDelegations() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.full_name, d.starts, d.ends FROM delegation d JOIN app_user u ON u.id = d.to_id"
                + " WHERE d.from_id = ?1 ORDER BY d.starts DESC").setParameter(1, callers.current().userId()).getResultList();
        return rows;
    }

    /** The approval rules: id, threshold in KZT, position, role, named approver, what they apply to. */
    public List<Object[]> approvalRules() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.min_amount_kzt, r.position, r.role, u.full_name, r.applies_to"
                + " FROM approval_rule r LEFT JOIN app_user u ON u.id = r.approver_id"
                + " ORDER BY r.applies_to, r.position, r.min_amount_kzt, r.id").getResultList();
        return rows;
    }

    /** Adds a step to the chain of every invoice from the threshold up: a role, or a named person. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void addApprovalRule(BigDecimal minAmountKzt, int position, Role role, Long approverId) {
        addApprovalRule(ApprovalRules.INVOICES, minAmountKzt, position, role, approverId);
    }

    /**
     * Adds a step to the chain of every invoice ({@link ApprovalRules#INVOICES}) or every request of a type
     * (its name) from the threshold up: a role, or a named person.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void addApprovalRule(String appliesTo, BigDecimal minAmountKzt, int position, Role role, Long approverId) {
        boolean known = ApprovalRules.INVOICES.equals(appliesTo) || java.util.Arrays.stream(RequestType.values())
                .anyMatch(t -> t.name().equals(appliesTo));
        if (!known || minAmountKzt == null || minAmountKzt.signum() < 0 || position < 1 || position > 20
                || (role == null) == (approverId == null) || role == Role.CONTRACTOR) {
            throw new BusinessException("approval.error.rule");
        }
        em.createNativeQuery("INSERT INTO approval_rule (id, applies_to, min_amount_kzt, position, role, approver_id)"
                        + " VALUES (nextval('ordo_seq'), ?5, ?1, ?2, ?3, CAST(?4 AS BIGINT))")
                .setParameter(1, minAmountKzt).setParameter(2, position).setParameter(3, role == null ? null : role.name())
                .setParameter(4, approverId).setParameter(5, appliesTo).executeUpdate();
        audit.event(callers.login(), "ApprovalRule", null, AuditAction.CREATE, appliesTo + " " + minAmountKzt + " #" + position + " "
                + (role == null ? "user " + approverId : role.name()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.FINANCE})
    public void removeApprovalRule(Long id) {
        if (em.createNativeQuery("DELETE FROM approval_rule WHERE id = ?1").setParameter(1, id).executeUpdate() == 0) {
            throw new NotFoundException("ApprovalRule", id);
        }
        audit.event(callers.login(), "ApprovalRule", id, AuditAction.DELETE, null);
    }

    private Invoice change(Invoice i, Runnable r) {
        Map<String, String> before = i.auditState();
        r.run();
        em.flush();
        audit.changed(callers.login(), i, before, AuditAction.TRANSITION);
        return i;
    }

    private Invoice editable(Long id, long version) {
        Invoice i = find(id);
        if (i.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return i;
    }
}

package kz.ordo.tasks.boundary;

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
import kz.ordo.identity.control.UnitSubtrees;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.control.RequestWorkflow;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.Messages;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import kz.ordo.tasks.control.ExecutorFinder;
import kz.ordo.tasks.control.TaskPlanner;
import kz.ordo.tasks.entity.Task;
import kz.ordo.tasks.entity.TaskStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tasks (R-TASK-1..5, R-RULE-4, R-ROLE-3): reading within the caller's scope, the execution workflow
 * (take, submit a result, accept or return for rework, cancel), assignment with proposed executors,
 * dependencies, "My tasks", the team board and the workload view. The pages and the REST API call it.
 * <ul>
 *   <li>take / submit: the task's assignee;</li>
 *   <li>accept / return for rework: a manager (MANAGER, HEAD, ADMIN), the task's creator or the request's
 *       assignee — never the task's own assignee;</li>
 *   <li>add, assign, cancel, add a dependency: a manager or the request's assignee;</li>
 *   <li>an external contractor sees and works only the tasks assigned to them.</li>
 * </ul>
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class TaskService {

    public static final String TYPE = "Task";
    public static final int BOARD_COLUMN_MAX = 50;
    public static final int COUNT_CAP = CappedCount.CAP;
    private static final List<TaskStatus> OPEN = List.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.REVIEW,
            TaskStatus.REWORK);
    private static final String ROW = "SELECT NEW kz.ordo.tasks.boundary.TaskRow(t.id, t.version, t.title, t.kind,"
            + " t.status, t.deadline, r.id, r.number, a.fullName) FROM Task t LEFT JOIN t.request r LEFT JOIN t.assignee a";

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitSubtrees subtrees;

    @Inject
    CallerService callers;

    @Inject
    RequestService requests;

    @Inject
    AttachmentService attachments;

    @Inject
    ExecutorFinder finder;

    @Inject
    kz.ordo.tasks.control.TaskNotices notices;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    // ---- reading ----

    /** A task the caller may see; anything else is reported as not found. */
    public Task find(Long id) {
        Task t = id == null ? null : em.find(Task.class, id);
        AccessScope scope = callers.scope();
        if (t == null || !visible(t, scope)) {
            if (t != null) {
                SecurityLog.event("access.denied", scope.caller().login(), "Task " + id);
            }
            throw new NotFoundException(TYPE, id);
        }
        return t;
    }

    /** The one access rule of a task: its unit in the scope, or created by or assigned to the person. */
    static boolean visible(Task t, AccessScope scope) {
        return scope.canSee(t.getOrgUnit(), t.getCreatedBy(), t.getAssignee());
    }

    /** The task with what its card shows: request, dependencies, assignee. */
    public Task open(Long id) {
        Task t = find(id);
        t.getDependsOn().forEach(d -> d.getTitle());
        if (t.getRequest() != null) {
            t.getRequest().getNumber();
        }
        return t;
    }

    /** The tasks waiting for this one. */
    public List<Task> dependents(Task t) {
        return em.createQuery("SELECT d FROM Task d WHERE :t MEMBER OF d.dependsOn ORDER BY d.position", Task.class)
                .setParameter("t", t).getResultList();
    }

    public List<TaskRow> subtasks(Task t) {
        return em.createQuery(ROW + " WHERE t.parent = :p ORDER BY t.position, t.id", TaskRow.class)
                .setParameter("p", t).getResultList();
    }

    /** The tasks of a request the caller may see (the request itself must be visible). */
    public List<TaskRow> forRequest(Long requestId) {
        Request r = requests.find(requestId);
        return em.createQuery(ROW + " WHERE t.request = :r AND t.parent IS NULL ORDER BY t.position, t.id", TaskRow.class)
                .setParameter("r", r).getResultList();
    }

    /** "My tasks": open tasks assigned to the caller, by deadline (overdue ones come first), capped count. */
    public long countMine() {
        Long me = callers.current().userId();
        return CappedCount.of(em, "t", "FROM Task t WHERE t.assigneeId = :me AND t.status IN :open",
                q -> q.setParameter("me", me).setParameter("open", OPEN), COUNT_CAP);
    }

    /** A page of my open tasks and their total in one transaction (My tasks and the REST API). */
    public Page<TaskRow> minePage(PageRequest page) {
        return Page.of(countMine(), COUNT_CAP, page, () -> mine(page));
    }

    public List<TaskRow> mine(PageRequest page) {
        // the stored open flag lets one index (assignee, open, deadline, id) give the page in order (V8)
        return em.createQuery(ROW + " WHERE t.assigneeId = :me AND t.open = TRUE"
                        + " ORDER BY t.deadline ASC NULLS LAST, t.id", TaskRow.class)
                .setParameter("me", callers.current().userId())
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /**
     * The team board (R-TASK-5): for each column the most urgent tasks (at most {@link #BOARD_COLUMN_MAX}) of the
     * caller's unit and below; done tasks of the last 14 days. An external contractor's board holds their own.
     */
    public Map<TaskStatus, List<TaskRow>> board() {
        Caller c = callers.current();
        Map<TaskStatus, List<TaskRow>> out = new EnumMap<>(TaskStatus.class);
        List<Long> units = c.isContractor() ? List.of() : subtrees.idsBelow(c.unitPath());
        for (TaskStatus s : TaskStatus.board()) {
            String who = c.isContractor() ? "t.assigneeId = :me" : "t.orgUnitId IN :units";
            String order = s == TaskStatus.DONE ? " AND t.doneAt >= :since ORDER BY t.doneAt DESC, t.id DESC"
                    : " ORDER BY t.deadline ASC NULLS LAST, t.id";
            var q = em.createQuery(ROW + " WHERE " + who + " AND t.status = :s" + order, TaskRow.class)
                    .setParameter("s", s).setMaxResults(BOARD_COLUMN_MAX);
            if (c.isContractor()) {
                q.setParameter("me", c.userId());
            } else {
                q.setParameter("units", units);
            }
            if (s == TaskStatus.DONE) {
                q.setParameter("since", clock.instant().minus(14, ChronoUnit.DAYS));
            }
            out.put(s, q.getResultList());
        }
        return out;
    }

    /** The workload table's sort fields and their columns (an unknown field is refused, never put into SQL). */
    private static final Map<String, String> WORKLOAD_SORT = Map.of("fullName", "w.full_name", "open", "w.open",
            "overdue", "w.overdue", "doneRecently", "w.done", "averageHoursToClose", "w.avg_hours");

    /** The active people of a unit subtree ({@code ?1}), for the workload table. */
    private static final String PEOPLE = "SELECT u.id, u.full_name FROM app_user u JOIN org_unit ou ON ou.id = u.org_unit_id"
            + " WHERE u.status = 'ACTIVE' AND ou.path LIKE ?1 ESCAPE '\\'";

    /**
     * Each person's figures, by index-only scans of their tasks: open and overdue (today {@code ?2}) on
     * (assignee, is_open, deadline), done since {@code ?3} with the average hours to close on (assignee, status, done_at).
     */
    private static final String FIGURES = "SELECT p.id, p.full_name, o.open, o.overdue, d.done, d.avg_hours FROM (%s) p"
            + " LEFT JOIN LATERAL (SELECT count(*) AS open, count(*) FILTER (WHERE t.deadline < ?2) AS overdue FROM task t"
            + " WHERE t.assignee_id = p.id AND t.is_open) o ON TRUE"
            + " LEFT JOIN LATERAL (SELECT count(*) AS done, avg(extract(epoch FROM t.done_at - t.created_at)) / 3600 AS avg_hours"
            + " FROM task t WHERE t.assignee_id = p.id AND t.status = 'DONE' AND t.done_at >= ?3) d ON TRUE";

    /**
     * Workload per person of the caller's unit and below (R-TASK-5), a page at a time: open, overdue, done and the
     * average hours to close over 90 days. By name (the default) only the page's people are counted; sorted by a
     * figure, everyone's figures are (a company of 2,000 people: 0.13 s in PostgreSQL).
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER})
    public Page<WorkloadRow> workload(PageRequest page) {
        String sort = page.sortField() == null ? "fullName" : page.sortField();
        String column = WORKLOAD_SORT.get(sort);
        if (column == null) {
            throw new BusinessException("error.sortField", sort);
        }
        String scope = AccessScope.subtreePattern(callers.current().unitPath());
        long count = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + PEOPLE + ") p").setParameter(1, scope)
                .getSingleResult()).longValue();
        String dir = page.sortField() == null || page.ascending() ? " ASC" : " DESC"; // unsorted: by name, A to Z
        String sql = sort.equals("fullName")
                ? String.format(FIGURES, PEOPLE + " ORDER BY u.full_name" + dir + ", u.id LIMIT ?4 OFFSET ?5")
                        + " ORDER BY p.full_name" + dir + ", p.id"
                : "SELECT * FROM (" + String.format(FIGURES, PEOPLE) + ") w ORDER BY " + column + dir + " NULLS LAST,"
                        + " w.full_name, w.id LIMIT ?4 OFFSET ?5";
        return Page.of(count, Long.MAX_VALUE, page, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, scope)
                    .setParameter(2, java.sql.Date.valueOf(LocalDate.now(clock)))
                    .setParameter(3, java.sql.Timestamp.from(clock.instant().minus(90, ChronoUnit.DAYS)))
                    .setParameter(4, page.size()).setParameter(5, page.first()).getResultList();
            return rows.stream().map(r -> new WorkloadRow(((Number) r[0]).longValue(), (String) r[1],
                    ((Number) r[2]).longValue(), ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                    r[5] == null ? null : Math.round(((Number) r[5]).doubleValue() * 10) / 10.0)).toList();
        });
    }

    /** Executors proposed for the task: holders of its role nearest its unit, least loaded first. */
    public List<Candidate> proposals(Task t) {
        return finder.propose(t.getRole() == null ? Role.EXECUTOR : t.getRole(), t.getSkill(), t.getOrgUnit(), 8);
    }

    // ---- who may do what (the card shows only these) ----

    public boolean mayWork(Task t) {
        Caller c = callers.current();
        return t.getAssignee() != null && c.userId().equals(t.getAssignee().getId());
    }

    public boolean mayReview(Task t) {
        Caller c = callers.current();
        if (c.isContractor() || mayWork(t)) {
            return false;
        }
        return RequestWorkflow.isManager(c) || c.userId().equals(t.getCreatedBy().getId()) || coordinates(c, t);
    }

    public boolean mayManage(Task t) {
        Caller c = callers.current();
        return !c.isContractor() && (RequestWorkflow.isManager(c) || coordinates(c, t));
    }

    private static boolean coordinates(Caller c, Task t) {
        Request r = t.getRequest();
        return r != null && r.getAssignee() != null && c.userId().equals(r.getAssignee().getId());
    }

    // ---- changing ----

    /** Adds a task to a request by hand, or a subtask to a task; dependencies are checked for cycles. */
    public Task create(NewTask form) {
        Caller c = callers.current();
        Task parent = form.parentId() == null ? null : find(form.parentId());
        Request request = parent != null ? parent.getRequest()
                : form.requestId() == null ? null : requests.find(form.requestId());
        if (request == null && parent == null) {
            throw new BusinessException("task.error.request");
        }
        if (request != null && request.getStatus().isFinal()) {
            throw new BusinessException("request.error.finalStatus");
        }
        boolean allowed = parent != null ? mayManage(parent) || mayWork(parent) : RequestWorkflow.mayAddTask(request, c);
        if (c.isContractor() || !allowed) {
            throw new BusinessException("task.error.forbidden", new Messages.Text("task.action.ADD"));
        }
        int position = request == null ? 1 : 1 + em.createQuery("SELECT COALESCE(MAX(t.position), 0) FROM Task t WHERE t.request = :r",
                Integer.class).setParameter("r", request).getSingleResult();
        Task t = new Task(request, parent, parent != null ? parent.getOrgUnit() : request.getOrgUnit(), form.title(),
                form.description(), form.kind(), form.rule(), em.find(User.class, c.userId()), form.deadline(), position);
        t.needsRole(form.role());
        if (form.assigneeId() != null) {
            t.assign(activeUser(form.assigneeId()));
        }
        for (Long dep : form.dependsOnIds()) {
            Task other = find(dep);
            if (request != null && (other.getRequest() == null || !other.getRequest().equals(request))) {
                throw new BusinessException("task.error.dependencyScope");
            }
            t.waitFor(other);
        }
        em.persist(t);
        em.flush();
        TaskPlanner.scheduleReminder(em, t, clock);
        audit.created(c.login(), t);
        notices.assigned(t, actor());
        return t;
    }

    public Task take(Long id, Long version) {
        Task t = editable(id, version);
        require(mayWork(t), "TAKE");
        return change(t, AuditAction.TRANSITION, () -> t.take(clock.instant()));
    }

    /** Submits the result; a file rule is met by a file attached to the task before submitting. */
    public Task submit(Long id, Long version, String whatWasDone, String link) {
        Task t = editable(id, version);
        require(mayWork(t), "SUBMIT");
        List<String> open = em.createQuery("SELECT s.title FROM Task s WHERE s.parent = :p AND s.status IN :open ORDER BY s.position",
                String.class).setParameter("p", t).setParameter("open", OPEN).getResultList();
        if (!open.isEmpty()) {
            throw new BusinessException("task.error.openSubtasks", String.join(", ", open));
        }
        boolean hasFile = !attachments.kinds(new RecordRef(TYPE, t.getId())).isEmpty();
        change(t, AuditAction.TRANSITION, () -> t.submit(whatWasDone, link, hasFile, clock.instant()));
        notices.submitted(t, actor());
        return t;
    }

    public Task accept(Long id, Long version) {
        Task t = editable(id, version);
        require(mayReview(t), "ACCEPT");
        change(t, AuditAction.TRANSITION, () -> t.accept(clock.instant()));
        advanceRequest(t);
        return t;
    }

    public Task returnForRework(Long id, Long version, String reason) {
        Task t = editable(id, version);
        require(mayReview(t), "RETURN");
        change(t, AuditAction.TRANSITION, () -> t.returnForRework(reason));
        notices.returned(t, actor(), reason);
        return t;
    }

    public Task cancel(Long id, Long version) {
        Task t = editable(id, version);
        require(mayManage(t), "CANCEL");
        change(t, AuditAction.TRANSITION, t::cancel);
        advanceRequest(t);
        return t;
    }

    /** Assigns the task (the manager confirms a proposal or picks another); the assignment is on the history. */
    public Task assign(Long id, Long version, Long userId) {
        Task t = editable(id, version);
        require(mayManage(t), "ASSIGN");
        User to = userId == null ? null : activeUser(userId);
        change(t, AuditAction.UPDATE, () -> t.assign(to));
        notices.assigned(t, actor());
        return t;
    }

    public Task addDependency(Long id, Long version, Long dependsOnId) {
        Task t = editable(id, version);
        require(mayManage(t), "DEPEND");
        Task other = find(dependsOnId);
        if (t.getRequest() == null || other.getRequest() == null || !t.getRequest().equals(other.getRequest())) {
            throw new BusinessException("task.error.dependencyScope");
        }
        return change(t, AuditAction.UPDATE, () -> t.waitFor(other));
    }

    /**
     * A card dropped on another column of the board goes through the same rules: to "in progress" is taking
     * it, to "done" is accepting it; any other move is refused with a message (the card goes back).
     */
    public Task moveOnBoard(Long id, Long version, TaskStatus target) {
        Task t = find(id);
        if (target == TaskStatus.IN_PROGRESS) {
            return take(id, version);
        }
        if (target == TaskStatus.DONE && t.getStatus() == TaskStatus.REVIEW) {
            return accept(id, version);
        }
        if (target == TaskStatus.REVIEW || target == TaskStatus.REWORK) {
            throw new BusinessException("task.error.boardNeedsCard");
        }
        throw new BusinessException("task.error.transition", new Messages.Text("task." + t.getStatus()),
                new Messages.Text("task." + target));
    }

    private Task change(Task t, AuditAction action, Runnable change) {
        Map<String, String> before = t.auditState();
        change.run();
        em.flush();
        audit.changed(callers.current().login(), t, before, action);
        return t;
    }

    /** When the last open task of a request is closed, the request is done (R-TASK-1): if its workflow allows. */
    private void advanceRequest(Task t) {
        Request r = t.getRequest();
        if (r == null) {
            return;
        }
        List<TaskStatus> statuses = em.createQuery("SELECT t.status FROM Task t WHERE t.request = :r", TaskStatus.class)
                .setParameter("r", r).getResultList();
        boolean allClosed = statuses.stream().allMatch(TaskStatus::isClosed);
        boolean anyDone = statuses.contains(TaskStatus.DONE);
        boolean movable = r.getStatus() == RequestStatus.AWAITING
                || (r.getStatus() == RequestStatus.IN_PROGRESS && r.getType() != RequestType.PAYMENT);
        if (allClosed && anyDone && movable) {
            Map<String, String> before = r.auditState();
            r.moveTo(RequestStatus.DONE, null, null, clock.instant());
            em.flush();
            audit.changed(callers.current().login(), r, before, AuditAction.TRANSITION);
        }
    }

    private User actor() {
        return em.find(User.class, callers.current().userId());
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new BusinessException("task.error.forbidden", new Messages.Text("task.action." + action));
        }
    }

    private Task editable(Long id, Long version) {
        Task t = find(id);
        if (version != null && t.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return t;
    }

    private User activeUser(Long id) {
        User u = em.find(User.class, id);
        if (u == null || u.getStatus() != UserStatus.ACTIVE) {
            throw new BusinessException("request.error.assignee");
        }
        return u;
    }

    /** Exposed for the card: the time an incident's task took (R-SEED-8), in hours, or null while open. */
    public Double hoursToResolve(Task t) {
        return t.getDoneAt() == null ? null : Math.round(ChronoUnit.MINUTES.between(t.getCreatedAt(), t.getDoneAt()) / 6.0) / 10.0;
    }

}

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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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

    /** Workload per person of the caller's unit and below (R-TASK-5): open, overdue, average hours to close (90 days). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER})
    public List<WorkloadRow> workload() {
        Caller c = callers.current();
        List<Object[]> people = em.createQuery("SELECT u.id, u.fullName FROM User u WHERE u.status = :active"
                        + " AND u.orgUnit.path LIKE :p ESCAPE '\\' ORDER BY u.fullName", Object[].class)
                .setParameter("active", UserStatus.ACTIVE).setParameter("p", AccessScope.subtreePattern(c.unitPath()))
                .setMaxResults(500).getResultList();
        if (people.isEmpty()) {
            return List.of();
        }
        List<Long> ids = people.stream().map(r -> (Long) r[0]).toList();
        LocalDate today = LocalDate.now(clock);
        Map<Long, long[]> open = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT t.assigneeId, COUNT(t), SUM(CASE WHEN t.deadline < :today THEN 1 ELSE 0 END)"
                        + " FROM Task t WHERE t.assigneeId IN :ids AND t.status IN :open GROUP BY t.assigneeId", Object[].class)
                .setParameter("today", today).setParameter("ids", ids).setParameter("open", OPEN).getResultList()) {
            open.put((Long) r[0], new long[]{((Number) r[1]).longValue(), r[2] == null ? 0 : ((Number) r[2]).longValue()});
        }
        Map<Long, Object[]> done = new HashMap<>();
        String idList = String.join(",", ids.stream().map(String::valueOf).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> closed = em.createNativeQuery("SELECT assignee_id, count(*), avg(extract(epoch FROM done_at - created_at)) / 3600"
                        + " FROM task WHERE assignee_id = ANY (CAST(?1 AS bigint[])) AND status = 'DONE' AND done_at >= ?2"
                        + " GROUP BY assignee_id")
                .setParameter(1, "{" + idList + "}").setParameter(2, java.sql.Timestamp.from(clock.instant().minus(90, ChronoUnit.DAYS)))
                .getResultList();
        for (Object[] r : closed) {
            done.put(((Number) r[0]).longValue(), r);
        }
        List<WorkloadRow> out = new ArrayList<>();
        for (Object[] p : people) {
            Long id = (Long) p[0];
            long[] o = open.getOrDefault(id, new long[]{0, 0});
            Object[] d = done.get(id);
            out.add(new WorkloadRow(id, (String) p[1], o[0], o[1], d == null ? 0 : ((Number) d[1]).longValue(),
                    d == null || d[2] == null ? null : Math.round(((Number) d[2]).doubleValue() * 10) / 10.0));
        }
        return out;
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

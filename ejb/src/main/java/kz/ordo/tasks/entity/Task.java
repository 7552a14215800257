package kz.ordo.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.User;
import kz.ordo.requests.entity.Request;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task: the executed work of a request (R-TASK-1..4). Waits for the tasks it depends on, is taken by its
 * assignee, submitted with a result ("what was done" plus a file or link where its rule says so), then
 * accepted or returned for rework with a reason.
 */
@Entity
@Table(name = "task")
public class Task extends BaseEntity implements Auditable {

    public static final int TITLE_MAX = 300;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private Request request;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Task parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_rule", nullable = false, length = 16)
    private ResultRule resultRule;

    /** The role that does this work (from the template step), used to propose executors. */
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private kz.ordo.identity.entity.Role role;

    /** Computed by the database from the status (V8), for the "My tasks" index; queried, never read or written. */
    @Column(name = "is_open", insertable = false, updatable = false)
    private Boolean open;

    /** The skill the work asks for (from the template step), preferred when proposing executors. */
    @Column(length = 40)
    private String skill;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status = TaskStatus.TODO;

    @Column(nullable = false)
    private int position = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id", nullable = false, updatable = false)
    private User createdBy;

    @Column
    private LocalDate deadline;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "result_text")
    private String resultText;

    @Column(name = "result_link", length = 1000)
    private String resultLink;

    @Column(name = "rework_reason")
    private String reworkReason;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_dependency", joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "depends_on_id"))
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    private Set<Task> dependsOn = new LinkedHashSet<>();

    /* Foreign keys as read-only columns for list queries (no joins), written through the relations. */
    @Column(name = "org_unit_id", insertable = false, updatable = false)
    private Long orgUnitId;

    @Column(name = "assignee_id", insertable = false, updatable = false)
    private Long assigneeId;

    @Column(name = "created_by_id", insertable = false, updatable = false)
    private Long createdById;

    protected Task() {
    }

    public Task(Request request, Task parent, OrgUnit unit, String title, String description, TaskKind kind,
                ResultRule rule, User createdBy, LocalDate deadline, int position) {
        if (unit == null || createdBy == null) {
            throw new IllegalArgumentException("unit and creator");
        }
        if (kind == null || rule == null) {
            throw new BusinessException("template.error.incomplete");
        }
        this.request = request;
        this.parent = parent;
        this.orgUnit = unit;
        this.kind = kind;
        this.resultRule = rule;
        this.createdBy = createdBy;
        this.position = position;
        describe(title, description, deadline);
    }

    public void needsRole(kz.ordo.identity.entity.Role r) {
        role = r;
    }

    /** The skill the executor should have (R-SEED-7), or null. */
    public void needsSkill(String s) {
        skill = kz.ordo.identity.entity.Skills.normalize(s);
    }

    public String getSkill() {
        return skill;
    }

    public kz.ordo.identity.entity.Role getRole() {
        return role;
    }

    public void describe(String newTitle, String newDescription, LocalDate newDeadline) {
        String t = newTitle == null ? "" : newTitle.strip();
        if (t.length() < 3 || t.length() > TITLE_MAX) {
            throw new BusinessException("task.error.title", 3, TITLE_MAX);
        }
        title = t;
        description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        deadline = newDeadline;
    }

    public void assign(User to) {
        if (status.isClosed()) {
            throw new BusinessException("task.error.closed");
        }
        assignee = to;
    }

    /**
     * Adds a dependency: this task waits for {@code other}. Refused if {@code other} already waits (directly
     * or through others) for this one: dependencies never form a cycle (R-TASK-2).
     */
    public void waitFor(Task other) {
        if (other == null || other == this || other.equals(this)) {
            throw new BusinessException("task.error.cycle");
        }
        Deque<Task> todo = new ArrayDeque<>(List.of(other));
        Set<Task> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Task t = todo.pop();
            if (t.equals(this)) {
                throw new BusinessException("task.error.cycle");
            }
            if (seen.add(t)) {
                todo.addAll(t.dependsOn);
            }
        }
        dependsOn.add(other);
    }

    /** The tasks this one still waits for (not done, not cancelled). */
    public List<Task> waitingFor() {
        return dependsOn.stream().filter(t -> !t.getStatus().isClosed()).toList();
    }

    private void move(TaskStatus target) {
        if (!status.canMoveTo(target)) {
            throw new BusinessException("task.error.transition", new Messages.Text("task." + status),
                    new Messages.Text("task." + target));
        }
        status = target;
    }

    /** The assignee starts (or restarts after rework): only when every task it waits for is done. */
    public void take(Instant now) {
        List<Task> waiting = waitingFor();
        if (!waiting.isEmpty()) {
            throw new BusinessException("task.error.waiting", String.join(", ", waiting.stream().map(Task::getTitle).toList()));
        }
        move(TaskStatus.IN_PROGRESS);
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /**
     * Submits the result (R-RULE-4): "what was done" is required; a file (already attached to the task) or a
     * link as the task's rule demands. A link must be an http(s) address.
     */
    public void submit(String whatWasDone, String link, boolean hasFile, Instant now) {
        String text = whatWasDone == null ? "" : whatWasDone.strip();
        if (text.length() < 3) {
            throw new BusinessException("task.error.resultText");
        }
        String l = link == null || link.isBlank() ? null : link.strip();
        if (l != null && !isWebLink(l)) {
            throw new BusinessException("task.error.link");
        }
        if (resultRule.needsFile(l != null) && !hasFile) {
            throw new BusinessException(resultRule == ResultRule.FILE ? "task.error.fileRequired" : "task.error.fileOrLink");
        }
        if (resultRule.needsLink(hasFile) && l == null) {
            throw new BusinessException(resultRule == ResultRule.LINK ? "task.error.linkRequired" : "task.error.fileOrLink");
        }
        move(TaskStatus.REVIEW);
        resultText = text;
        resultLink = l;
        submittedAt = now;
    }

    static boolean isWebLink(String s) {
        try {
            URI u = URI.create(s);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null
                    && s.length() <= 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void accept(Instant now) {
        move(TaskStatus.DONE);
        doneAt = now;
        reworkReason = null;
    }

    public void returnForRework(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.length() < 3) {
            throw new BusinessException("task.error.reasonRequired");
        }
        move(TaskStatus.REWORK);
        reworkReason = r;
    }

    public void cancel() {
        move(TaskStatus.CANCELLED);
    }

    public boolean isOverdue(LocalDate today) {
        return deadline != null && deadline.isBefore(today) && !status.isClosed();
    }

    /** Time from creation to done (incidents, R-SEED-8); null while open. */
    public Duration timeToResolve() {
        return doneAt == null ? null : Duration.between(getCreatedAt(), doneAt);
    }

    public Request getRequest() {
        return request;
    }

    public Task getParent() {
        return parent;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public TaskKind getKind() {
        return kind;
    }

    public ResultRule getResultRule() {
        return resultRule;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public int getPosition() {
        return position;
    }

    public User getAssignee() {
        return assignee;
    }

    public User getCreatedBy() {
        return createdBy;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getResultText() {
        return resultText;
    }

    public String getResultLink() {
        return resultLink;
    }

    public String getReworkReason() {
        return reworkReason;
    }

    public Set<Task> getDependsOn() {
        return java.util.Collections.unmodifiableSet(dependsOn);
    }

    @Override
    public String auditType() {
        return "Task";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("description", description);
        m.put("kind", kind.name());
        m.put("skill", skill);
        m.put("resultRule", resultRule.name());
        m.put("status", status.name());
        m.put("assignee", assignee == null ? null : assignee.getLogin());
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("resultText", resultText);
        m.put("resultLink", resultLink);
        m.put("reworkReason", reworkReason);
        m.put("dependsOn", dependsOn.isEmpty() ? null
                : String.join(", ", dependsOn.stream().map(Task::getTitle).sorted().toList()));
        return m;
    }
}

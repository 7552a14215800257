package kz.ordo.web.tasks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.tasks.boundary.Candidate;
import kz.ordo.tasks.boundary.NewTask;
import kz.ordo.tasks.boundary.TaskRow;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.entity.ResultRule;
import kz.ordo.tasks.entity.Task;
import kz.ordo.tasks.entity.TaskKind;
import kz.ordo.web.records.RecordItems;
import kz.ordo.web.records.RecordServices;
import kz.ordo.web.shell.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A task's card: what it waits for and what waits for it, the result, the actions the caller may take
 * (take, submit a result, accept, return for rework, cancel, assign from the proposed executors), and the
 * shared checklist, files and comments tabs.
 */
@Named
@ViewScoped
public class TaskCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordServices recordServices;

    @Inject
    TaskService tasks;





    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private Long id;
    private Task task;
    private List<Task> dependents;
    private List<TaskRow> subtasks;
    private List<Candidate> proposals;
    private RecordItems items;
    private String resultText;
    private String resultLink;
    private String reason;
    private Long assigneeId;
    private List<TaskRow> siblings;
    private Long dependsOnId;
    private String subtaskTitle;
    private ResultRule subtaskRule = ResultRule.TEXT;
    private LocalDate subtaskDeadline;

    /** Loads the task, its neighbours and its files and comments in one transaction; a missing or foreign id answers 404. */
    @Transactional
    public void load() throws IOException {
        if (task != null) {
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            fc.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            fc.responseComplete();
        }
    }

    private void refresh() {
        task = tasks.open(id);
        dependents = tasks.dependents(task);
        subtasks = tasks.subtasks(task);
        proposals = tasks.mayManage(task) && !task.getStatus().isClosed() ? tasks.proposals(task) : List.of();
        siblings = isMayManage() && task.getRequest() != null
                ? tasks.forRequest(task.getRequest().getId()).stream().filter(this::mayWaitFor).toList() : List.of();
        if (items == null) {
            items = new RecordItems(new RecordRef(TaskService.TYPE, id), recordServices,
                    () -> task != null && !task.getStatus().isClosed(), this::refresh);
        } else {
            items.reload();
        }
    }

    private boolean perform(Runnable change, String doneKey) {
        try {
            change.run();
            texts.info(doneKey);
            return true;
        } catch (BusinessException e) {
            texts.error(e);
            return false;
        } finally {
            try {
                refresh();
            } catch (NotFoundException e) {
                task = null;
            }
        }
    }

    public void take() {
        long v = task.getVersion();
        perform(() -> tasks.take(id, v), "task.taken");
    }

    public void submit() {
        long v = task.getVersion();
        if (perform(() -> tasks.submit(id, v, resultText, resultLink), "task.submitted")) {
            resultText = null;
            resultLink = null;
        }
    }

    public void accept() {
        long v = task.getVersion();
        perform(() -> tasks.accept(id, v), "task.accepted");
    }

    public void returnForRework() {
        long v = task.getVersion();
        if (perform(() -> tasks.returnForRework(id, v, reason), "task.returned")) {
            reason = null;
        }
    }

    public void cancel() {
        long v = task.getVersion();
        perform(() -> tasks.cancel(id, v), "task.cancelled");
    }

    public void assign() {
        long v = task.getVersion();
        Long to = assigneeId;
        perform(() -> tasks.assign(id, v, to), "request.assigned");
    }

    /** A sibling this task does not already wait for (cycles are refused by the service with a message). */
    private boolean mayWaitFor(TaskRow other) {
        return !other.getId().equals(id) && task.getDependsOn().stream().noneMatch(d -> d.getId().equals(other.getId()));
    }

    public void addDependency() {
        long v = task.getVersion();
        Long on = dependsOnId;
        if (perform(() -> tasks.addDependency(id, v, on), "task.linked")) {
            dependsOnId = null;
        }
    }

    /** A subtask goes to this task's assignee unless reassigned on its own card. */
    public void addSubtask() {
        Long to = task.getAssignee() == null ? null : task.getAssignee().getId();
        NewTask form = new NewTask(null, id, subtaskTitle, null, TaskKind.WORK, subtaskRule, task.getRole(), subtaskDeadline, to,
                List.of());
        if (perform(() -> tasks.create(form), "task.created")) {
            subtaskTitle = null;
            subtaskDeadline = null;
        }
    }

    public boolean isMayAddSubtask() {
        return task != null && !task.getStatus().isClosed() && (tasks.mayManage(task) || tasks.mayWork(task))
                && task.getParent() == null;
    }

    public ResultRule[] getRules() {
        return ResultRule.values();
    }

    public List<TaskRow> getSiblings() {
        return siblings;
    }

    public Long getDependsOnId() {
        return dependsOnId;
    }

    public void setDependsOnId(Long dependsOnId) {
        this.dependsOnId = dependsOnId;
    }

    public String getSubtaskTitle() {
        return subtaskTitle;
    }

    public void setSubtaskTitle(String subtaskTitle) {
        this.subtaskTitle = subtaskTitle;
    }

    public ResultRule getSubtaskRule() {
        return subtaskRule;
    }

    public void setSubtaskRule(ResultRule subtaskRule) {
        this.subtaskRule = subtaskRule;
    }

    public LocalDate getSubtaskDeadline() {
        return subtaskDeadline;
    }

    public void setSubtaskDeadline(LocalDate subtaskDeadline) {
        this.subtaskDeadline = subtaskDeadline;
    }

    public boolean isOverdue() {
        return task != null && task.isOverdue(LocalDate.now(clock));
    }

    public boolean isMayWork() {
        return task != null && tasks.mayWork(task) && !task.getStatus().isClosed();
    }

    public boolean isMayReview() {
        return task != null && tasks.mayReview(task) && task.getStatus() == kz.ordo.tasks.entity.TaskStatus.REVIEW;
    }

    public boolean isMayManage() {
        return task != null && tasks.mayManage(task) && !task.getStatus().isClosed();
    }

    public Double getHoursToResolve() {
        return task == null ? null : tasks.hoursToResolve(task);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Task getTask() {
        return task;
    }

    public List<Task> getDependents() {
        return dependents;
    }

    public List<TaskRow> getSubtasks() {
        return subtasks;
    }

    public List<Candidate> getProposals() {
        return proposals;
    }

    public RecordItems getItems() {
        return items;
    }

    public String getResultText() {
        return resultText;
    }

    public void setResultText(String resultText) {
        this.resultText = resultText;
    }

    public String getResultLink() {
        return resultLink;
    }

    public void setResultLink(String resultLink) {
        this.resultLink = resultLink;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }
}

package kz.ordo.web.requests;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import kz.ordo.identity.boundary.PeopleService;
import kz.ordo.identity.boundary.Person;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.boundary.HistoryEntry;
import kz.ordo.requests.boundary.RequestCard;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.FieldSpec;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.TypeFields;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.web.records.RecordItems;
import kz.ordo.web.records.RecordServices;
import kz.ordo.web.shell.Texts;
import kz.ordo.tasks.boundary.NewTask;
import kz.ordo.tasks.boundary.TaskRow;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.entity.ResultRule;
import kz.ordo.tasks.entity.TaskKind;
import kz.ordo.tasks.entity.TaskStatus;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A request's card: details, the actions the caller may take, checklist, files, comments, history. The id
 * comes from the URL; the services decide what the caller may see and do, this bean only shows it.
 */
@Named
@ViewScoped
public class RequestCardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecordServices recordServices;

    @Inject
    RequestService requests;





    @Inject
    PeopleService people;

    @Inject
    TaskService taskService;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private Long id;
    private Request request;

    @Inject
    kz.ordo.web.finance.Pickers pickers;
    private List<RequestAction> actions;
    private RecordItems items;
    private List<TaskRow> tasks;
    private List<HistoryEntry> history;
    private List<OrgUnit> transferTargets;
    /** What the caller may do with the request as loaded; asked once per load, read many times by the page. */
    private boolean editable;
    private boolean assignable;
    private boolean mayAddTask;

    private RequestAction pendingAction;
    private String reason;
    private String duplicateOf;
    private Long transferUnitId;
    private String transferReason;
    private Person newAssignee;
    private String taskTitle;
    private TaskKind taskKind = TaskKind.WORK;
    private ResultRule taskRule = ResultRule.TEXT;
    private LocalDate taskDeadline;
    private Person taskAssignee;
    private List<Long> taskDependsOn = new java.util.ArrayList<>();

    /**
     * Loads the request; a missing or foreign id answers 404 like any unknown page. One transaction for the card's
     * reads (the card, its tasks, files, comments, checklist), not one per service call; a refusal rolls it back.
     */
    @Transactional
    public void load() throws IOException {
        if (request != null) {
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
        RequestCard card = requests.card(id);
        request = card.request();
        actions = List.copyOf(card.actions());
        if (items == null) {
            items = new RecordItems(ref(), recordServices,
                    () -> request != null && !request.getStatus().isFinal(), this::refresh);
        } else {
            items.reload();
        }
        tasks = taskService.forRequest(id);
        history = null;
        transferTargets = card.transferTargets();
        editable = card.editable();
        assignable = card.assignable();
        mayAddTask = card.mayAddTask();
    }

    private RecordRef ref() {
        return new RecordRef(RequestService.TYPE, id);
    }

    /** Runs a change and reloads the card; a refusal is shown in the user's language and changes nothing. */
    private boolean perform(Runnable change, String doneKey) {
        try {
            change.run();
            if (doneKey != null) {
                texts.info(doneKey);
            }
            return true;
        } catch (BusinessException e) {
            texts.error(e);
            return false;
        } finally {
            try {
                refresh();
            } catch (NotFoundException e) {
                request = null;
            }
        }
    }

    /** An action button: moves needing a reason or an original open the dialog first. */
    public void start(RequestAction action) {
        pendingAction = action;
        String typed = reason;
        // an approval of a chain step takes the comment typed under the chain; every other action starts empty
        reason = action == RequestAction.APPROVE && isChainDecider() ? typed : null;
        duplicateOf = null;
        if (!action.needsReason() && action != RequestAction.MARK_DUPLICATE) {
            confirm();
        } else {
            org.primefaces.PrimeFaces.current().executeScript("PF('actionDialog').show()");
        }
    }

    public void confirm() {
        RequestAction a = pendingAction;
        long version = request.getVersion();
        boolean[] firstOfTwo = new boolean[1];
        boolean ok = perform(() -> firstOfTwo[0] = requests.act(id, version, a, reason, duplicateOf).getStatus()
                == kz.ordo.requests.entity.RequestStatus.ON_APPROVAL && a == RequestAction.APPROVE, null);
        if (ok) {
            texts.info(firstOfTwo[0] ? "request.firstApprovalDone" : "request.actionDone");
        }
        if (ok) {
            org.primefaces.PrimeFaces.current().executeScript("PF('actionDialog').hide()");
            pendingAction = null;
            reason = null;
        } else if (a.needsReason() || a == RequestAction.MARK_DUPLICATE) {
            org.primefaces.PrimeFaces.current().executeScript("PF('actionDialog').show()");
        }
    }

    public void transfer() {
        long version = request.getVersion();
        perform(() -> requests.transfer(id, version, transferUnitId, transferReason), "request.transferred");
    }

    public void assign() {
        long version = request.getVersion();
        Long to = newAssignee == null ? null : newAssignee.getId();
        perform(() -> requests.assign(id, version, to), "request.assigned");
        newAssignee = null;
    }

    public List<Person> suggestPeople(String query) {
        return people.suggest(query);
    }

    /** Adds a task to this request by hand (managers and the request's assignee). */
    public void addTask() {
        Long to = taskAssignee == null ? null : taskAssignee.getId();
        NewTask form = new NewTask(id, null, taskTitle, null, taskKind, taskRule, null, taskDeadline, to, taskDependsOn);
        if (perform(() -> taskService.create(form), "task.created")) {
            taskTitle = null;
            taskDeadline = null;
            taskAssignee = null;
            taskDependsOn = new java.util.ArrayList<>();
        }
    }

    public int getTasksDone() {
        return (int) tasks.stream().filter(t -> t.getStatus() == TaskStatus.DONE).count();
    }

    public boolean isMayAddTask() {
        return request != null && mayAddTask;
    }

    public TaskKind[] getTaskKinds() {
        return TaskKind.values();
    }

    public ResultRule[] getTaskRules() {
        return ResultRule.values();
    }

    /** The type-specific fields that have a value, with their display text. */
    public List<FieldSpec> getFilledFields() {
        return TypeFields.of(request.getType()).stream().filter(f -> request.getDetails().containsKey(f.key())).toList();
    }

    public String display(FieldSpec f) {
        String v = request.getDetails().get(f.key());
        return FieldDisplay.format(texts, f, v);
    }

    public List<HistoryEntry> getHistory() {
        if (history == null && request != null) {
            history = requests.history(id);
        }
        return history;
    }

    public boolean isOverdue() {
        return request != null && request.isOverdue(LocalDate.now(clock));
    }

    public boolean isEditable() {
        return request != null && editable;
    }

    public boolean isAssignable() {
        return request != null && assignable;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The caller decides a step of the request's approval chain now (the card offers a comment with the approval). */
    public boolean isChainDecider() {
        return request != null && !request.getApprovals().isEmpty() && actions.contains(RequestAction.APPROVE);
    }

    /** The budget line the request is charged to; with its remainder for those who see the budget. */
    public String getBudgetLine() {
        if (request == null || request.getBudgetLineId() == null) {
            return null;
        }
        String label = requests.budgetLineLabel(request);
        return kz.ordo.web.finance.Pickers.seesBudget() ? pickers.lineLabel(label, requests.budgetLineRemainder(request)) : label;
    }

    public Request getRequest() {
        return request;
    }

    public List<RequestAction> getActions() {
        return actions;
    }

    public List<OrgUnit> getTransferTargets() {
        return transferTargets;
    }

    public RequestAction getPendingAction() {
        return pendingAction;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public void setDuplicateOf(String duplicateOf) {
        this.duplicateOf = duplicateOf;
    }

    public Long getTransferUnitId() {
        return transferUnitId;
    }

    public void setTransferUnitId(Long transferUnitId) {
        this.transferUnitId = transferUnitId;
    }

    public String getTransferReason() {
        return transferReason;
    }

    public void setTransferReason(String transferReason) {
        this.transferReason = transferReason;
    }

    public Person getNewAssignee() {
        return newAssignee;
    }

    public void setNewAssignee(Person newAssignee) {
        this.newAssignee = newAssignee;
    }

    public RecordItems getItems() {
        return items;
    }

    public List<TaskRow> getTasks() {
        return tasks;
    }

    public String getTaskTitle() {
        return taskTitle;
    }

    public void setTaskTitle(String taskTitle) {
        this.taskTitle = taskTitle;
    }

    public TaskKind getTaskKind() {
        return taskKind;
    }

    public void setTaskKind(TaskKind taskKind) {
        this.taskKind = taskKind;
    }

    public ResultRule getTaskRule() {
        return taskRule;
    }

    public void setTaskRule(ResultRule taskRule) {
        this.taskRule = taskRule;
    }

    public LocalDate getTaskDeadline() {
        return taskDeadline;
    }

    public void setTaskDeadline(LocalDate taskDeadline) {
        this.taskDeadline = taskDeadline;
    }

    public Person getTaskAssignee() {
        return taskAssignee;
    }

    public void setTaskAssignee(Person taskAssignee) {
        this.taskAssignee = taskAssignee;
    }

    public List<Long> getTaskDependsOn() {
        return taskDependsOn;
    }

    public void setTaskDependsOn(List<Long> taskDependsOn) {
        this.taskDependsOn = taskDependsOn;
    }
}

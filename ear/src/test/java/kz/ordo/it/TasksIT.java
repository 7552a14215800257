package kz.ordo.it;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.boundary.ApiTokenService;
import kz.ordo.identity.boundary.UserForm;
import kz.ordo.identity.boundary.UserService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import kz.ordo.tasks.boundary.Candidate;
import kz.ordo.tasks.boundary.NewTask;
import kz.ordo.tasks.boundary.TaskRow;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.boundary.TaskTemplateService;
import kz.ordo.tasks.boundary.WorkloadRow;
import kz.ordo.tasks.entity.TaskTemplateStep;
import kz.ordo.tasks.control.ExecutorFinder;
import kz.ordo.tasks.entity.ResultRule;
import kz.ordo.tasks.entity.Task;
import kz.ordo.tasks.entity.TaskKind;
import kz.ordo.tasks.entity.TaskStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tasks in the container against PostgreSQL: template expansion on acceptance, the executor proposal,
 * dependencies and cycles, result rules per task type, rework, the request following its tasks, the board's
 * rules, and an external contractor's isolation in the service and the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class TasksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(TasksIT.class, TestData.class, Identity.class, AsAdmin.class, AsManager.class,
                AsAstanaManager.class, AsExecutor.class, AsContractor.class, AsHead.class, AsFinance.class, Forms.class);
    }

    @EJB
    TestData data;
    @EJB
    AsAdmin asAdmin;
    @EJB
    AsManager asManager;
    @EJB
    AsExecutor asExecutor;
    @EJB
    AsContractor asContractor;
    @EJB
    AsHead asHead;
    @EJB
    RequestService requests;
    @EJB
    TaskService tasks;
    @EJB
    AttachmentService attachments;
    @EJB
    ExecutorFinder finder;
    @EJB
    ApiTokenService apiTokens;
    @EJB
    UserService users;
    @EJB
    TaskTemplateService templates;
    @PersistenceContext
    EntityManager em;
    @jakarta.inject.Inject
    java.time.Clock clock;

    private OrgUnit almatyDept;
    private User executor;
    private User contractor;

    @BeforeEach
    void arrange() {
        data.unit("IT Алматы", OrgUnitKind.CITY, null);
        almatyDept = data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы");
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.admin", root, Role.ADMIN);
        data.user("it.head", root, Role.HEAD);
        data.user("it.manager", almatyDept, Role.MANAGER);
        executor = data.user("it.executor", almatyDept, Role.EXECUTOR);
        contractor = data.user("it.contractor", almatyDept, Role.CONTRACTOR);
    }

    private Request accepted(RequestType type, String title) {
        Request r = asManager.run(() -> requests.create(Forms.of(type, title, almatyDept.getId(), Priority.MEDIUM,
                LocalDate.now().plusDays(20), executor.getId())));
        asExecutor.run(() -> requests.act(r.getId(), null, RequestAction.ACCEPT, null, null));
        return r;
    }

    private List<Task> tasksOf(Request r) {
        return asManager.run(() -> tasks.forRequest(r.getId())).stream().map(row -> asManager.run(() -> tasks.open(row.getId())))
                .toList();
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }

    private void attach(Identity who, Task t, String text) {
        who.run(() -> attachments.upload(new RecordRef(TaskService.TYPE, t.getId()), "result.txt", AttachmentKind.OTHER,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void an_accepted_request_becomes_its_template_tasks_and_finishes_with_them() {
        Request r = accepted(RequestType.PURCHASE, "Закупка стульев для переговорной");
        List<Task> list = tasksOf(r);
        assertEquals(3, list.size(), "the PURCHASE template has three steps");
        Task quote = list.get(0);
        Task buy = list.get(1);
        Task deliver = list.get(2);
        assertEquals("Запросить коммерческие предложения", quote.getTitle());
        assertEquals(LocalDate.now(clock).plusDays(2), quote.getDeadline(), "due the step's days after acceptance");
        assertEquals(ResultRule.FILE_OR_LINK, quote.getResultRule());
        assertEquals(List.of(quote.getId()), buy.getDependsOn().stream().map(Task::getId).toList());
        assertEquals(List.of(buy.getId()), deliver.getDependsOn().stream().map(Task::getId).toList());
        assertEquals(executor.getId(), quote.getAssignee().getId(), "the only executor of the unit is proposed");
        assertEquals(1L, data.count("SELECT COUNT(r) FROM TaskReminder r WHERE r.task.id = " + quote.getId()),
                "a reminder is scheduled before the deadline");

        assertEquals("task.error.waiting", key(() -> asExecutor.run(() -> tasks.take(buy.getId(), null))),
                "a task cannot start before the one it waits for is done");
        assertEquals("task.error.cycle", key(() -> asManager.run(() -> tasks.addDependency(quote.getId(), null, deliver.getId()))),
                "quote ← buy ← deliver: making quote wait for deliver would be a cycle");

        asExecutor.run(() -> tasks.take(quote.getId(), null));
        assertEquals("task.error.resultText", key(() -> asExecutor.run(() -> tasks.submit(quote.getId(), null, " ", null))));
        assertEquals("task.error.fileOrLink", key(() -> asExecutor.run(() -> tasks.submit(quote.getId(), null,
                "Запросил три КП", null))));
        assertEquals("task.error.link", key(() -> asExecutor.run(() -> tasks.submit(quote.getId(), null, "Запросил три КП",
                "javascript:alert(1)"))));
        asExecutor.run(() -> tasks.submit(quote.getId(), null, "Запросил три КП", "https://tender.example.kz/kp/17"));
        assertEquals("task.error.forbidden", key(() -> asExecutor.run(() -> tasks.accept(quote.getId(), null))),
                "the executor does not accept their own result");
        assertEquals("task.error.reasonRequired", key(() -> asManager.run(() -> tasks.returnForRework(quote.getId(), null, ""))));
        Task back = asManager.run(() -> tasks.returnForRework(quote.getId(), null, "Нужно минимум три предложения"));
        assertEquals(TaskStatus.REWORK, back.getStatus());
        assertEquals("Нужно минимум три предложения", back.getReworkReason());
        asExecutor.run(() -> tasks.submit(quote.getId(), null, "Приложил три КП", "https://tender.example.kz/kp/18"));
        assertEquals(TaskStatus.DONE, asManager.run(() -> tasks.accept(quote.getId(), null)).getStatus());

        asExecutor.run(() -> tasks.take(buy.getId(), null));
        assertEquals("task.error.fileRequired", key(() -> asExecutor.run(() -> tasks.submit(buy.getId(), null,
                "Оплатили счёт", "https://shop.example.kz/order/5"))), "the purchase step needs a file, a link is not enough");
        attach(asExecutor, buy, "Накладная №5");
        asExecutor.run(() -> tasks.submit(buy.getId(), null, "Закуплено 12 стульев", null));
        asManager.run(() -> tasks.accept(buy.getId(), null));
        assertEquals(RequestStatus.IN_PROGRESS, asManager.run(() -> requests.find(r.getId()).getStatus()));

        asExecutor.run(() -> tasks.take(deliver.getId(), null));
        asExecutor.run(() -> tasks.submit(deliver.getId(), null, "Доставлено, акт подписан", null));
        asManager.run(() -> tasks.accept(deliver.getId(), null));
        assertEquals(RequestStatus.DONE, asManager.run(() -> requests.find(r.getId()).getStatus()),
                "the request is done when its last task is accepted");
    }

    @Test
    void the_proposed_executor_is_the_least_loaded_holder_of_the_role_near_the_work() {
        OrgUnit warehouse = data.unit("IT Склад " + System.nanoTime(), OrgUnitKind.DEPARTMENT, "IT Алматы");
        User busy = data.user("it.busy." + warehouse.getId(), warehouse, Role.EXECUTOR);
        User free = data.user("it.free." + warehouse.getId(), warehouse, Role.EXECUTOR);
        Request r = asHead.run(() -> requests.create(Forms.of(RequestType.IT, "Склад: принтер", warehouse.getId(),
                Priority.LOW, null, null)));
        for (int i = 0; i < 2; i++) {
            int n = i;
            asHead.run(() -> tasks.create(new NewTask(r.getId(), null, "Ручная задача " + n, null, TaskKind.WORK,
                    ResultRule.TEXT, Role.EXECUTOR, null, busy.getId(), List.of())));
        }
        List<Candidate> proposed = asHead.run(() -> finder.propose(Role.EXECUTOR, null, em.find(OrgUnit.class, warehouse.getId()), 5));
        assertEquals(List.of(free.getLogin(), busy.getLogin()), proposed.stream().map(Candidate::getLogin).toList());
        assertEquals(2L, proposed.get(1).getOpenTasks());

        // the busy one is the only gate mechanic: asked for that skill, they come first despite their load
        User fresh = asAdmin.run(() -> users.find(busy.getId()));
        asAdmin.run(() -> users.update(busy.getId(), new UserForm(null, fresh.getFullName(), null, warehouse.getId(),
                EnumSet.of(Role.EXECUTOR), "ru", null, fresh.getVersion(), List.of(" Ворота ", "сварка"), null)));
        assertEquals(java.util.Set.of("ворота", "сварка"), asAdmin.run(() -> java.util.Set.copyOf(users.find(busy.getId()).getSkills())));
        List<Candidate> skilled = asHead.run(() -> finder.propose(Role.EXECUTOR, "ворота", em.find(OrgUnit.class, warehouse.getId()), 5));
        assertEquals(List.of(busy.getLogin(), free.getLogin()), skilled.stream().map(Candidate::getLogin).toList());
        assertTrue(skilled.get(0).isSkilled());
        assertEquals("skill.error.format", key(() -> asAdmin.run(() -> users.update(busy.getId(), new UserForm(null,
                fresh.getFullName(), null, warehouse.getId(), EnumSet.of(Role.EXECUTOR), "ru", null,
                users.find(busy.getId()).getVersion(), List.of("<script>"), null)))));
        Request repair = asHead.run(() -> requests.create(Forms.of(RequestType.REPAIR, "Склад: ворота", warehouse.getId(),
                Priority.LOW, null, null)));
        TaskTemplateStep step = asAdmin.run(() -> templates.steps(RequestType.REPAIR)).get(1);
        asAdmin.run(() -> templates.save(RequestType.REPAIR, step.getId(), step.getVersion(), step.getTitle(), step.getKind(),
                step.getRole(), step.getDays(), step.getResultRule(), step.dependsOnPositions(), "Ворота"));
        try {
            asHead.run(() -> requests.act(repair.getId(), null, RequestAction.ACCEPT, null, null));
        } finally {
            TaskTemplateStep changed = asAdmin.run(() -> templates.steps(RequestType.REPAIR)).get(1);
            asAdmin.run(() -> templates.save(RequestType.REPAIR, changed.getId(), changed.getVersion(), changed.getTitle(),
                    changed.getKind(), changed.getRole(), changed.getDays(), changed.getResultRule(),
                    changed.dependsOnPositions(), null));
        }
        List<TaskRow> planned = asHead.run(() -> tasks.forRequest(repair.getId()));
        assertEquals(2, planned.size());
        assertEquals(free.getFullName(), planned.get(0).getAssigneeName(), "template tasks go to the least-loaded executor");
        assertEquals(busy.getFullName(), planned.get(1).getAssigneeName(),
                "the repair step asks for the gate skill (set on the template above), so its holder gets it");
        assertEquals("ворота", asHead.run(() -> tasks.find(planned.get(1).getId()).getSkill()));
    }

    @Test
    void the_board_takes_and_accepts_but_refuses_other_moves() {
        Request r = accepted(RequestType.HR, "Справка для банка");
        Task t = tasksOf(r).get(0);
        assertEquals("task.error.transition", key(() -> asExecutor.run(() -> tasks.moveOnBoard(t.getId(), null, TaskStatus.DONE))));
        assertEquals(TaskStatus.IN_PROGRESS, asExecutor.run(() -> tasks.moveOnBoard(t.getId(), null, TaskStatus.IN_PROGRESS))
                .getStatus());
        assertEquals("task.error.boardNeedsCard", key(() -> asExecutor.run(() -> tasks.moveOnBoard(t.getId(), null,
                TaskStatus.REVIEW))));
        assertTrue(asExecutor.run(() -> tasks.board()).get(TaskStatus.IN_PROGRESS).stream().anyMatch(x -> x.getId().equals(t.getId())));
        List<TaskRow> mine = asExecutor.run(() -> tasks.mine(new PageRequest(0, 200, null, true)));
        assertTrue(mine.stream().anyMatch(x -> x.getId().equals(t.getId())));
        for (int i = 1; i < mine.size(); i++) {
            LocalDate a = mine.get(i - 1).getDeadline();
            LocalDate b = mine.get(i).getDeadline();
            assertTrue(a == null ? b == null : b == null || !b.isBefore(a), "My tasks are ordered by deadline");
        }
    }

    @Test
    void the_workload_table_pages_the_people_of_the_scope_with_their_figures_sorted_in_sql() {
        Task t = tasksOf(accepted(RequestType.REPAIR, "Стеллажи для склада")).get(0);
        asExecutor.run(() -> tasks.moveOnBoard(t.getId(), null, TaskStatus.IN_PROGRESS));
        long people = data.count("SELECT COUNT(u) FROM User u WHERE u.status = kz.ordo.identity.entity.UserStatus.ACTIVE"
                + " AND u.orgUnit.path LIKE '" + almatyDept.getPath() + "%'");
        long open = data.count("SELECT COUNT(x) FROM Task x WHERE x.assigneeId = " + executor.getId() + " AND x.status IN"
                + " (kz.ordo.tasks.entity.TaskStatus.TODO, kz.ordo.tasks.entity.TaskStatus.IN_PROGRESS,"
                + " kz.ordo.tasks.entity.TaskStatus.REVIEW, kz.ordo.tasks.entity.TaskStatus.REWORK)");

        Page<WorkloadRow> byName = asManager.run(() -> tasks.workload(new PageRequest(0, 200, null, true)));
        assertEquals(people, byName.total(), "everyone active in the manager's unit and below, no one else");
        assertEquals(Math.min(people, 200), byName.rows().size());
        WorkloadRow mine = byName.rows().stream().filter(w -> w.getUserId().equals(executor.getId())).findFirst().orElseThrow();
        assertTrue(open >= 1);
        assertEquals(open, mine.getOpen(), "the executor's open tasks, counted in SQL");
        WorkloadRow second = asManager.run(() -> tasks.workload(new PageRequest(1, 1, null, true))).rows().get(0);
        assertEquals(byName.rows().get(1).getUserId(), second.getUserId(), "a page of one from the second row is the second row");

        List<WorkloadRow> byOpen = asManager.run(() -> tasks.workload(new PageRequest(0, 200, "open", false))).rows();
        for (int i = 1; i < byOpen.size(); i++) {
            assertTrue(byOpen.get(i - 1).getOpen() >= byOpen.get(i).getOpen(), "most open tasks first");
        }
        assertEquals("error.sortField", key(() -> asManager.run(() -> tasks.workload(new PageRequest(0, 10, "password_hash", true)))));
    }

    @Test
    void a_contractor_reaches_only_their_own_tasks_in_the_service_and_the_rest_api() throws Exception {
        Request r = accepted(RequestType.REPAIR, "Ремонт ворот склада");
        List<Task> list = tasksOf(r);
        Task theirs = list.get(0);
        Task other = list.get(1);
        asManager.run(() -> tasks.assign(theirs.getId(), null, contractor.getId()));
        attach(asExecutor, other, "чужой файл");
        Attachment foreignFile = asManager.run(() -> attachments.list(new RecordRef(TaskService.TYPE, other.getId()))).get(0);

        assertEquals(List.of(theirs.getId()), asContractor.run(() -> tasks.mine(new PageRequest(0, 50, null, true))).stream()
                .map(TaskRow::getId).filter(id -> id.equals(theirs.getId()) || id.equals(other.getId())).toList());
        assertEquals(theirs.getId(), asContractor.run(() -> tasks.find(theirs.getId())).getId());
        assertThrows(NotFoundException.class, () -> asContractor.run(() -> tasks.find(other.getId())));
        assertThrows(NotFoundException.class, () -> asContractor.run(() -> requests.find(r.getId())),
                "their task's request is not theirs");
        assertThrows(NotFoundException.class, () -> asContractor.run(() -> attachments.forDownload(foreignFile.getId())));
        assertTrue(asContractor.run(() -> tasks.board()).values().stream().flatMap(List::stream)
                .noneMatch(x -> x.getId().equals(other.getId())));

        String token = asAdmin.run(() -> apiTokens.issue(contractor.getId()));
        HttpClient http = HttpClient.newHttpClient();
        String api = "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/api/v1/";
        for (String path : List.of("tasks/" + other.getId(), "requests/" + r.getId(), "files/" + foreignFile.getId(),
                "tasks/" + other.getId() + "/files")) {
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(api + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, resp.statusCode(), path + " " + resp.body());
        }
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create(api + "tasks/" + theirs.getId()))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode(), own.body());
        HttpResponse<String> take = http.send(HttpRequest.newBuilder(URI.create(api + "tasks/" + theirs.getId() + "/take"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, take.statusCode(), take.body());
        assertTrue(take.body().contains("\"IN_PROGRESS\""), take.body());
    }

    @Test
    void a_task_with_open_subtasks_cannot_be_submitted_and_links_stay_within_its_request() {
        Request r = accepted(RequestType.HR, "Новый сотрудник: документы");
        Task main = tasksOf(r).get(0);
        Request other = accepted(RequestType.IT, "Новый сотрудник: рабочее место");
        Task foreign = tasksOf(other).get(0);
        Task sub = asExecutor.run(() -> tasks.create(new NewTask(null, main.getId(), "Подписать приказ", null, TaskKind.WORK,
                ResultRule.TEXT, null, null, executor.getId(), List.of())));
        assertEquals(main.getId(), sub.getParent().getId());
        assertEquals(List.of(sub.getId()), asManager.run(() -> tasks.subtasks(tasks.find(main.getId()))).stream()
                .map(TaskRow::getId).toList());
        assertTrue(asManager.run(() -> tasks.forRequest(r.getId())).stream().noneMatch(x -> x.getId().equals(sub.getId())),
                "the request's task list shows top-level tasks; subtasks are on their parent's card");

        asExecutor.run(() -> tasks.take(main.getId(), null));
        String message = assertThrows(BusinessException.class, () -> asExecutor.run(() -> tasks.submit(main.getId(), null,
                "Документы готовы", null))).getMessage();
        assertTrue(message.contains("Подписать приказ"), "the refusal names the open subtask: " + message);
        asExecutor.run(() -> tasks.take(sub.getId(), null));
        asExecutor.run(() -> tasks.submit(sub.getId(), null, "Приказ подписан", null));
        asManager.run(() -> tasks.accept(sub.getId(), null));
        attach(asExecutor, main, "Приказ о приёме");
        assertEquals(TaskStatus.REVIEW, asExecutor.run(() -> tasks.submit(main.getId(), null, "Документы готовы", null))
                .getStatus());

        assertEquals("task.error.dependencyScope", key(() -> asManager.run(() -> tasks.addDependency(main.getId(), null,
                foreign.getId()))), "a task waits only for tasks of its own request");
    }
}

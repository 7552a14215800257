package kz.ordo.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import kz.ordo.identity.boundary.ApiTokenService;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.platform.SampleFields;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.boundary.ChecklistService;
import kz.ordo.records.boundary.CommentService;
import kz.ordo.records.boundary.RecordContentService;
import kz.ordo.records.boundary.RecordContents;
import kz.ordo.records.boundary.SavedFilterService;
import kz.ordo.records.control.FileStorage;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.ChecklistItem;
import kz.ordo.records.entity.Comment;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.boundary.RequestCard;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.control.RequestExport;
import kz.ordo.requests.control.RequestRepository;
import kz.ordo.requests.entity.FieldSpec;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.requests.entity.TypeFields;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.Messages;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request module in the container against PostgreSQL: the workflow per role, required fields per type,
 * the payment guard, numbering under concurrency, files (versions, rollback, type from the bytes), comments
 * with mentions, full-text search, transfer and duplicates, scope in the service and the REST API, export.
 */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(RequestsIT.class, TestData.class, Identity.class, AsAdmin.class, AsManager.class,
                AsAstanaManager.class, AsExecutor.class, AsContractor.class, AsHead.class, AsFinance.class, Forms.class);
    }

    @EJB
    TestData data;
    @EJB
    AsAdmin asAdmin;
    @EJB
    AsManager asManager;
    @EJB
    AsAstanaManager asAstana;
    @EJB
    AsExecutor asExecutor;
    @EJB
    AsContractor asContractor;
    @EJB
    AsHead asHead;
    @EJB
    AsFinance asFinance;
    @EJB
    RequestService requests;
    @EJB
    RequestRepository repository;
    @EJB
    CallerService callers;
    @EJB
    AttachmentService attachments;
    @EJB
    CommentService comments;
    @EJB
    ChecklistService checklist;
    @EJB
    RecordContentService contents;
    @EJB
    SavedFilterService savedFilters;
    @EJB
    ApiTokenService apiTokens;
    @PersistenceContext
    EntityManager em;
    @Resource
    UserTransaction tx;

    private OrgUnit almatyCity;
    private OrgUnit almatyDept;
    private OrgUnit astanaDept;
    private User executor;
    private User astana;

    @BeforeEach
    void arrange() {
        almatyCity = data.unit("IT Алматы", OrgUnitKind.CITY, null);
        almatyDept = data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы");
        data.unit("IT Астана", OrgUnitKind.CITY, null);
        astanaDept = data.unit("IT Астана продажи", OrgUnitKind.DEPARTMENT, "IT Астана");
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.admin", root, Role.ADMIN);
        data.user("it.head", root, Role.HEAD);
        data.user("it.manager", almatyDept, Role.MANAGER);
        data.user("it.finance", almatyCity, Role.FINANCE);
        astana = data.user("it.astana", astanaDept, Role.MANAGER);
        executor = data.user("it.executor", almatyDept, Role.EXECUTOR);
        data.user("it.contractor", almatyDept, Role.CONTRACTOR);
    }

    @Test
    void a_capped_count_stops_at_the_callers_own_unit_when_it_alone_passes_the_cap_and_reads_the_whole_scope_when_not() {
        // two of the manager's unit (whatever ran before), and one of another branch that the manager wrote: visible to
        // them only as its author
        create(RequestType.IT, "Своя 1", null);
        create(RequestType.IT, "Своя 2", null);
        Request elsewhere = asAstana.run(() -> requests.create(Forms.of(RequestType.HR, "Написал менеджер " + System.nanoTime(),
                astanaDept.getId(), Priority.MEDIUM, null, null)));
        User manager = em.createQuery("SELECT u FROM User u WHERE u.login = 'it.manager'", User.class).getSingleResult();
        data.sql("UPDATE request SET author_id = " + manager.getId() + " WHERE id = " + elsewhere.getId());
        long inUnit = data.count("SELECT COUNT(r) FROM Request r WHERE r.orgUnit.path LIKE '" + almatyDept.getPath() + "%'");
        long visible = asManager.run(() -> requests.count(RequestFilter.none()));
        assertTrue(inUnit > 1 && visible > inUnit, "the request written elsewhere is seen too: " + inUnit + " / " + visible);

        java.util.function.IntFunction<Long> capped = cap -> asManager.run(() -> repository.count(RequestFilter.none(),
                callers.scope(), LocalDate.now(), java.time.ZoneId.systemDefault(), cap));
        assertEquals(visible, capped.apply((int) visible), "at the cap: exact");
        assertEquals(inUnit + 1, capped.apply((int) inUnit),
                "the own unit exactly at the cap, the request written elsewhere past it: \"more\", read over the whole scope");
        assertEquals(inUnit, capped.apply((int) inUnit - 1), "the own unit alone past the cap: \"more\", read from the unit alone");

        // filtered to a city or a unit: the own unit is read alone only where the filter holds it
        java.util.function.BiFunction<RequestFilter, Integer, Long> cappedBy = (filter, cap) -> asManager.run(() ->
                repository.count(filter, callers.scope(), LocalDate.now(), java.time.ZoneId.systemDefault(), cap));
        RequestFilter ownCity = new RequestFilter(null, null, null, null, null, almatyCity.getId(), null, null, null, null,
                null, false, null);
        long inCity = asManager.run(() -> requests.count(ownCity));
        assertTrue(inCity >= inUnit && inCity < visible, inUnit + " / " + inCity + " / " + visible);
        assertEquals(inUnit, cappedBy.apply(ownCity, (int) inUnit - 1), "their city holds their unit: past the cap");
        assertEquals(inCity, cappedBy.apply(ownCity, (int) inCity), "at the cap: exact");
        RequestFilter otherUnit = new RequestFilter(null, null, null, astanaDept.getId(), null, null, null, null, null, null,
                null, false, null);
        long there = asManager.run(() -> requests.count(otherUnit));
        assertTrue(there >= 1 && there < inUnit, there + " / " + inUnit);
        assertEquals(there, cappedBy.apply(otherUnit, (int) there),
                "another unit: what they wrote there, exact at the cap, never their own unit's requests read in its place");
    }

    @Test
    void a_filter_on_another_citys_units_leaves_the_callers_own_requests_there_and_on_their_city_their_units_requests() {
        String marker = "Город " + System.nanoTime();
        OrgUnit astanaCity = data.unit("IT Астана", OrgUnitKind.CITY, null);
        Request own = asManager.run(() -> requests.create(Forms.of(RequestType.HR, marker + " своя", almatyDept.getId(),
                Priority.MEDIUM, null, null)));
        Request written = asAstana.run(() -> requests.create(Forms.of(RequestType.HR, marker + " написал", astanaDept.getId(),
                Priority.MEDIUM, null, null)));
        Request foreign = asAstana.run(() -> requests.create(Forms.of(RequestType.HR, marker + " чужая", astanaDept.getId(),
                Priority.MEDIUM, null, null)));
        User manager = em.createQuery("SELECT u FROM User u WHERE u.login = 'it.manager'", User.class).getSingleResult();
        data.sql("UPDATE request SET author_id = " + manager.getId() + " WHERE id = " + written.getId());
        java.util.function.BiFunction<Long, Long, List<Long>> seen = (unit, city) -> asManager.run(() -> requests.rows(
                new RequestFilter(null, null, null, unit, null, city, null, null, null, null, null, false, marker),
                new PageRequest(0, 25, "number", true))).stream().map(RequestRow::getId).toList();
        // the manager's own unit lies outside Astana: there they see what they wrote, not the unit's other requests
        assertEquals(List.of(written.getId()), seen.apply(null, astanaCity.getId()));
        assertEquals(1, asManager.run(() -> requests.count(new RequestFilter(null, null, null, null, null, astanaCity.getId(),
                null, null, null, null, null, false, marker))), "counted alike");
        assertEquals(List.of(own.getId()), seen.apply(null, almatyCity.getId()), "their own city: their unit's request");
        assertEquals(List.of(), seen.apply(almatyDept.getId(), astanaCity.getId()), "a unit outside the city: nothing");
        assertTrue(asAstana.run(() -> requests.rows(new RequestFilter(null, null, null, null, null, astanaCity.getId(), null,
                        null, null, null, null, false, marker), new PageRequest(0, 25, "number", true))).stream()
                .map(RequestRow::getId).toList().containsAll(List.of(written.getId(), foreign.getId())),
                "Astana's manager sees both of their unit");
    }

    @Test
    void finance_sees_payments_and_purchases_of_every_branch_to_approve_them_and_nothing_else_of_theirs() {
        String marker = "Финансы видят " + System.nanoTime();
        Request pay = asAstana.run(() -> requests.create(Forms.of(RequestType.PAYMENT, marker + " оплата", astanaDept.getId(),
                Priority.MEDIUM, null, null)));
        Request hr = asAstana.run(() -> requests.create(Forms.of(RequestType.HR, marker + " справка", astanaDept.getId(),
                Priority.MEDIUM, null, null)));
        RequestFilter byText = new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false, marker);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        asFinance.run(() -> requests.rows(byText, new PageRequest(0, 25, null, false))).forEach(row -> seen.add(row.getId()));
        assertTrue(seen.contains(pay.getId()), "the payment of another branch is in finance's list");
        assertEquals(pay.getId(), asFinance.run(() -> requests.find(pay.getId())).getId(), "and its card opens");
        User fin = em.createQuery("SELECT u FROM User u JOIN FETCH u.orgUnit WHERE u.login = 'it.finance'", User.class)
                .getSingleResult();
        // filtered by a type finance sees everywhere the list drops the scope condition: the same payment, counted
        RequestFilter payments = new RequestFilter(RequestType.PAYMENT, null, null, null, null, null, null, null, null, null,
                null, false, marker);
        assertEquals(List.of(pay.getId()), asFinance.run(() -> requests.rows(payments, new PageRequest(0, 25, null, false)))
                .stream().map(RequestRow::getId).toList());
        assertEquals(1, asFinance.run(() -> requests.list(payments, new PageRequest(0, 25, null, false))).total());
        RequestFilter hrOnly = new RequestFilter(RequestType.HR, null, null, null, null, null, null, null, null, null,
                null, false, marker);
        if (!astanaDept.getPath().startsWith(fin.getOrgUnit().getPath())) {
            assertFalse(seen.contains(hr.getId()), "an HR request of that branch stays out of sight");
            assertThrows(NotFoundException.class, () -> asFinance.run(() -> requests.find(hr.getId())));
            assertEquals(0, asFinance.run(() -> requests.count(hrOnly)), "filtered by another type the scope holds");
        }
        assertThrows(NotFoundException.class, () -> asExecutor.run(() -> requests.find(pay.getId())),
                "an executor of another branch does not see it");
    }

    @Test
    void a_card_reads_its_request_once_per_transaction_and_only_for_a_caller_who_may_see_it() throws Exception {
        Request r = create(RequestType.HR, "один раз " + System.nanoTime(), null);
        // one transaction (a card's GET: the card, its tasks, its files and comments ask for it): one managed object
        asManager.run(() -> {
            Request first = requests.find(r.getId());
            assertSame(first, requests.find(r.getId()), "the second ask is not a second read");
            assertSame(first, requests.open(r.getId()));
        });
        assertNotSame(asManager.run(() -> requests.find(r.getId())), asManager.run(() -> requests.find(r.getId())),
                "another transaction reads it anew");
        tx.begin();
        try {
            assertNotNull(asManager.run(() -> requests.find(r.getId())));
            assertThrows(NotFoundException.class, () -> asAstana.run(() -> requests.find(r.getId())),
                    "what one caller saw is not handed to another in the same transaction");
        } finally {
            tx.rollback();
        }
    }

    private Request create(RequestType type, String title, Long assigneeId) {
        return asManager.run(() -> requests.create(Forms.of(type, title, almatyDept.getId(), Priority.HIGH,
                LocalDate.now().plusDays(5), assigneeId)));
    }

    /**
     * N copies of a request written in SQL (the search document is made by the table's trigger), with ids base + 1 to
     * base + N and numbers "its number-g"; title, deadline and creation moment are SQL expressions over the original's
     * columns and g, the copy's ordinal.
     */
    private void copies(Request of, long base, int n, String title, String deadline, String createdAt) {
        data.sql("INSERT INTO request (id, number, type, title, org_unit_id, priority, status, author_id, version, deadline,"
                + " created_at, updated_at, over_limit) SELECT " + base + " + g, number || '-' || g, type, " + title + ","
                + " org_unit_id, priority, status, author_id, 0, " + deadline + ", " + createdAt + ", updated_at, false"
                + " FROM request, generate_series(1, " + n + ") g WHERE id = " + of.getId());
    }

    private Request act(Identity who, Request r, RequestAction action, String reason) {
        return who.run(() -> requests.act(r.getId(), requests.find(r.getId()).getVersion(), action, reason, null));
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }

    private Attachment upload(Identity who, Request r, String name, AttachmentKind kind, byte[] content) {
        return who.run(() -> attachments.upload(new RecordRef(RequestService.TYPE, r.getId()), name, kind,
                new ByteArrayInputStream(content)));
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.4\n% " + marker + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void a_payment_walks_the_workflow_with_each_role_doing_only_its_part() {
        Request r = create(RequestType.PAYMENT, "Оплата аренды склада", executor.getId());
        assertEquals(RequestStatus.NEW, r.getStatus());
        assertEquals("request.error.actionForbidden", key(() -> act(asManager, r, RequestAction.ACCEPT, null)),
                "only the assignee accepts an assigned request");
        assertEquals("request.error.transition", key(() -> act(asManager, r, RequestAction.CLOSE, null)));
        assertThrows(NotFoundException.class, () -> act(asContractor, r, RequestAction.ACCEPT, null),
                "a contractor does not even see a request not assigned to them");
        assertTrue(asExecutor.run(() -> requests.allowedActions(requests.find(r.getId()))).contains(RequestAction.ACCEPT));

        Request accepted = act(asExecutor, r, RequestAction.ACCEPT, null);
        assertEquals(RequestStatus.IN_PROGRESS, accepted.getStatus());
        assertNotNull(accepted.getAcceptedAt());
        assertEquals("request.error.actionForbidden", key(() -> act(asExecutor, r, RequestAction.COMPLETE, null)),
                "a payment is not done without approval");
        assertEquals("request.error.actionForbidden", key(() -> act(asExecutor, r, RequestAction.REJECT, "нет")),
                "an executor does not reject");
        act(asExecutor, r, RequestAction.SEND_FOR_APPROVAL, null);
        assertEquals("request.error.actionForbidden", key(() -> act(asManager, r, RequestAction.APPROVE, null)),
                "the author (a manager) is not an approver of their own request");

        BusinessException none = assertThrows(BusinessException.class, () -> act(asHead, r, RequestAction.APPROVE, null));
        assertEquals("request.error.paymentDocuments2", none.getMessageKey());
        assertEquals("Заявку на оплату нельзя согласовать: не приложены «Счёт» и «Основание (договор/акт/спецификация)»",
                Messages.of(Messages.DEFAULT_LOCALE, none));
        upload(asExecutor, r, "счёт-112.pdf", AttachmentKind.INVOICE, pdf("invoice"));
        BusinessException one = assertThrows(BusinessException.class, () -> act(asHead, r, RequestAction.APPROVE, null));
        assertEquals("request.error.paymentDocuments", one.getMessageKey());
        assertEquals(RequestStatus.ON_APPROVAL, asHead.run(() -> requests.find(r.getId()).getStatus()));
        upload(asExecutor, r, "договор.pdf", AttachmentKind.BASIS, pdf("basis"));

        assertEquals(RequestStatus.AWAITING, act(asHead, r, RequestAction.APPROVE, null).getStatus());
        assertEquals(RequestStatus.DONE, act(asFinance, r, RequestAction.COMPLETE, null).getStatus(),
                "finance marks a payment paid");
        assertEquals("request.error.actionForbidden", key(() -> act(asExecutor, r, RequestAction.CLOSE, null)));
        Request closed = act(asManager, r, RequestAction.CLOSE, null);
        assertEquals(RequestStatus.CLOSED, closed.getStatus());
        assertNotNull(closed.getClosedAt());
        assertTrue(asManager.run(() -> requests.allowedActions(requests.find(r.getId()))).isEmpty());

        List<String> statuses = asManager.run(() -> requests.history(r.getId())).stream()
                .filter(h -> "status".equals(h.getField())).map(h -> h.getOldValue() + "→" + h.getNewValue()).toList();
        assertEquals(List.of("null→NEW", "NEW→IN_PROGRESS", "IN_PROGRESS→ON_APPROVAL", "ON_APPROVAL→AWAITING",
                "AWAITING→DONE", "DONE→CLOSED"), statuses, "every transition is in the history");
    }

    @Test
    void return_for_rework_needs_a_reason_and_the_author_resumes() {
        Request r = create(RequestType.HR, "Справка для визы", executor.getId());
        act(asExecutor, r, RequestAction.ACCEPT, null);
        assertEquals("request.error.reasonRequired", key(() -> act(asManager, r, RequestAction.RETURN_FOR_REWORK, " ")));
        Request back = act(asManager, r, RequestAction.RETURN_FOR_REWORK, "Укажите посольство");
        assertEquals(RequestStatus.REWORK, back.getStatus());
        assertEquals("Укажите посольство", back.getStatusReason());
        assertTrue(asManager.run(() -> requests.mayEdit(requests.find(r.getId()))), "back for rework: editable");
        assertEquals(RequestStatus.IN_PROGRESS, act(asManager, r, RequestAction.RESUME, null).getStatus());
        assertThrows(ConcurrentEditException.class, () -> asManager.run(() -> requests.act(r.getId(), 1L,
                RequestAction.WONT_FIX, "устарело", null)), "a stale version is refused");
        assertEquals(RequestStatus.WONT_FIX, act(asManager, r, RequestAction.WONT_FIX, "Уже не нужно").getStatus());
    }

    @Test
    void the_author_edits_a_new_request_and_the_history_keeps_old_and_new_values() {
        Request r = create(RequestType.PURCHASE, "Бумага", null);
        Map<String, String> fields = new HashMap<>(SampleFields.of(RequestType.PURCHASE, LocalDate.now()));
        fields.put("quantity", "60");
        NewRequest changed = new NewRequest(RequestType.PURCHASE, "Бумага А4, 60 пачек", null, almatyDept.getId(),
                Priority.MEDIUM, null, null, null, null, null, fields);
        Request edited = asManager.run(() -> requests.update(r.getId(), r.getVersion(), changed));
        assertEquals("60", asManager.run(() -> requests.open(r.getId()).getDetails().get("quantity")));
        assertThrows(ConcurrentEditException.class, () -> asManager.run(() -> requests.update(r.getId(), r.getVersion(),
                changed)), "an edit based on an old version is refused");
        assertTrue(asManager.run(() -> requests.history(r.getId())).stream().anyMatch(h -> "field.quantity".equals(h.getField())
                && "40".equals(h.getOldValue()) && "60".equals(h.getNewValue())));
        NewRequest otherType = new NewRequest(RequestType.HR, "Бумага", null, almatyDept.getId(), Priority.MEDIUM, null,
                null, null, null, null, fields);
        assertEquals("request.error.typeFixed", key(() -> asManager.run(() -> requests.update(r.getId(),
                edited.getVersion(), otherType))));
        assertEquals("request.error.notEditable", key(() -> asExecutor.run(() -> requests.update(r.getId(),
                edited.getVersion(), changed))), "neither author nor manager");
        act(asExecutor, r, RequestAction.ACCEPT, null);
        assertEquals("request.error.notEditable", key(() -> asManager.run(() -> requests.update(r.getId(),
                requests.find(r.getId()).getVersion(), changed))), "in progress: content is fixed");
    }

    @Test
    void urgent_requests_wait_for_their_assignee_to_accept_and_duplicates_link_the_original() {
        Request urgent = asManager.run(() -> requests.create(Forms.of(RequestType.IT, "Не работает касса", almatyDept.getId(),
                Priority.URGENT, null, null)));
        assertFalse(asExecutor.run(() -> requests.allowedActions(requests.find(urgent.getId())))
                .contains(RequestAction.ACCEPT), "nobody picks up an unassigned urgent request on their own");
        Request normal = create(RequestType.IT, "Доступ к CRM", null);
        Request taken = act(asExecutor, normal, RequestAction.ACCEPT, null);
        assertEquals(executor.getId(), taken.getAssignee().getId(), "taking an unassigned request assigns it");

        Request dup = create(RequestType.IT, "Доступ к CRM (повтор)", null);
        assertEquals("request.error.duplicateOf", key(() -> asManager.run(() -> requests.act(dup.getId(), null,
                RequestAction.MARK_DUPLICATE, null, "IT-1999-000001"))));
        Request marked = asManager.run(() -> requests.act(dup.getId(), null, RequestAction.MARK_DUPLICATE, null,
                normal.getNumber().toLowerCase(Locale.ROOT)));
        assertEquals(RequestStatus.DUPLICATE, marked.getStatus());
        assertEquals(normal.getId(), asManager.run(() -> requests.open(dup.getId()).getDuplicateOf().getId()));
    }

    @Test
    void a_request_moves_up_or_down_the_hierarchy_only() {
        Request r = create(RequestType.PURCHASE, "Стулья", null);
        assertEquals("request.error.transferTarget", key(() -> asManager.run(() -> requests.transfer(r.getId(), null,
                astanaDept.getId(), null))));
        assertEquals("request.error.actionForbidden", key(() -> asExecutor.run(() -> requests.transfer(r.getId(), null,
                almatyCity.getId(), null))));
        Request up = asManager.run(() -> requests.transfer(r.getId(), null, almatyCity.getId(), "Для всего города"));
        assertEquals(almatyCity.getId(), up.getOrgUnit().getId());
        assertTrue(asManager.run(() -> requests.history(r.getId())).stream()
                .anyMatch(h -> "orgUnit".equals(h.getField()) && "IT Алматы".equals(h.getNewValue())));
    }

    @Test
    void each_type_requires_its_own_fields() {
        for (RequestType type : RequestType.values()) {
            NewRequest complete = Forms.of(type, "Полная заявка " + type, almatyDept.getId(), Priority.LOW, null, null);
            Request ok = asManager.run(() -> requests.create(complete));
            assertEquals(complete.fields().size(), asManager.run(() -> requests.open(ok.getId()).getDetails().size()));
            for (FieldSpec spec : TypeFields.of(type)) {
                if (!spec.required()) {
                    continue;
                }
                Map<String, String> fields = new HashMap<>(SampleFields.of(type, LocalDate.now()));
                fields.remove(spec.key());
                NewRequest missing = new NewRequest(type, "Без поля " + spec.key(), null, almatyDept.getId(),
                        Priority.LOW, null, null, null, complete.amount(), complete.currency(), fields);
                BusinessException e = assertThrows(BusinessException.class,
                        () -> asManager.run(() -> requests.create(missing)), type + " without " + spec.key());
                assertEquals("request.error.fieldRequired", e.getMessageKey());
                assertEquals(new Messages.Text(spec.label()), e.getArguments()[0]);
            }
        }
        Map<String, String> incident = new HashMap<>(SampleFields.of(RequestType.IT, LocalDate.now()));
        incident.put("itKind", "INCIDENT");
        NewRequest noSeverity = new NewRequest(RequestType.IT, "Инцидент", null, almatyDept.getId(), Priority.HIGH, null,
                null, null, null, null, incident);
        BusinessException e = assertThrows(BusinessException.class, () -> asManager.run(() -> requests.create(noSeverity)));
        assertEquals("Заполните поле «Критичность инцидента»", Messages.of(Messages.DEFAULT_LOCALE, e));
        incident.put("severity", "S9");
        NewRequest badChoice = new NewRequest(RequestType.IT, "Инцидент", null, almatyDept.getId(), Priority.HIGH, null,
                null, null, null, null, incident);
        assertEquals("request.error.fieldChoice", key(() -> asManager.run(() -> requests.create(badChoice))));
        NewRequest noAmount = new NewRequest(RequestType.PAYMENT, "Оплата без суммы", null, almatyDept.getId(),
                Priority.HIGH, null, null, null, null, null, SampleFields.of(RequestType.PAYMENT, LocalDate.now()));
        assertEquals("Заполните поле «Сумма»", Messages.of(Messages.DEFAULT_LOCALE,
                assertThrows(BusinessException.class, () -> asManager.run(() -> requests.create(noAmount)))));
    }

    @Test
    void numbers_stay_unique_when_many_requests_are_created_at_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                futures.add(pool.submit(() -> create(RequestType.MARKETING, "Параллельная заявка " + n, null).getNumber()));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<String> f : futures) {
                numbers.add(f.get());
            }
            assertEquals(40, numbers.size(), "no number given twice: " + numbers);
            assertTrue(numbers.stream().allMatch(s -> s.matches("MKT-\\d{4}-\\d{6}")), numbers.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void files_keep_every_revision_are_checked_by_their_bytes_and_vanish_with_a_rolled_back_upload() throws Exception {
        Request r = create(RequestType.CONTRACT, "Договор поставки", executor.getId());
        RecordRef ref = new RecordRef(RequestService.TYPE, r.getId());
        Attachment v1 = upload(asManager, r, "Договор.pdf", AttachmentKind.BASIS, pdf("v1"));
        Attachment v2 = upload(asExecutor, r, "договор.PDF", AttachmentKind.BASIS, pdf("v2"));
        assertEquals(1, v1.getRevision());
        assertEquals(2, v2.getRevision(), "the same name again is the next revision");
        assertEquals(2, asManager.run(() -> attachments.list(ref)).size(), "old revisions are kept");
        try (InputStream in = asManager.run(() -> attachments.content(attachments.forDownload(v1.getId())))) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.US_ASCII).contains("v1"));
        }
        assertEquals("application/pdf", v1.getContentType());
        assertEquals("file.error.type", key(() -> upload(asManager, r, "invoice.pdf", AttachmentKind.OTHER,
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff})),
                "a program renamed to .pdf is refused: the type comes from the bytes");
        assertEquals("file.error.empty", key(() -> upload(asManager, r, "empty.txt", AttachmentKind.OTHER, new byte[0])));

        byte[] unique = ("Черновик, откатывается " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(unique));
        Path stored = FileStorage.root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
        long rowsBefore = data.count("SELECT COUNT(a) FROM Attachment a");
        tx.begin();
        try {
            upload(asManager, r, "draft.txt", AttachmentKind.OTHER, unique);
            assertTrue(Files.exists(stored), "written while the transaction runs");
        } finally {
            tx.rollback();
        }
        assertFalse(Files.exists(stored), "no orphan file after the rollback");
        assertEquals(rowsBefore, data.count("SELECT COUNT(a) FROM Attachment a"));
        assertEquals(0L, data.count("SELECT COUNT(s) FROM StoredFile s WHERE s.sha256 = '" + sha + "'"));
    }

    @Test
    void a_text_search_is_counted_up_to_a_thousand_and_says_more_past_it() {
        String word = "зонтикомер" + (System.nanoTime() % 1_000_000);
        Request first = create(RequestType.IT, "Проверить " + word, null);
        long base = 9_000_000_000_000L + (System.nanoTime() % 1_000_000) * 10_000;
        // a thousand more with the same word, copied in SQL (the search document is made by the table's trigger)
        copies(first, base, RequestService.SEARCH_COUNT_CAP, "title", "deadline", "created_at");
        try {
            RequestFilter byWord = new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false,
                    word);
            Page<RequestRow> page = asManager.run(() -> requests.list(byWord, new PageRequest(0, 25, null, false)));
            assertTrue(page.atLeast(), "1,001 matches: more than the search's cap");
            assertEquals(RequestService.SEARCH_COUNT_CAP, page.total());
            assertEquals(25, page.rows().size());
            assertEquals(RequestService.SEARCH_COUNT_CAP + 1L, asManager.run(() -> requests.count(byWord)));
            RequestFilter allIt = new RequestFilter(RequestType.IT, null, null, null, null, null, null, null, null,
                    null, null, false, null);
            Page<RequestRow> noSearch = asManager.run(() -> requests.list(allIt, new PageRequest(0, 1, null, false)));
            assertTrue(!noSearch.atLeast() && noSearch.total() > RequestService.SEARCH_COUNT_CAP,
                    "the same rows without a search are counted exactly up to 10,000: " + noSearch.total());
            data.sql("DELETE FROM request WHERE id = " + (base + 1));
            Page<RequestRow> exact = asManager.run(() -> requests.list(byWord, new PageRequest(975, 25, null, false)));
            assertFalse(exact.atLeast(), "a thousand matches: exact");
            assertEquals(RequestService.SEARCH_COUNT_CAP, exact.total());
            assertEquals(25, exact.rows().size(), "the last page");
        } finally {
            data.sql("DELETE FROM request WHERE id > " + base + " AND id <= " + (base + RequestService.SEARCH_COUNT_CAP));
        }
    }

    @Test
    void a_page_cut_from_the_ids_its_count_found_is_the_page_the_filter_reads_itself() {
        String word = "листоверт" + (System.nanoTime() % 1_000_000);
        Request first = create(RequestType.IT, "Починить " + word, null);
        long base = 9_100_000_000_000L + (System.nanoTime() % 1_000_000) * 100;
        // 40 more with the word, titles, moments and deadlines apart, so that every sort has an order to keep
        copies(first, base, 40, "'Починить ' || (g % 7) || ' " + word + "'", "current_date + (g % 5)",
                "created_at - g * interval '1 minute'");
        try {
            RequestFilter byWord = new RequestFilter(RequestType.IT, null, null, null, null, null, null, null, null, null,
                    null, false, word);
            for (String sort : new String[]{null, "title", "deadline", "number"}) {
                for (int from : new int[]{0, 25}) {
                    PageRequest page = new PageRequest(from, 25, sort, "title".equals(sort));
                    // list: the count and the page in one transaction, the page cut from the count's 41 ids;
                    // rows alone: the page found by the filter itself
                    Page<RequestRow> listed = asManager.run(() -> requests.list(byWord, page));
                    List<Long> itself = asManager.run(() -> requests.rows(byWord, page)).stream().map(RequestRow::getId).toList();
                    assertEquals(41, listed.total());
                    assertEquals(from == 0 ? 25 : 16, itself.size());
                    assertEquals(itself, listed.rows().stream().map(RequestRow::getId).toList(), sort + " from " + from);
                }
            }
            RequestFilter none = new RequestFilter(RequestType.IT, null, null, null, null, null, null, null, null, null,
                    null, false, word + "щщщ");
            assertEquals(0, asManager.run(() -> requests.list(none, new PageRequest(0, 25, null, false))).rows().size());
        } finally {
            data.sql("DELETE FROM request WHERE id > " + base + " AND id <= " + (base + 40));
        }
    }

    @Test
    void a_page_of_a_few_thousand_matches_read_and_sorted_is_the_page_the_sort_index_gives() {
        // past the ids a page is cut from (1,000) and within the band read and sorted (2,000): 1,499 requests of one
        // day of 2001, a second apart, titles and deadlines repeating, a third of the deadlines empty
        Request first = create(RequestType.IT, "Проверить сортировку", null);
        long base = 9_200_000_000_000L + (System.nanoTime() % 1_000_000) * 10_000;
        int n = 1_499;
        copies(first, base, n, "'Сортировка ' || (g % 13)", "CASE WHEN g % 3 = 0 THEN NULL ELSE current_date + (g % 11) END",
                "timestamptz '2001-02-03 06:00:00+00' + g * interval '1 second'");
        try {
            LocalDate day = LocalDate.of(2001, 2, 3);
            RequestFilter ofTheDay = new RequestFilter(RequestType.IT, null, null, null, null, null, null, null, null, day,
                    day, false, null);
            for (String sort : new String[]{null, "title", "deadline", "number", "priority"}) {
                for (boolean ascending : new boolean[]{true, false}) {
                    for (int from : new int[]{0, 1_475}) {
                        PageRequest page = new PageRequest(from, 25, sort, ascending);
                        // list: the count then the page in one transaction (read and sorted); rows alone: the sort index
                        Page<RequestRow> listed = asManager.run(() -> requests.list(ofTheDay, page));
                        List<Long> itself = asManager.run(() -> requests.rows(ofTheDay, page)).stream()
                                .map(RequestRow::getId).toList();
                        assertEquals(n, listed.total());
                        assertEquals(from == 0 ? 25 : 24, itself.size());
                        assertEquals(itself, listed.rows().stream().map(RequestRow::getId).toList(),
                                sort + (ascending ? " ascending" : " descending") + " from " + from);
                    }
                }
            }
        } finally {
            data.sql("DELETE FROM request WHERE id > " + base + " AND id <= " + (base + n));
        }
    }

    @Test
    void the_text_filter_is_served_by_the_search_index_in_a_prepared_statements_generic_plan_too() throws Exception {
        String name = "it_search_" + System.nanoTime();
        tx.begin();
        try {
            // the list's statements are prepared; after a few runs PostgreSQL may plan them once for any value.
            // The filter as the list writes it (V19) must still reach the GIN index then; a bound TRUE could not.
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_generic_plan").executeUpdate();
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            em.createNativeQuery("PREPARE " + name + "(text) AS SELECT id FROM request"
                    + " WHERE ordo_fts(search_doc, $1) = ordo_true()").executeUpdate();
            em.createNativeQuery("PREPARE " + name + "_bound(text, boolean) AS SELECT id FROM request"
                    + " WHERE ordo_fts(search_doc, $1) = $2").executeUpdate();
            try {
                String plan = plan("EXPLAIN EXECUTE " + name + "('картридж')");
                assertTrue(plan.contains("request_search_idx"), plan);
                String bound = plan("EXPLAIN EXECUTE " + name + "_bound('картридж', true)");
                assertFalse(bound.contains("request_search_idx"), "the form it replaced: " + bound);
            } finally {
                // prepared statements outlive the transaction on the pooled connection
                em.createNativeQuery("DEALLOCATE " + name).executeUpdate();
                em.createNativeQuery("DEALLOCATE " + name + "_bound").executeUpdate();
            }
        } finally {
            tx.rollback();
        }
    }

    private String plan(String explain) {
        return String.join("\n", em.createNativeQuery(explain).getResultList().stream().map(String::valueOf).toList());
    }

    @Test
    void comments_store_mentions_and_search_finds_words_of_titles_descriptions_and_comments() {
        Request r = create(RequestType.IT, "Настройка принтеров в бухгалтерии", executor.getId());
        Comment c = asManager.run(() -> comments.add(new RecordRef(RequestService.TYPE, r.getId()),
                "@it.executor проверь картриджи, спасибо! Пишите на a@it.manager.kz"));
        assertEquals(Set.of("it.executor"), c.getMentions().stream().map(User::getLogin).collect(java.util.stream.Collectors.toSet()),
                "the mention resolves to the user; an e-mail address is not a mention");
        RequestFilter byComment = new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false,
                "картридж");
        List<RequestRow> found = asManager.run(() -> requests.rows(byComment, new PageRequest(0, 50, null, false)));
        assertTrue(found.stream().anyMatch(x -> x.getId().equals(r.getId())), "Russian stemming: картриджи ~ картридж");
        RequestFilter byTitle = new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false,
                "принтер");
        assertTrue(asManager.run(() -> requests.rows(byTitle, new PageRequest(0, 50, null, false))).stream()
                .anyMatch(x -> x.getId().equals(r.getId())));
        RequestFilter byNumber = new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false,
                r.getNumber());
        assertEquals(1, asManager.run(() -> requests.count(byNumber)));
        assertEquals(0, asAstana.run(() -> requests.count(byNumber)), "search never crosses the scope");

        ChecklistItem a = asExecutor.run(() -> checklist.add(new RecordRef(RequestService.TYPE, r.getId()), "Купить"));
        ChecklistItem b = asExecutor.run(() -> checklist.add(new RecordRef(RequestService.TYPE, r.getId()), "Заменить"));
        asExecutor.run(() -> {
            checklist.move(b.getId(), b.getVersion(), -1);
            return null;
        });
        List<ChecklistItem> items = asExecutor.run(() -> checklist.list(new RecordRef(RequestService.TYPE, r.getId())));
        assertEquals(List.of("Заменить", "Купить"), items.stream().map(ChecklistItem::getText).toList());
        ChecklistItem ticked = asExecutor.run(() -> checklist.tick(items.get(1).getId(), items.get(1).getVersion(), true));
        assertTrue(ticked.isDone());
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> checklist.list(new RecordRef(RequestService.TYPE, r.getId()))));
    }

    @Test
    void a_card_reads_the_request_the_callers_rights_and_its_contents_in_one_call_each_within_the_scope() {
        Request r = create(RequestType.PAYMENT, "Карточка одним вызовом", executor.getId());
        RecordRef ref = new RecordRef(RequestService.TYPE, r.getId());
        asExecutor.run(() -> checklist.add(ref, "Проверить счёт"));
        asManager.run(() -> comments.add(ref, "Счёт во вложении"));
        upload(asManager, r, "invoice.pdf", AttachmentKind.INVOICE, pdf("card"));

        RequestCard managers = asManager.run(() -> requests.card(r.getId()));
        assertEquals(r.getNumber(), managers.request().getNumber());
        assertTrue(managers.editable(), "the author edits a new request");
        assertTrue(managers.assignable() && managers.mayAddTask(), "a manager assigns and adds tasks");
        assertFalse(managers.actions().contains(RequestAction.ACCEPT), "only the assignee accepts");
        RequestCard executors = asExecutor.run(() -> requests.card(r.getId()));
        assertTrue(executors.actions().contains(RequestAction.ACCEPT));
        assertFalse(executors.assignable(), "only managers assign");
        assertTrue(executors.mayAddTask(), "the assignee adds tasks to the request");

        RecordContents seen = asExecutor.run(() -> contents.of(ref));
        assertEquals(List.of("Проверить счёт"), seen.checklist().stream().map(ChecklistItem::getText).toList());
        assertEquals(List.of("invoice.pdf"), seen.files().stream().map(Attachment::getName).toList());
        assertEquals(List.of("Счёт во вложении"), seen.comments().stream().map(Comment::getBody).toList());
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> requests.card(r.getId())));
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> contents.of(ref)));

        Request outsourced = create(RequestType.IT, "Ремонт сети подрядчиком", data.user("it.contractor", almatyDept, Role.CONTRACTOR).getId());
        RequestCard contractors = asContractor.run(() -> requests.card(outsourced.getId()));
        assertFalse(contractors.mayAddTask() || contractors.editable() || contractors.assignable(),
                "a contractor assigned to a request works on it but adds no tasks (the task service refuses them too)");
    }

    @Test
    void another_departments_request_is_refused_in_the_service_and_the_rest_api() throws Exception {
        Request r = create(RequestType.PAYMENT, "Чужая заявка", executor.getId());
        Attachment file = upload(asManager, r, "invoice.pdf", AttachmentKind.INVOICE, pdf("scope"));
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> requests.open(r.getId())));
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> attachments.forDownload(file.getId())));
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> requests.act(r.getId(), null,
                RequestAction.REJECT, "не моё", null)));
        assertThrows(NotFoundException.class, () -> asAstana.run(() -> comments.add(new RecordRef(RequestService.TYPE,
                r.getId()), "привет")));

        HttpClient http = HttpClient.newHttpClient();
        String api = "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/api/v1/";
        String foreignToken = asAdmin.run(() -> apiTokens.issue(astana.getId()));
        for (String path : List.of("requests/" + r.getId(), "requests/" + r.getId() + "/files", "requests/" + r.getId()
                + "/history", "files/" + file.getId())) {
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(api + path))
                    .header("Authorization", "Bearer " + foreignToken).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, resp.statusCode(), path + " " + resp.body());
        }
        HttpResponse<String> move = http.send(HttpRequest.newBuilder(URI.create(api + "requests/" + r.getId() + "/transitions"))
                .header("Authorization", "Bearer " + foreignToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"REJECT\",\"reason\":\"чужое\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, move.statusCode(), move.body());

        User manager = data.user("it.manager", almatyDept, Role.MANAGER);
        String token = asAdmin.run(() -> apiTokens.issue(manager.getId()));
        HttpResponse<String> own = http.send(HttpRequest.newBuilder(URI.create(api + "requests/" + r.getId()))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, own.statusCode(), own.body());
        JsonObject json = Json.createReader(new StringReader(own.body())).readObject();
        assertEquals("ТОО «Арендодатель»", json.getJsonObject("fields").getString("supplier"));
        HttpResponse<String> forbidden = http.send(HttpRequest.newBuilder(URI.create(api + "requests/" + r.getId()
                        + "/transitions")).header("Authorization", "Bearer " + token).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"CLOSE\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forbidden.statusCode());
        assertEquals("A request cannot go from “New” to “Closed”",
                Json.createReader(new StringReader(forbidden.body())).readObject().getString("message"));
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(api.replace("/ordo/api/v1/", "/openapi")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/requests/{id}/transitions"), openapi.body());
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(api + "files/" + file.getId()))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(new String(download.body(), StandardCharsets.US_ASCII).contains("scope"));
    }

    @Test
    void sorted_by_priority_the_list_and_its_export_go_by_urgency_not_by_the_codes_letters() throws Exception {
        String marker = "prio" + System.nanoTime();
        for (Priority p : List.of(Priority.HIGH, Priority.LOW, Priority.URGENT, Priority.MEDIUM)) {
            asManager.run(() -> requests.create(Forms.of(RequestType.IT, "Приоритет " + marker + " " + p,
                    almatyDept.getId(), p, LocalDate.now().plusDays(5), null)));
        }
        RequestFilter filter = new RequestFilter(RequestType.IT, null, null, null, null, null, null, null, null,
                null, null, false, marker);
        List<Priority> urgency = List.of(Priority.LOW, Priority.MEDIUM, Priority.HIGH, Priority.URGENT);
        assertEquals(urgency, asManager.run(() -> requests.rows(filter, new PageRequest(0, 25, "priority", true)))
                .stream().map(RequestRow::getPriority).toList());
        assertEquals(List.of(Priority.URGENT, Priority.HIGH, Priority.MEDIUM, Priority.LOW),
                asManager.run(() -> requests.list(filter, new PageRequest(0, 25, "priority", false))).rows().stream()
                        .map(RequestRow::getPriority).toList(), "descending: the urgent first");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        assertEquals(4L, asManager.run(() -> requests.export(filter, "priority", false, kz.ordo.shared.ExportFormat.CSV,
                Messages.DEFAULT_LOCALE, csv)));
        List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
        assertTrue(lines.get(0).contains("Срочно") && lines.get(3).contains("Низкий"), String.join("\n", lines));
    }

    @Test
    void sorted_by_status_the_list_goes_by_the_workflow_not_by_the_codes_letters() {
        String marker = "stat" + System.nanoTime();
        for (RequestStatus s : List.of(RequestStatus.CLOSED, RequestStatus.NEW, RequestStatus.REJECTED,
                RequestStatus.AWAITING, RequestStatus.IN_PROGRESS, RequestStatus.REWORK)) {
            Request r = create(RequestType.IT, "Статус " + marker + " " + s, null);
            data.sql("UPDATE request SET status = '" + s + "' WHERE id = " + r.getId());
        }
        RequestFilter filter = new RequestFilter(RequestType.IT, null, null, null, null, null, null, null, null,
                null, null, false, marker);
        assertEquals(List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.REWORK, RequestStatus.AWAITING,
                        RequestStatus.CLOSED, RequestStatus.REJECTED),
                asManager.run(() -> requests.rows(filter, new PageRequest(0, 25, "status", true))).stream()
                        .map(RequestRow::getStatus).toList());
        assertEquals(List.of(RequestStatus.REJECTED, RequestStatus.CLOSED, RequestStatus.AWAITING, RequestStatus.REWORK,
                        RequestStatus.IN_PROGRESS, RequestStatus.NEW),
                asManager.run(() -> requests.rows(filter, new PageRequest(0, 25, "status", false))).stream()
                        .map(RequestRow::getStatus).toList(), "descending: the final ones first");
    }

    @Test
    void the_export_holds_exactly_the_rows_the_filter_shows() throws Exception {
        String marker = "exp" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            create(RequestType.PURCHASE, "Экспорт " + marker + " №" + i, null);
        }
        create(RequestType.PURCHASE, "Другая заявка без метки", null);
        RequestFilter filter = new RequestFilter(RequestType.PURCHASE, null, null, null, null, null, null, null, null,
                null, null, false, marker);
        List<String> shown = asManager.run(() -> requests.rows(filter, new PageRequest(0, 50, "number", true))).stream()
                .map(RequestRow::getNumber).toList();
        assertEquals(3, shown.size());
        assertEquals(shown.stream().sorted().toList(), shown, "sorted by the number alone, ascending");
        List<String> descending = new ArrayList<>(shown);
        java.util.Collections.reverse(descending);
        assertEquals(descending, asManager.run(() -> requests.rows(filter, new PageRequest(0, 50, "number", false)))
                .stream().map(RequestRow::getNumber).toList(), "and descending");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        assertEquals(3L, asManager.run(() -> requests.export(filter, "number", true, kz.ordo.shared.ExportFormat.XLSX,
                Messages.DEFAULT_LOCALE, xlsx)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Номер", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> exported = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                exported.add(sheet.getRow(i).getCell(0).getStringCellValue());
            }
            assertEquals(shown, exported, "same rows, same order as the list");
            assertEquals("Закуп / заказ", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(LocalDate.now().plusDays(5), sheet.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate(),
                    "dates are dates");
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        asManager.run(() -> requests.export(filter, "number", true, kz.ordo.shared.ExportFormat.CSV, Locale.forLanguageTag("en"), csv));
        String text = csv.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNumber;Type;Title"), text);
        List<String> lines = text.lines().skip(1).toList();
        assertEquals(shown, lines.stream().map(l -> l.substring(0, l.indexOf(';'))).toList());

        Long id = asManager.run(() -> savedFilters.save("requests", "Мои закупки", "type=PURCHASE").getId());
        assertThrows(NotFoundException.class, () -> asExecutor.run(() -> savedFilters.find(id)),
                "a saved filter is its owner's only");
    }
}

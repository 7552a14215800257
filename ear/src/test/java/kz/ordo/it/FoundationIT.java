package kz.ordo.it;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import kz.ordo.audit.boundary.AuditFilter;
import kz.ordo.audit.boundary.AuditLogService;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.audit.entity.AuditEntry;
import kz.ordo.identity.boundary.ApiTokenService;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.boundary.LoginOutcome;
import kz.ordo.identity.boundary.LoginService;
import kz.ordo.identity.boundary.UserFilter;
import kz.ordo.identity.boundary.UserForm;
import kz.ordo.identity.boundary.UserService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The foundation's guarantees, in the container against PostgreSQL: persistence through EclipseLink and
 * Flyway's schema, role checks on EJB methods, the organisational and contractor scope, audit rows in the
 * same transaction, the append-only audit log, lockout after failed logins, optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(FoundationIT.class, TestData.class, Identity.class, AsAdmin.class, AsManager.class,
                AsAstanaManager.class, AsExecutor.class, AsContractor.class, Forms.class);
    }

    @EJB
    TestData data;
    @EJB
    AsAdmin asAdmin;
    @EJB
    AsManager asManager;
    @EJB
    AsAstanaManager asAstanaManager;
    @EJB
    AsExecutor asExecutor;
    @EJB
    AsContractor asContractor;
    @EJB
    RequestService requests;
    @EJB
    AuditLogService audit;
    @EJB
    UserService users;
    @EJB
    LoginService login;
    @EJB
    ApiTokenService apiTokens;
    @EJB
    OrgUnitService units;
    @PersistenceContext
    EntityManager em;
    @Resource
    UserTransaction tx;

    private OrgUnit almatyDept;
    private OrgUnit astanaDept;
    private User contractor;

    @BeforeEach
    void arrange() {
        data.unit("IT Алматы", OrgUnitKind.CITY, null);
        almatyDept = data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы");
        data.unit("IT Астана", OrgUnitKind.CITY, null);
        astanaDept = data.unit("IT Астана продажи", OrgUnitKind.DEPARTMENT, "IT Астана");
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.admin", root, Role.ADMIN);
        data.user("it.manager", almatyDept, Role.MANAGER);
        data.user("it.astana", astanaDept, Role.MANAGER);
        data.user("it.executor", almatyDept, Role.EXECUTOR);
        contractor = data.user("it.contractor", almatyDept, Role.CONTRACTOR);
    }

    private Request createAsManager(String title, Long assigneeId) {
        return asManager.run(() -> requests.create(Forms.of(RequestType.PAYMENT, title,
                almatyDept.getId(), Priority.HIGH, LocalDate.now().plusDays(3), assigneeId)));
    }

    @Test
    void requests_are_stored_through_eclipselink_with_a_numbered_identity() {
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence"),
                "JPA provider is " + em.getDelegate().getClass().getName());
        Request first = createAsManager("Оплата аренды", null);
        Request second = createAsManager("Оплата связи", null);
        String year = String.valueOf(LocalDate.now().getYear());
        assertTrue(first.getNumber().matches("PAY-" + year + "-\\d{6}"), first.getNumber());
        long a = Long.parseLong(first.getNumber().substring(9));
        long b = Long.parseLong(second.getNumber().substring(9));
        assertEquals(a + 1, b, "numbers of one type and year are consecutive");
        em.clear();
        Request reloaded = em.find(Request.class, first.getId());
        assertTrue(!em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(reloaded, "author"),
                "LAZY to-one is honoured: the entities are statically woven");
        assertEquals("Оплата аренды", reloaded.getTitle());
        assertEquals(1, reloaded.getVersion(), "EclipseLink starts optimistic-lock versions at 1");
    }

    @Test
    void ejb_methods_refuse_callers_without_the_role() {
        assertThrows(EJBAccessException.class, () -> asExecutor.run(() -> users.count(UserFilter.none())));
        assertThrows(EJBAccessException.class, () -> asContractor.run(() -> requests.create(Forms.of(
                RequestType.IT, "Хочу доступ", almatyDept.getId(), Priority.LOW, null, null))));
        assertThrows(EJBAccessException.class, () -> requests.count(RequestFilter.none()), "anonymous caller");
        assertTrue(asAdmin.run(() -> users.count(UserFilter.none())) >= 5);
    }

    @Test
    void a_capped_count_is_exact_up_to_the_cap_and_says_more_past_it() {
        int users = (int) data.count("SELECT COUNT(u) FROM User u");
        java.util.function.IntFunction<Long> capped = cap -> kz.ordo.shared.CappedCount.of(
                em.createQuery("SELECT u.id FROM User u", Long.class),
                () -> em.createQuery("SELECT COUNT(u.id) FROM User u", Long.class), cap);
        assertEquals(users, capped.apply(users + 1), "under the cap: exact");
        assertEquals(users, capped.apply(users), "at the cap: exact");
        assertEquals(users - 2L, capped.apply(users - 3), "past the cap: cap + 1 (\"more\")");
    }

    @Test
    void the_audit_log_is_paged_newest_first_with_a_count_capped_like_every_list() {
        Request r = createAsManager("Аудит по страницам " + System.nanoTime(), null);
        asManager.run(() -> requests.update(r.getId(), r.getVersion(), Forms.of(RequestType.PAYMENT, r.getTitle() + " (исправлено)",
                almatyDept.getId(), Priority.LOW, LocalDate.now().plusDays(5), null)));
        long rows = data.auditRows("Request", r.getId());
        AuditFilter mine = new AuditFilter("Request", r.getId(), null, null, null, null);
        assertTrue(rows >= 2, "created and changed: " + rows);

        Page<AuditEntry> first = asAdmin.run(() -> audit.page(mine, new PageRequest(0, 1, null, false)));
        assertEquals(rows, first.total(), "counted exactly under the cap");
        assertFalse(first.atLeast());
        Page<AuditEntry> all = asAdmin.run(() -> audit.page(mine, new PageRequest(0, 50, null, false)));
        assertEquals(first.rows().get(0).getId(), all.rows().get(0).getId());
        for (int i = 1; i < all.rows().size(); i++) {
            assertFalse(all.rows().get(i).getAt().isAfter(all.rows().get(i - 1).getAt()), "newest first");
        }
        assertTrue(asAdmin.run(() -> audit.page(new AuditFilter("Request", r.getId(), null, AuditAction.CREATE, null, null),
                new PageRequest(0, 50, null, false))).rows().stream().allMatch(a -> a.getAction() == AuditAction.CREATE));
        long whole = asAdmin.run(() -> audit.count(AuditFilter.none()));
        long inDb = data.count("SELECT COUNT(a) FROM AuditEntry a");
        assertEquals(inDb > CappedCount.CAP ? CappedCount.CAP + 1L : inDb, whole,
                "the whole log: exact while small, cap + 1 (\"more\") once past the cap");
        assertThrows(EJBAccessException.class, () -> asManager.run(() -> audit.page(mine, new PageRequest(0, 1, null, false))),
                "administrators only");
    }

    @Test
    void a_contractor_reaches_only_requests_assigned_to_them() {
        Request mine = createAsManager("Ремонт кондиционера", contractor.getId());
        Request notMine = createAsManager("Закуп бумаги", null);

        List<RequestRow> seen = asContractor.run(() -> requests.rows(RequestFilter.none(), new PageRequest(0, 200, null, false)));
        long counted = asContractor.run(() -> requests.count(RequestFilter.none()));
        assertTrue(seen.stream().anyMatch(r -> r.getId().equals(mine.getId())));
        assertTrue(seen.stream().noneMatch(r -> r.getId().equals(notMine.getId())));
        assertEquals(seen.size(), counted);
        long assignedInDb = em.createQuery("SELECT COUNT(r) FROM Request r WHERE r.assignee.id = :c", Long.class)
                .setParameter("c", contractor.getId()).getSingleResult();
        assertEquals(assignedInDb, counted, "every row the contractor sees is assigned to them, and all of those");
        assertEquals(mine.getId(), asContractor.run(() -> requests.find(mine.getId())).getId());
        assertThrows(NotFoundException.class, () -> asContractor.run(() -> requests.find(notMine.getId())));
    }

    @Test
    void staff_of_another_branch_do_not_see_a_request_of_this_one() {
        Request r = createAsManager("Канцелярия для АХО", null);
        assertThrows(NotFoundException.class, () -> asAstanaManager.run(() -> requests.find(r.getId())));
        List<RequestRow> astanaView = asAstanaManager.run(() ->
                requests.rows(RequestFilter.none(), new PageRequest(0, 200, null, false)));
        assertTrue(astanaView.stream().noneMatch(row -> row.getId().equals(r.getId())));
        assertEquals(r.getId(), asExecutor.run(() -> requests.find(r.getId())).getId(), "same department sees it");
    }

    @Test
    void audit_rows_are_written_in_the_same_transaction_and_vanish_with_a_rollback() throws Exception {
        tx.begin();
        Request r;
        try {
            r = createAsManager("Проверка аудита", null);
            assertTrue(data.auditRows("Request", r.getId()) >= 6, "one row per field, inside the transaction");
        } finally {
            tx.rollback();
        }
        assertEquals(0, data.auditRows("Request", r.getId()));
        assertEquals(null, em.find(Request.class, r.getId()));

        Request committed = createAsManager("Проверка аудита 2", null);
        assertTrue(data.auditRows("Request", committed.getId()) >= 6);
        String actor = em.createQuery("SELECT DISTINCT a.actor FROM AuditEntry a WHERE a.entityId = :id", String.class)
                .setParameter("id", committed.getId()).getSingleResult();
        assertEquals("it.manager", actor);
    }

    @Test
    void a_refused_action_leaves_nothing_half_written() {
        long requestsBefore = data.count("SELECT COUNT(r) FROM Request r");
        long auditBefore = data.count("SELECT COUNT(a) FROM AuditEntry a");
        BusinessException e = assertThrows(BusinessException.class, () -> createAsManager("С чужим исполнителем", -42L));
        assertEquals("request.error.assignee", e.getMessageKey());
        assertThrows(BusinessException.class, () -> asManager.run(() -> requests.create(Forms.of(
                RequestType.HR, "Справка", almatyDept.getId(), Priority.LOW, LocalDate.now().minusDays(1), null))));
        assertEquals(requestsBefore, data.count("SELECT COUNT(r) FROM Request r"));
        assertEquals(auditBefore, data.count("SELECT COUNT(a) FROM AuditEntry a"));
    }

    @Test
    void the_application_cannot_update_or_delete_audit_rows() throws Exception {
        createAsManager("Для журнала", null);
        for (String sql : new String[] {"UPDATE audit_log SET actor = 'forged'", "DELETE FROM audit_log"}) {
            tx.begin();
            try {
                PersistenceException e = assertThrows(PersistenceException.class,
                        () -> em.createNativeQuery(sql).executeUpdate());
                assertTrue(String.valueOf(rootCause(e).getMessage()).contains("permission denied"),
                        "refused by the database: " + rootCause(e).getMessage());
            } finally {
                tx.rollback();
            }
        }
        assertEquals(0L, data.count("SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = 'forged'"));
    }

    @Test
    void every_requests_caller_lookup_by_login_can_use_an_index_and_logins_stay_lower_case() throws Exception {
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.indexed", root, Role.EXECUTOR);
        tx.begin();
        try {
            // a test database has a handful of users, so the planner would read the table anyway: forbid that and
            // see whether an index can answer "WHERE login = ?" (the one on lower(login) could not)
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            String plan = String.join("\n", em.createNativeQuery(
                    "EXPLAIN SELECT id FROM app_user WHERE login = 'it.indexed'").getResultList().stream()
                    .map(String::valueOf).toList());
            assertTrue(plan.contains("app_user_login_uk"), plan);
            PersistenceException e = assertThrows(PersistenceException.class, () -> em.createNativeQuery(
                    "UPDATE app_user SET login = 'It.Indexed' WHERE login = 'it.indexed'").executeUpdate());
            assertTrue(String.valueOf(rootCause(e).getMessage()).contains("app_user_login_lower"),
                    "refused by the database: " + rootCause(e).getMessage());
        } finally {
            tx.rollback();
        }
        assertEquals(LoginOutcome.Result.SUCCESS, login.authenticate("IT.Indexed", TestData.PASSWORD.toCharArray()).result());
    }

    @Test
    void the_large_tables_are_analyzed_and_vacuumed_after_one_percent_of_their_rows_change() {
        // PostgreSQL's default, 10 %, is 100,000 changes of a million-row table: a burst below it kept a plan
        // made for 500 rows of one author over 26,000 (V21)
        for (String table : List.of("request", "task", "invoice", "comment", "audit_log", "escalation")) {
            Object options = em.createNativeQuery("SELECT array_to_string(reloptions, ',') FROM pg_class"
                    + " WHERE relname = ?1 AND relkind = 'r'").setParameter(1, table).getSingleResult();
            // and the tables whose lists and counts read indexes alone are vacuumed as often, so that the visibility map
            // keeps their newest pages marked (V29: 29.6 -> 3.3 ms for an executor choice over 12,000 open tasks)
            String vacuumed = List.of("request", "task", "invoice").contains(table)
                    ? ",autovacuum_vacuum_scale_factor=0.01,autovacuum_vacuum_insert_scale_factor=0.01" : "";
            assertEquals("autovacuum_analyze_scale_factor=0.01" + vacuumed, String.valueOf(options), table);
        }
    }

    @Test
    void wrong_passwords_tried_at_once_are_all_counted_and_lock_the_account() throws Exception {
        // the password is checked before the user's row is locked (one account's logins no longer queue behind each
        // other's hash check); the failures must still each be counted under the lock, none lost between two at once
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.burst", root, Role.EXECUTOR);
        java.util.function.IntFunction<List<LoginOutcome.Result>> atOnce = n -> {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(n);
            try {
                List<java.util.concurrent.Future<LoginOutcome>> tries = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    tries.add(pool.submit(() -> login.authenticate("it.burst", "wrong".toCharArray())));
                }
                List<LoginOutcome.Result> results = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<LoginOutcome> t : tries) {
                    results.add(t.get().result());
                }
                return results;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdown();
            }
        };
        assertEquals(List.of(LoginOutcome.Result.INVALID, LoginOutcome.Result.INVALID, LoginOutcome.Result.INVALID,
                LoginOutcome.Result.INVALID), atOnce.apply(4));
        assertEquals(4, em.createQuery("SELECT u.failedLogins FROM User u WHERE u.login = 'it.burst'", Integer.class)
                .getSingleResult(), "four at once, four counted");
        // two more at once: the first to be counted is the fifth and locks; the other finds the account locked
        assertEquals(List.of(LoginOutcome.Result.LOCKED, LoginOutcome.Result.LOCKED), atOnce.apply(2));
        assertEquals(LoginOutcome.Result.LOCKED, login.authenticate("it.burst", TestData.PASSWORD.toCharArray()).result());
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_one() {
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.lockme", root, Role.EXECUTOR);
        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginOutcome.Result.INVALID, login.authenticate("it.lockme", "wrong".toCharArray()).result());
        }
        LoginOutcome fifth = login.authenticate("it.lockme", "wrong".toCharArray());
        assertEquals(LoginOutcome.Result.LOCKED, fifth.result());
        assertTrue(fifth.lockedUntil() != null);
        assertEquals(LoginOutcome.Result.LOCKED, login.authenticate("IT.LockMe", TestData.PASSWORD.toCharArray()).result());
        assertTrue(data.count("SELECT COUNT(a) FROM AuditEntry a WHERE a.actor = 'it.lockme' AND a.action = "
                + "kz.ordo.audit.entity.AuditAction.LOCKED") >= 1);
    }

    @Test
    void only_active_users_can_log_in() {
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        User u = data.user("it.blocked", root, Role.EXECUTOR);
        assertEquals(LoginOutcome.Result.SUCCESS, login.authenticate("it.blocked", TestData.PASSWORD.toCharArray()).result());
        asAdmin.run(() -> users.changeStatus(u.getId(), UserStatus.BLOCKED));
        assertEquals(LoginOutcome.Result.INACTIVE, login.authenticate("it.blocked", TestData.PASSWORD.toCharArray()).result());
        assertEquals(LoginOutcome.Result.INVALID, login.authenticate("nobody-here", TestData.PASSWORD.toCharArray()).result());
    }

    @Test
    void a_stale_edit_meets_the_optimistic_lock() {
        User u = data.user("it.edited", almatyDept, Role.EXECUTOR);
        User fresh = asAdmin.run(() -> users.find(u.getId()));
        UserForm form = new UserForm(null, "Новое имя", null, almatyDept.getId(), EnumSet.of(Role.EXECUTOR), "ru",
                null, fresh.getVersion(), null, null);
        asAdmin.run(() -> users.update(u.getId(), form));
        assertThrows(ConcurrentEditException.class, () -> asAdmin.run(() -> users.update(u.getId(), form)));
        assertEquals("Новое имя", em.find(User.class, u.getId()).getFullName());
    }

    @Test
    void a_crafted_sort_field_is_refused() {
        BusinessException e = assertThrows(BusinessException.class, () -> asManager.run(() ->
                requests.rows(RequestFilter.none(), new PageRequest(0, 25, "title; DROP TABLE request", true))));
        assertEquals("error.sortField", e.getMessageKey());
    }

    @Test
    void the_rest_api_takes_a_bearer_token_and_applies_the_same_rules_and_scope() throws Exception {
        User manager = data.user("it.manager", almatyDept, Role.MANAGER);
        String token = asAdmin.run(() -> apiTokens.issue(manager.getId()));
        Request foreign = asAstanaManager.run(() -> requests.create(Forms.of(RequestType.IT, "Астана: принтер",
                astanaDept.getId(), Priority.LOW, null, null)));
        HttpClient http = HttpClient.newHttpClient();
        String api = "http://127.0.0.1:" + (8080 + 100) + "/ordo/api/v1/requests";

        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(api)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "no token");
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(api)).header("Authorization", "Bearer forged").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "unknown token");

        String body = "{\"type\":\"PURCHASE\",\"title\":\"Стулья в переговорную\",\"unitId\":" + almatyDept.getId()
                + ",\"priority\":\"MEDIUM\",\"fields\":{\"item\":\"Стул\",\"quantity\":\"12\",\"deliveryPlace\":\"Офис\","
                + "\"forWhom\":\"Переговорная\",\"urgency\":\"SOON\"}}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(api))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject json = Json.createReader(new StringReader(created.body())).readObject();
        assertTrue(json.getString("number").startsWith("PUR-"));
        assertEquals("it.manager", json.getString("author"));

        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(api + "?q=" + json.getString("number")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode());
        assertEquals(1, Json.createReader(new StringReader(list.body())).readObject().getInt("total"));

        HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(api + "/" + foreign.getId()))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, other.statusCode(), "another branch's request by id is not found");

        HttpResponse<String> invalid = http.send(HttpRequest.newBuilder(URI.create(api))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "kk")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"HR\",\"title\":\"x\",\"unitId\":"
                        + almatyDept.getId() + ",\"priority\":\"LOW\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, invalid.statusCode());
        JsonObject error = Json.createReader(new StringReader(invalid.body())).readObject();
        assertEquals("request.error.title", error.getString("error"));
        assertTrue(error.getString("message").contains("таңба"), "message in Kazakh: " + error.getString("message"));

        HttpResponse<String> crafted = http.send(HttpRequest.newBuilder(URI.create(api + "?sort=id;drop"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, crafted.statusCode());
    }

    @Test
    void administrators_build_the_organisation_tree_within_the_rules() {
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        OrgUnit city = asAdmin.run(() -> units.create(root.getId(), OrgUnitKind.CITY, "Шымкент " + System.nanoTime()));
        OrgUnit dept = asAdmin.run(() -> units.create(city.getId(), OrgUnitKind.DEPARTMENT, "Склад"));
        assertEquals(city.getPath() + dept.getId() + "/", dept.getPath());
        assertEquals("orgunit.error.duplicateName", assertThrows(BusinessException.class,
                () -> asAdmin.run(() -> units.create(city.getId(), OrgUnitKind.DEPARTMENT, "склад"))).getMessageKey());
        assertEquals("orgunit.error.kindNotAllowed", assertThrows(BusinessException.class,
                () -> asAdmin.run(() -> units.create(dept.getId(), OrgUnitKind.CITY, "Город в отделе"))).getMessageKey());
        OrgUnit renamed = asAdmin.run(() -> units.rename(dept.getId(), dept.getVersion(), "Склад №1"));
        assertEquals("Склад №1", renamed.getName());
        assertThrows(ConcurrentEditException.class, () -> asAdmin.run(() -> units.rename(dept.getId(), dept.getVersion(), "Склад №2")));
        assertThrows(EJBAccessException.class, () -> asManager.run(() -> units.create(city.getId(), OrgUnitKind.DEPARTMENT, "x")));
        assertTrue(data.auditRows("OrgUnit", dept.getId()) >= 3, "creation and rename are audited");
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}

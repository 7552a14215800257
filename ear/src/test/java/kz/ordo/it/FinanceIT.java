package kz.ordo.it;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.finance.boundary.BudgetService;
import kz.ordo.finance.boundary.CounterpartyService;
import kz.ordo.finance.boundary.InvoiceFilter;
import kz.ordo.finance.boundary.InvoiceForm;
import kz.ordo.finance.boundary.InvoiceService;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.finance.boundary.LinesPage;
import kz.ordo.finance.entity.BudgetLine;
import kz.ordo.finance.entity.Counterparty;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceApproval;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.shared.PageRequest;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Currency;
import kz.ordo.shared.Messages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The invoice registry and budgets in the container: requisites checked, the workflow and its guard, the
 * approval chain (sequential, parallel, a substitute deciding), the budget line's figures on a known data set,
 * the over-limit extra approval and the race for the last remainder.
 */
@ExtendWith(ArquillianExtension.class)
class FinanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ordo(FinanceIT.class, TestData.class, Identity.class, AsAdmin.class, AsManager.class,
                AsAstanaManager.class, AsExecutor.class, AsContractor.class, AsHead.class, AsFinance.class, AsFinance2.class, Forms.class, Jobs.class,
                Mailbox.class, Mailbox.Mail.class);
    }

    @EJB
    TestData data;
    @EJB
    AsAdmin asAdmin;
    @EJB
    AsManager asManager;
    @EJB
    AsFinance asFinance;
    @EJB
    AsHead asHead;
    @EJB
    AsFinance2 asFinance2;
    @EJB
    AsExecutor asExecutor;
    @EJB
    AsAstanaManager asAstana;
    @EJB
    RequestService requests;
    @EJB
    kz.ordo.identity.boundary.ProjectService projects;
    @EJB
    CounterpartyService counterparties;
    @EJB
    InvoiceService invoices;
    @EJB
    BudgetService budgets;
    @EJB
    AttachmentService attachments;
    @EJB
    kz.ordo.identity.boundary.ApiTokenService apiTokens;
    @EJB
    kz.ordo.notifications.control.OutboxSender outbox;
    @PersistenceContext
    EntityManager em;

    private OrgUnit dept;
    private User finance;
    private User head;
    private Counterparty supplier;

    @BeforeEach
    void arrange() {
        data.unit("IT Алматы", OrgUnitKind.CITY, null);
        dept = data.unit("IT Алматы АХО", OrgUnitKind.DEPARTMENT, "IT Алматы");
        OrgUnit root = em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult();
        data.user("it.admin", root, Role.ADMIN);
        data.user("it.manager", dept, Role.MANAGER);
        finance = data.user("it.finance", root, Role.FINANCE);
        head = data.user("it.head", root, Role.HEAD);
        List<Counterparty> found = em.createQuery("SELECT c FROM Counterparty c WHERE c.bin = '990740000683'", Counterparty.class)
                .getResultList();
        supplier = found.isEmpty() ? asFinance.run(() -> counterparties.save(null, null, "ТОО «Канцтовары Алматы»",
                "990740000683", "KZ86 125K ZT50 0410 0100", "АО «Народный банк»", "HSBKKZKX", "17")) : found.get(0);
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).getMessageKey();
    }

    private BudgetLine line(String item, String plan) {
        return asFinance.run(() -> budgets.save(null, null, LocalDate.now().withDayOfMonth(1), dept.getId(), null,
                item + " " + System.nanoTime(), finance.getId(), new BigDecimal(plan)));
    }

    private Invoice invoice(String amount, BudgetLine line) {
        return asManager.run(() -> invoices.register(new InvoiceForm("СЧ-" + System.nanoTime(), LocalDate.now(), supplier.getId(),
                new BigDecimal(amount), Currency.KZT, null, "Канцтовары на квартал", dept.getId(), null,
                line == null ? null : line.getId(), null, LocalDate.now().plusDays(10), false)));
    }

    private void documents(Invoice i) {
        for (AttachmentKind kind : List.of(AttachmentKind.INVOICE, AttachmentKind.BASIS)) {
            asManager.run(() -> attachments.upload(new RecordRef("Invoice", i.getId()), kind.name().toLowerCase(Locale.ROOT) + ".txt",
                    kind, new ByteArrayInputStream(("документ " + kind).getBytes(StandardCharsets.UTF_8))));
        }
    }

    private Invoice submitted(String amount, BudgetLine line) {
        Invoice i = invoice(amount, line);
        documents(i);
        return asManager.run(() -> invoices.submit(i.getId(), invoices.find(i.getId()).getVersion()));
    }

    private Invoice fresh(Identity who, Invoice i) {
        return who.run(() -> invoices.open(i.getId()));
    }

    private Invoice decide(Identity who, Invoice i, boolean approve, String comment) {
        Invoice now = fresh(who, i);
        InvoiceApproval step = now.getApprovals().stream().filter(a -> a.isOpen() && who.run(() -> invoices.mayDecide(a)))
                .findFirst().orElseThrow(() -> new AssertionError("no step for this approver"));
        return who.run(() -> invoices.decide(i.getId(), now.getVersion(), step.getId(), approve, comment));
    }

    @Test
    void counterparties_need_a_valid_bin_and_iban() {
        assertEquals("counterparty.error.bin", key(() -> asFinance.run(() -> counterparties.save(null, null, "ТОО «Ошибка»",
                "990740000684", null, null, null, null))), "the control digit is wrong");
        assertEquals("counterparty.error.iban", key(() -> asFinance.run(() -> counterparties.save(null, null, "ТОО «Ошибка»",
                "120340005670", "KZ87125KZT5004100100", null, null, null))));
        assertEquals("counterparty.error.binTaken", key(() -> asFinance.run(() -> counterparties.save(null, null, "Двойник",
                "990740000683", null, null, null, null))));
        assertEquals("KZ86125KZT5004100100", supplier.getIban(), "stored without spaces");
    }

    @Test
    void an_invoice_goes_on_approval_only_with_its_documents_and_to_payment_only_approved() {
        Invoice i = invoice("250000.00", null);
        BusinessException missing = assertThrows(BusinessException.class,
                () -> asManager.run(() -> invoices.submit(i.getId(), invoices.find(i.getId()).getVersion())));
        assertEquals("invoice.error.documents", missing.getMessageKey());
        String text = Messages.of(Locale.forLanguageTag("ru"), missing);
        assertTrue(text.contains(Messages.get(Locale.forLanguageTag("ru"), "file.kind.INVOICE"))
                && text.contains(Messages.get(Locale.forLanguageTag("ru"), "file.kind.BASIS")), text);
        assertEquals(InvoiceStatus.RECEIVED, fresh(asManager, i).getStatus(), "a refusal leaves it as it was");

        documents(i);
        Invoice on = asManager.run(() -> invoices.submit(i.getId(), invoices.find(i.getId()).getVersion()));
        assertEquals(InvoiceStatus.ON_APPROVAL, on.getStatus());
        assertEquals(List.of("FINANCE"), fresh(asFinance, i).getApprovals().stream().map(InvoiceApproval::getRole).toList(),
                "below 1,000,000 KZT: finance alone");
        assertEquals("invoice.error.notReadyForPayment", key(() -> asFinance.run(() -> invoices.toPayment(i.getId(),
                invoices.find(i.getId()).getVersion()))));
        assertTrue(fresh(asManager, i).getApprovals().stream().noneMatch(a -> asManager.run(() -> invoices.mayDecide(a))),
                "the author does not approve");
        assertEquals(InvoiceStatus.APPROVED, decide(asFinance, i, true, "Согласовано").getStatus());
        assertEquals(InvoiceStatus.IN_PAYMENT, asFinance.run(() -> invoices.toPayment(i.getId(),
                invoices.find(i.getId()).getVersion())).getStatus());
        assertEquals(InvoiceStatus.PAID, asFinance.run(() -> invoices.markPaid(i.getId(), invoices.find(i.getId()).getVersion()))
                .getStatus());
        assertEquals(InvoiceStatus.CLOSED, asFinance.run(() -> invoices.close(i.getId(), invoices.find(i.getId()).getVersion()))
                .getStatus());
        Invoice closed = fresh(asFinance, i);
        assertEquals(finance.getId(), closed.getApprovals().get(0).getDecidedBy().getId(), "who approved is on the card");
    }

    @Test
    void a_large_invoice_needs_finance_and_lawyer_in_parallel_then_the_head_whose_substitute_may_decide() {
        data.sql("INSERT INTO approval_rule (id, min_amount_kzt, position, role) VALUES (nextval('ordo_seq'), 5000000, 1, 'LAWYER')");
        User lawyer = data.user("it.lawyer", dept, Role.LAWYER);
        User deputy = data.user("it.deputy", dept, Role.HEAD);
        try {
            data.sql("INSERT INTO approval_rule (id, min_amount_kzt, position, role, approver_id) VALUES (nextval('ordo_seq'),"
                    + " 5000000, 3, NULL, " + head.getId() + ")");
            Invoice i = submitted("6000000.00", null);
            List<InvoiceApproval> chain = fresh(asFinance, i).getApprovals();
            assertEquals(List.of(1, 1, 2, 3), chain.stream().map(InvoiceApproval::getPosition).toList());
            assertEquals(InvoiceStatus.ON_APPROVAL, decide(asFinance, i, true, null).getStatus(), "the lawyer still has to");
            assertTrue(fresh(asHead, i).getApprovals().stream().noneMatch(a -> asHead.run(() -> invoices.mayDecide(a))),
                    "the head's turn comes after position 1");
            // the lawyer's decision, recorded as the service would (no lawyer identity bean in the tests)
            data.sql("UPDATE invoice_approval SET decision = 'APPROVED', decided_by_id = " + lawyer.getId()
                    + ", decided_at = now() WHERE invoice_id = " + i.getId() + " AND role = 'LAWYER'");
            assertEquals(InvoiceStatus.ON_APPROVAL, decide(asHead, i, true, "Одобряю").getStatus(), "position 2 done");
            // position 3 names it.head in person: away, they hand it to a deputy (it.manager here acts as no one)
            assertTrue(fresh(asHead, i).getApprovals().stream().anyMatch(a -> asHead.run(() -> invoices.mayDecide(a))));
            asHead.run(() -> invoices.delegate(finance.getId(), LocalDate.now(), LocalDate.now().plusDays(7)));
            assertEquals(InvoiceStatus.APPROVED, decide(asFinance, i, true, "За руководителя").getStatus(),
                    "the substitute decides the named step");
            assertTrue(deputy.getId() > 0);
        } finally {
            data.sql("DELETE FROM approval_rule WHERE min_amount_kzt = 5000000");
            data.sql("DELETE FROM delegation WHERE from_id = " + head.getId());
        }
    }

    @Test
    void a_rejection_needs_a_reason_and_sends_the_invoice_back() {
        Invoice i = submitted("1200.00", null);
        assertEquals("invoice.error.rejectReason", key(() -> decide(asFinance, i, false, " ")));
        assertEquals(InvoiceStatus.REJECTED, decide(asFinance, i, false, "Не тот договор").getStatus());
        assertEquals(InvoiceStatus.RECEIVED, asManager.run(() -> invoices.reopen(i.getId(), invoices.find(i.getId()).getVersion()))
                .getStatus());
    }

    @Test
    void a_budget_line_adds_up_actual_committed_remainder_and_forecast() {
        BudgetLine line = line("Канцтовары", "1000000.00");
        Invoice paid = submitted("200000.00", line);
        decide(asFinance, paid, true, null);
        asFinance.run(() -> invoices.toPayment(paid.getId(), invoices.find(paid.getId()).getVersion()));
        asFinance.run(() -> invoices.markPaid(paid.getId(), invoices.find(paid.getId()).getVersion()));
        Invoice approved = submitted("300000.00", line);
        decide(asFinance, approved, true, null);
        submitted("100000.00", line);
        Invoice rejected = submitted("50000.00", line);
        decide(asFinance, rejected, false, "Дубль счёта");
        invoice("70000.00", line);

        LineFigures f = asFinance.run(() -> budgets.figuresOf(line.getId()));
        assertEquals(new BigDecimal("1000000.00"), f.plan());
        assertEquals(new BigDecimal("200000.00"), f.actual(), "paid");
        assertEquals(new BigDecimal("400000.00"), f.committed(), "approved + on approval; not rejected, not just received");
        assertEquals(new BigDecimal("400000.00"), f.getRemainder());
        assertEquals(new BigDecimal("600000.00"), f.getForecast());
        assertEquals(new BigDecimal("-400000.00"), f.getDeviation(), "under plan");
    }

    @Test
    void over_the_remainder_the_head_must_approve_too() {
        BudgetLine line = line("Мебель", "500000.00");
        Invoice within = submitted("300000.00", line);
        assertFalse(within.isOverLimit());
        Invoice over = submitted("300000.00", line);
        assertTrue(over.isOverLimit(), "300,000 > 200,000 left");
        List<InvoiceApproval> chain = fresh(asFinance, over).getApprovals();
        assertTrue(chain.get(chain.size() - 1).isExtra() && chain.get(chain.size() - 1).getRole().equals("HEAD"));
        assertEquals(InvoiceStatus.ON_APPROVAL, decide(asFinance, over, true, null).getStatus(), "finance alone is not enough");
        assertEquals(InvoiceStatus.APPROVED, decide(asHead, over, true, "Перерасход согласован").getStatus());
    }

    @Test
    void two_invoices_sent_at_once_cannot_both_take_the_last_remainder() throws Exception {
        BudgetLine line = line("Ремонт", "1000000.00");
        List<Invoice> ready = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            Invoice i = invoice("600000.00", line);
            documents(i);
            ready.add(i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Invoice>> done = new ArrayList<>();
            for (Invoice i : ready) {
                long v = asManager.run(() -> invoices.find(i.getId()).getVersion());
                done.add(pool.submit(() -> asManager.run(() -> invoices.submit(i.getId(), v))));
            }
            long over = 0;
            for (Future<Invoice> f : done) {
                over += f.get().isOverLimit() ? 1 : 0;
            }
            assertEquals(1, over, "one of them fits, the other needs the extra approval");
        } finally {
            pool.shutdown();
        }
    }

    /** A payment request of {@code amount} tenge charged to {@code line}, accepted by the manager with its documents. */
    private Request paymentRequest(String amount, BudgetLine line) {
        NewRequest base = Forms.of(RequestType.PAYMENT, "Оплата по статье " + System.nanoTime(), dept.getId(), Priority.MEDIUM,
                LocalDate.now().plusDays(10), null);
        Request r = asManager.run(() -> requests.create(new NewRequest(base.type(), base.title(), base.description(),
                base.unitId(), base.priority(), base.deadline(), null, null, new BigDecimal(amount), Currency.KZT, base.fields(),
                line.getId())));
        for (AttachmentKind kind : List.of(AttachmentKind.INVOICE, AttachmentKind.BASIS)) {
            asManager.run(() -> attachments.upload(new RecordRef("Request", r.getId()), kind.name().toLowerCase(Locale.ROOT) + ".txt",
                    kind, new ByteArrayInputStream(("документ " + kind).getBytes(StandardCharsets.UTF_8))));
        }
        return act(asManager, r, RequestAction.ACCEPT);
    }

    private Request act(Identity who, Request r, RequestAction action) {
        return who.run(() -> requests.act(r.getId(), requests.find(r.getId()).getVersion(), action, null, null));
    }

    @Test
    void a_payment_request_over_its_lines_remainder_needs_the_head_and_the_financial_director() throws Exception {
        BudgetLine line = line("Охрана", "500000.00");
        submitted("300000.00", line);
        Request within = act(asManager, paymentRequest("150000.00", line), RequestAction.SEND_FOR_APPROVAL);
        assertFalse(within.isOverLimit(), "150,000 of the 200,000 left");
        assertEquals(RequestStatus.AWAITING, act(asFinance, within, RequestAction.APPROVE).getStatus(), "one approval is enough");
        assertEquals(new BigDecimal("450000.00"), asFinance.run(() -> budgets.figuresOf(line.getId())).committed(),
                "the approved request holds its amount beside the invoice");

        Request over = act(asManager, paymentRequest("100000.00", line), RequestAction.SEND_FOR_APPROVAL);
        assertTrue(over.isOverLimit(), "100,000 > the 50,000 left");
        Request first = act(asFinance, over, RequestAction.APPROVE);
        assertEquals(RequestStatus.ON_APPROVAL, first.getStatus(), "the financial director alone is not enough");
        assertEquals(finance.getId(), first.getFirstApprovalBy().getId());
        assertEquals("request.error.secondApprovalSamePerson", key(() -> act(asFinance, over, RequestAction.APPROVE)));
        User finance2 = data.user("it.finance2", finance.getOrgUnit(), Role.FINANCE);
        assertEquals("request.error.secondApprovalRole", key(() -> asFinance2.run(() -> requests.act(over.getId(),
                requests.find(over.getId()).getVersion(), RequestAction.APPROVE, null, null))), "the head's approval is missing, not another finance one");
        assertEquals(RequestStatus.AWAITING, act(asHead, over, RequestAction.APPROVE).getStatus());
        assertEquals(new BigDecimal("550000.00"), asFinance.run(() -> budgets.figuresOf(line.getId())).committed());
        assertNotNull(finance2);

        // the invoice that pays a request takes its hold over: the money is counted once
        Invoice pays = asManager.run(() -> invoices.register(new InvoiceForm("СЧ-" + System.nanoTime(), LocalDate.now(),
                supplier.getId(), new BigDecimal("100000.00"), Currency.KZT, null, "Охрана за месяц", dept.getId(), null,
                line.getId(), over.getId(), LocalDate.now().plusDays(10), false)));
        documents(pays);
        Invoice sent = asManager.run(() -> invoices.submit(pays.getId(), invoices.find(pays.getId()).getVersion()));
        assertFalse(sent.isOverLimit(), "its request already held the money: no second extra approval");
        assertEquals(new BigDecimal("550000.00"), asFinance.run(() -> budgets.figuresOf(line.getId())).committed());

        // the REST API charges a request to a line with the same rules
        User manager = em.createQuery("SELECT u FROM User u WHERE u.login = 'it.manager'", User.class).getSingleResult();
        String token = asAdmin.run(() -> apiTokens.issue(manager.getId()));
        String api = "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/api/v1/requests";
        String fields = "\"fields\": {\"supplier\": \"ТОО «Охрана»\", \"paymentDue\": \"" + LocalDate.now().plusDays(5)
                + "\", \"basis\": \"Договор 12\"}";
        var created = send("POST", api, token, "{\"type\": \"PAYMENT\", \"title\": \"Охрана через API\", \"unitId\": "
                + dept.getId() + ", \"priority\": \"MEDIUM\", \"amount\": 1000, \"currency\": \"KZT\", \"budgetLineId\": "
                + line.getId() + ", " + fields + "}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"budgetLineId\":" + line.getId()), created.body());
        var inDollars = send("POST", api, token, "{\"type\": \"PAYMENT\", \"title\": \"Охрана в долларах\", \"unitId\": "
                + dept.getId() + ", \"priority\": \"MEDIUM\", \"amount\": 10, \"currency\": \"USD\", \"budgetLineId\": "
                + line.getId() + ", " + fields + "}");
        assertEquals(400, inDollars.statusCode(), inDollars.body());
        assertTrue(inDollars.body().contains("request.error.budgetLineCurrency"), inDollars.body());
    }

    @Test
    void a_line_of_a_project_is_kept_once_per_month_unit_and_item() {
        kz.ordo.identity.entity.Project project = em.createQuery("SELECT p FROM Project p WHERE p.active = TRUE",
                kz.ordo.identity.entity.Project.class).setMaxResults(1).getResultList().stream().findFirst()
                .orElseGet(() -> asAdmin.run(() -> projects.save(null, 0L, "IT-" + System.nanoTime() % 100000, "Проект теста", true)));
        String item = "Проектная статья " + System.nanoTime();
        BudgetLine first = asFinance.run(() -> budgets.save(null, null, LocalDate.now().withDayOfMonth(1), dept.getId(),
                project.getId(), item, finance.getId(), new BigDecimal("1000.00")));
        assertEquals(project.getId(), first.getProject().getId());
        assertEquals("budget.error.twin", key(() -> asFinance.run(() -> budgets.save(null, null, LocalDate.now().withDayOfMonth(1),
                dept.getId(), project.getId(), item, null, new BigDecimal("5.00")))));
        asFinance.run(() -> budgets.save(null, null, LocalDate.now().withDayOfMonth(1), dept.getId(), null, item, null,
                new BigDecimal("5.00"))); // the same item without the project is another line
    }

    private Request purchase(String amount, BudgetLine line) {
        NewRequest base = Forms.of(RequestType.PURCHASE, "Закупка по цепочке " + System.nanoTime(), dept.getId(), Priority.MEDIUM,
                LocalDate.now().plusDays(10), null);
        Request r = asManager.run(() -> requests.create(new NewRequest(base.type(), base.title(), base.description(),
                base.unitId(), base.priority(), base.deadline(), null, null, new BigDecimal(amount), Currency.KZT, base.fields(),
                line == null ? null : line.getId())));
        return act(asManager, act(asManager, r, RequestAction.ACCEPT), RequestAction.SEND_FOR_APPROVAL);
    }

    private static List<String> steps(Request r) {
        return r.getApprovals().stream().map(a -> a.getPosition() + ":" + (a.getRole() != null ? a.getRole()
                : a.getApprover().getLogin()) + (a.isExtra() ? "+" : "") + ":" + a.getDecision()).toList();
    }

    @Test
    void a_request_type_with_rules_is_approved_through_its_chain_in_order_with_parallel_steps_and_a_substitute() throws Exception {
        User finance2 = data.user("it.finance2", finance.getOrgUnit(), Role.FINANCE);
        data.user("it.executor", dept, Role.EXECUTOR);
        asFinance.run(() -> {
            invoices.addApprovalRule("PURCHASE", BigDecimal.ZERO, 1, Role.FINANCE, null);
            invoices.addApprovalRule("PURCHASE", BigDecimal.ZERO, 1, null, finance2.getId());
            invoices.addApprovalRule("PURCHASE", new BigDecimal("100000"), 2, Role.HEAD, null);
            return null;
        });
        try {
            Request small = purchase("50000.00", null);
            assertEquals(List.of("1:FINANCE:null", "1:it.finance2:null"), steps(asManager.run(() -> requests.open(small.getId()))),
                    "under 100,000 only the first position applies");

            Request big = purchase("150000.00", null);
            assertEquals(List.of("1:FINANCE:null", "1:it.finance2:null", "2:HEAD:null"), steps(asManager.run(() -> requests.open(big.getId()))));
            assertEquals("request.error.notYourStep", key(() -> act(asHead, big, RequestAction.APPROVE)), "position 1 comes first");
            assertFalse(asExecutor.run(() -> requests.allowedActions(requests.open(big.getId()))).contains(RequestAction.APPROVE));
            assertEquals(RequestStatus.ON_APPROVAL, act(asFinance, big, RequestAction.APPROVE).getStatus(),
                    "the parallel named step is still open");
            assertEquals("request.error.notYourStep", key(() -> act(asFinance, big, RequestAction.APPROVE)), "one step per person");
            asFinance2.run(() -> {
                invoices.delegate(head.getId(), LocalDate.now(), LocalDate.now().plusDays(3));
                return null;
            });
            assertTrue(asHead.run(() -> requests.allowedActions(requests.open(big.getId()))).contains(RequestAction.APPROVE),
                    "the substitute may decide for the named approver who is away");
            assertEquals(RequestStatus.ON_APPROVAL, act(asHead, big, RequestAction.APPROVE).getStatus());
            Request done = act(asHead, big, RequestAction.APPROVE);
            assertEquals(RequestStatus.AWAITING, done.getStatus(), "the last position approved");
            assertEquals(List.of("1:FINANCE:APPROVED", "1:it.finance2:APPROVED", "2:HEAD:APPROVED"),
                    steps(asManager.run(() -> requests.open(big.getId()))));
            String token = asAdmin.run(() -> apiTokens.issue(finance.getId()));
            var json = send("GET", "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/api/v1/requests/"
                    + big.getId(), token, "");
            assertEquals(200, json.statusCode(), json.body());
            assertTrue(json.body().contains("\"approvals\"") && json.body().contains("it.finance2")
                    && json.body().contains("APPROVED"), "the REST card carries the chain: " + json.body());

            Request refused = purchase("150000.00", null);
            assertEquals(RequestStatus.REWORK, asFinance.run(() -> requests.act(refused.getId(), requests.find(refused.getId()).getVersion(),
                    RequestAction.RETURN_FOR_REWORK, "Уточните количество", null)).getStatus(), "a step's approver returns it");
            assertTrue(steps(asManager.run(() -> requests.open(refused.getId()))).contains("1:FINANCE:REJECTED"));

            BudgetLine line = line("Закупки", "10000.00");
            Request over = purchase("20000.00", line);
            assertTrue(over.isOverLimit());
            assertEquals(List.of("1:FINANCE:null", "1:it.finance2:null", "2:HEAD+:null", "2:FINANCE+:null"),
                    steps(asManager.run(() -> requests.open(over.getId()))), "over the limit: head and financial director last");
        } finally {
            data.sql("DELETE FROM approval_rule WHERE applies_to = 'PURCHASE'");
            data.sql("DELETE FROM delegation WHERE from_id = " + finance2.getId());
        }
    }

    @Test
    void a_named_approver_of_another_branch_opens_finds_and_approves_the_request_that_waits_for_them() {
        data.unit("IT Астана", OrgUnitKind.CITY, null);
        User astana = data.user("it.astana", data.unit("IT Астана продажи", OrgUnitKind.DEPARTMENT, "IT Астана"), Role.MANAGER);
        asFinance.run(() -> {
            invoices.addApprovalRule("PURCHASE", BigDecimal.ZERO, 1, null, astana.getId());
            return null;
        });
        try {
            Request r = purchase("7000.00", null);
            assertEquals(r.getId(), asAstana.run(() -> requests.find(r.getId())).getId(), "the card opens for the named approver");
            RequestFilter byTitle = new RequestFilter(null, null, null, null, null, null, null, null, null, null, null, false,
                    r.getNumber());
            assertEquals(1, asAstana.run(() -> requests.rows(byTitle, new PageRequest(0, 10, null, false))).size(),
                    "and the list finds it");
            assertEquals(RequestStatus.AWAITING, act(asAstana, r, RequestAction.APPROVE).getStatus());
            Request other = asManager.run(() -> requests.create(Forms.of(RequestType.HR, "Справка " + System.nanoTime(),
                    dept.getId(), Priority.LOW, null, null)));
            assertThrows(kz.ordo.shared.NotFoundException.class, () -> asAstana.run(() -> requests.find(other.getId())),
                    "nothing else of this branch");
        } finally {
            data.sql("DELETE FROM approval_rule WHERE applies_to = 'PURCHASE'");
        }
    }

    @Test
    void a_request_is_charged_only_as_a_payment_or_purchase_in_tenge_to_a_line_the_caller_may_charge() {
        BudgetLine line = line("Связь", "100000.00");
        NewRequest hr = Forms.of(RequestType.HR, "Справка " + System.nanoTime(), dept.getId(), Priority.MEDIUM, null, null);
        assertEquals("request.error.budgetLineType", key(() -> asManager.run(() -> requests.create(new NewRequest(hr.type(),
                hr.title(), hr.description(), hr.unitId(), hr.priority(), hr.deadline(), null, null, null, null, hr.fields(),
                line.getId())))));
        NewRequest pay = Forms.of(RequestType.PAYMENT, "Связь " + System.nanoTime(), dept.getId(), Priority.MEDIUM, null, null);
        assertEquals("request.error.budgetLineCurrency", key(() -> asManager.run(() -> requests.create(new NewRequest(pay.type(),
                pay.title(), pay.description(), pay.unitId(), pay.priority(), pay.deadline(), null, null, new BigDecimal("10.00"),
                Currency.USD, pay.fields(), line.getId())))));
        assertEquals("request.error.budgetLine", key(() -> asManager.run(() -> requests.create(new NewRequest(pay.type(),
                pay.title(), pay.description(), pay.unitId(), pay.priority(), pay.deadline(), null, null, new BigDecimal("10.00"),
                Currency.KZT, pay.fields(), -5L)))), "a line that does not exist");
        long before = data.count("SELECT COUNT(r) FROM Request r WHERE r.title = '" + pay.title() + "'");
        assertEquals(0L, before, "nothing half-written");
    }

    @Test
    void two_requests_sent_at_once_cannot_both_take_the_last_remainder() throws Exception {
        BudgetLine line = line("Ремонт офиса", "1000000.00");
        List<Request> ready = List.of(paymentRequest("600000.00", line), paymentRequest("600000.00", line));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Request>> done = new ArrayList<>();
            for (Request r : ready) {
                long v = asManager.run(() -> requests.find(r.getId()).getVersion());
                done.add(pool.submit(() -> asManager.run(() -> requests.act(r.getId(), v, RequestAction.SEND_FOR_APPROVAL, null, null))));
            }
            long over = 0;
            for (Future<Request> f : done) {
                over += f.get().isOverLimit() ? 1 : 0;
            }
            assertEquals(1, over, "one of them fits, the other needs both approvals");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void the_same_bill_registered_twice_is_flagged_first() {
        Invoice first = invoice("4500.00", null);
        InvoiceForm again = new InvoiceForm(first.getNumber(), LocalDate.now(), supplier.getId(), new BigDecimal("4500.00"),
                Currency.KZT, null, "Повтор", dept.getId(), null, null, null, null, false);
        assertEquals("invoice.error.duplicate", key(() -> asManager.run(() -> invoices.register(again))));
        InvoiceForm confirmed = new InvoiceForm(first.getNumber(), LocalDate.now(), supplier.getId(), new BigDecimal("4500.00"),
                Currency.KZT, null, "Повтор", dept.getId(), null, null, null, null, true);
        assertTrue(asManager.run(() -> invoices.register(confirmed)).getId() > 0, "registered once confirmed");
        Invoice usd = asManager.run(() -> invoices.register(new InvoiceForm("USD-" + System.nanoTime(), LocalDate.now(),
                supplier.getId(), new BigDecimal("100.00"), Currency.USD, new BigDecimal("512.345"), "Подписка", dept.getId(),
                null, null, null, null, false)));
        assertEquals(new BigDecimal("51234.50"), usd.getAmountKzt(), "amount × the rate of the invoice date");
        assertEquals("invoice.error.rate", key(() -> asManager.run(() -> invoices.register(new InvoiceForm("EUR-1",
                LocalDate.now(), supplier.getId(), BigDecimal.TEN, Currency.EUR, null, "Без курса", dept.getId(), null, null,
                null, null, false)))));
    }

    @Test
    void the_registry_shows_a_manager_the_invoices_of_their_units_and_their_own_and_finance_all_of_them() {
        data.unit("IT Астана", OrgUnitKind.CITY, null);
        OrgUnit astanaDept = data.unit("IT Астана продажи", OrgUnitKind.DEPARTMENT, "IT Астана");
        data.user("it.astana", astanaDept, Role.MANAGER);
        String tag = "РЕЕСТР-" + System.nanoTime();
        Invoice ours = asManager.run(() -> invoices.register(new InvoiceForm(tag + "-А", LocalDate.now(), supplier.getId(),
                new BigDecimal("700.00"), Currency.KZT, null, "Бумага", dept.getId(), null, null, null, null, false)));
        Invoice moved = asManager.run(() -> invoices.register(new InvoiceForm(tag + "-Б", LocalDate.now(), supplier.getId(),
                new BigDecimal("800.00"), Currency.KZT, null, "Картриджи для плоттера", dept.getId(), null, null, null, null, false)));
        // the second now belongs to the Astana department (as after its author moved there): its author still sees it
        data.sql("UPDATE invoice SET org_unit_id = " + astanaDept.getId() + " WHERE id = " + moved.getId());
        InvoiceFilter all = new InvoiceFilter(null, null, null, null, null, null, tag);
        InvoiceFilter inAstana = new InvoiceFilter(null, null, astanaDept.getId(), null, null, null, tag);
        InvoiceFilter inDept = new InvoiceFilter(null, null, dept.getId(), null, null, null, tag);
        PageRequest page = new PageRequest(0, 10, null, false);

        assertEquals(List.of(moved.getId(), ours.getId()), asManager.run(() -> invoices.list(all, page)).stream()
                .map(Invoice::getId).toList(), "their unit's and their own, newest first");
        assertEquals(2, asManager.run(() -> invoices.count(all)));
        assertEquals(List.of(moved.getId()), asManager.run(() -> invoices.list(inAstana, page)).stream()
                .map(Invoice::getId).toList(), "another city's unit: only their own invoice there");
        assertEquals(1, asManager.run(() -> invoices.count(inDept)));
        assertEquals(List.of(moved.getId()), asAstana.run(() -> invoices.list(all, page)).stream().map(Invoice::getId).toList(),
                "the Astana manager sees their unit's invoice and not the Almaty department's");
        assertEquals(0, asAstana.run(() -> invoices.count(inDept)));
        assertEquals(2, asFinance.run(() -> invoices.page(all, page)).total(), "finance keeps the whole registry");
        assertEquals(0, asFinance.run(() -> invoices.count(new InvoiceFilter(null, null, 99_999_999L, null, null, null, tag))),
                "an unknown unit in the filter matches nothing");
        assertEquals(2, asHead.run(() -> invoices.count(all)), "the head of the root unit sees every unit's");

        // the text filter: the number, the purpose, the counterparty's name or BIN, case folded
        PageRequest many = new PageRequest(0, 200, null, false);
        java.util.function.Function<String, List<Long>> found = text -> asFinance.run(() -> invoices.list(
                new InvoiceFilter(null, null, null, null, null, null, text), many)).stream().map(Invoice::getId).toList();
        assertEquals(List.of(moved.getId()), found.apply("КАРТРИДЖИ ДЛЯ ПЛОТТЕРА"), "by purpose");
        assertEquals(List.of(moved.getId()), found.apply(tag.toLowerCase(Locale.ROOT) + "-б"), "by number, case folded");
        assertTrue(found.apply("канцтовары АЛМАТЫ").containsAll(List.of(ours.getId(), moved.getId())), "by counterparty name");
        assertTrue(found.apply("0740000").containsAll(List.of(ours.getId(), moved.getId())), "by a part of the BIN");
        assertEquals(List.of(), found.apply("нет такого счёта " + tag));

        // past 1,000 matching counterparties the filter joins their names instead of naming them by id: same answer
        String word = "Поставщик" + tag.substring(tag.indexOf('-') + 1);
        long binBase = System.nanoTime() % 10_000_000_000L;
        data.sql("INSERT INTO counterparty (id, name, bin, version, created_at, updated_at) SELECT nextval('ordo_seq'), '"
                + word + " №' || g, '7' || lpad((" + binBase + " + g)::text, 11, '0'), 0, now(), now()"
                + " FROM generate_series(1, 1001) g");
        long last = data.count("SELECT MAX(c.id) FROM Counterparty c WHERE c.name = '" + word + " №1001'");
        Invoice theirs = asFinance.run(() -> invoices.register(new InvoiceForm(tag + "-В", LocalDate.now(), last,
                new BigDecimal("900.00"), Currency.KZT, null, "Связь", dept.getId(), null, null, null, null, false)));
        assertEquals(List.of(theirs.getId()), found.apply(word.toUpperCase(Locale.ROOT)), "1,001 counterparties match: joined");
        assertEquals(1, asFinance.run(() -> invoices.count(new InvoiceFilter(null, null, null, null, null, null, word))));
        assertEquals(List.of(theirs.getId()), found.apply(word + " №1001"), "one counterparty matches: by its id");
        assertEquals(List.of(), found.apply(word + " №1000"), "a counterparty without invoices");
    }

    @Test
    void an_import_with_a_bad_row_imports_nothing_and_a_good_one_everything() {
        String month = LocalDate.now().toString().substring(0, 7);
        String tag = Long.toString(System.nanoTime());
        String bad = "month;unit;item;plan\n"
                + month + ";IT Алматы АХО;Связь " + tag + ";120000\n"
                + month + ";Нет такого отдела;Связь " + tag + ";5000\n"
                + "2026-13;IT Алматы АХО;Такси " + tag + ";abc\n";
        BusinessException e = assertThrows(BusinessException.class, () -> asFinance.run(() -> budgets.importLines("b.csv",
                bad.getBytes(StandardCharsets.UTF_8))));
        String text = Messages.of(Locale.forLanguageTag("ru"), e);
        assertTrue(text.contains("строка 3") && text.contains("Нет такого отдела") && text.contains("строка 4"), text);
        assertEquals(0L, data.count("SELECT COUNT(b) FROM BudgetLine b WHERE b.item LIKE '%" + tag + "%'"), "nothing half-imported");

        String good = "\uFEFFmonth;unit;item;plan\n" + month + ";IT Алматы АХО;Связь " + tag + ";120 000,50\n"
                + month + ";IT Алматы АХО;Такси " + tag + ";30000\n";
        assertEquals(2, asFinance.run(() -> budgets.importLines("b.csv", good.getBytes(StandardCharsets.UTF_8))));
        List<BudgetService.SpendRow> byItem = asFinance.run(() -> budgets.spend(LocalDate.now(), LocalDate.now(),
                BudgetService.Dimension.ITEM));
        BudgetService.SpendRow svyaz = byItem.stream().filter(r -> r.group().equals("Связь " + tag)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("120000.50"), svyaz.plan());
        assertEquals(new BigDecimal("-120000.50"), svyaz.getDeviation(), "nothing spent yet: under plan by all of it");

        // department names repeat across branches: a bare repeated name is refused, "Parent / Name" is taken
        data.unit("IT Астана", OrgUnitKind.CITY, null);
        String twin = "Склад " + tag;
        data.unit(twin, OrgUnitKind.DEPARTMENT, "IT Алматы");
        data.sql("INSERT INTO org_unit (id, parent_id, kind, name, path, created_at, updated_at) SELECT nextval('ordo_seq'), c.id,"
                + " 'DEPARTMENT', '" + twin + "', c.path || currval('ordo_seq') || '/', now(), now() FROM org_unit c WHERE c.name = 'IT Астана'");
        String ambiguous = "month;unit;item;plan\n" + month + ";" + twin + ";Аренда " + tag + ";1000\n";
        BusinessException twice = assertThrows(BusinessException.class, () -> asFinance.run(() -> budgets.importLines("b.csv",
                ambiguous.getBytes(StandardCharsets.UTF_8))));
        String why = Messages.of(Locale.forLanguageTag("ru"), twice);
        assertTrue(why.contains(twin) && why.contains("/"), why);
        String named = "month;unit;item;plan\n" + month + ";IT Астана / " + twin + ";Аренда " + tag + ";1000\n";
        assertEquals(1, asFinance.run(() -> budgets.importLines("b.csv", named.getBytes(StandardCharsets.UTF_8))));
        assertEquals(1L, data.count("SELECT COUNT(b) FROM BudgetLine b WHERE b.item = 'Аренда " + tag + "' AND b.orgUnit.parent.name = 'IT Астана'"));
    }

    @Test
    void the_rest_api_reads_the_registry_and_approves_with_the_same_rules() throws Exception {
        Invoice i = submitted("2500.00", null);
        String token = asAdmin.run(() -> apiTokens.issue(finance.getId()));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String api = "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/api/v1/";
        java.net.http.HttpResponse<String> one = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api + "invoices/"
                + i.getId())).header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(one.body().contains("\"ON_APPROVAL\"") && one.body().contains("\"FINANCE\""), one.body());
        long step = fresh(asFinance, i).getApprovals().get(0).getId();
        java.net.http.HttpResponse<String> refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api
                        + "invoices/" + i.getId() + "/decisions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"stepId\": " + step + ", \"approve\": false}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("reason for rejecting"), refused.body());
        java.net.http.HttpResponse<String> approved = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api
                        + "invoices/" + i.getId() + "/decisions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"stepId\": " + step + ", \"approve\": true}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"APPROVED\""), approved.body());
        java.net.http.HttpResponse<String> missing = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api
                + "invoices/99999999")).header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
    }

    private static java.net.http.HttpResponse<String> send(String method, String url, String token, String json) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_rest_api_adds_and_changes_budget_lines_with_the_same_rules() throws Exception {
        String api = "http://127.0.0.1:" + Integer.getInteger("ordo.it.httpPort", 8180) + "/ordo/api/v1/budget-lines";
        String financeToken = asAdmin.run(() -> apiTokens.issue(finance.getId()));
        String item = "REST статья " + System.nanoTime();
        String month = LocalDate.now().withDayOfMonth(1).toString();
        var created = send("POST", api, financeToken, "{\"month\": \"" + month + "\", \"unitId\": " + dept.getId()
                + ", \"item\": \"" + item + "\", \"plan\": 250000.50, \"ownerId\": " + finance.getId() + "}");
        assertEquals(201, created.statusCode(), created.body());
        Long id = em.createQuery("SELECT b.id FROM BudgetLine b WHERE b.item = :i", Long.class).setParameter("i", item).getSingleResult();
        assertTrue(created.body().contains("250000.5"), created.body());
        var twin = send("POST", api, financeToken, "{\"month\": \"" + month + "\", \"unitId\": " + dept.getId()
                + ", \"item\": \"" + item + "\", \"plan\": 1}");
        assertEquals(400, twin.statusCode(), "the same line twice is refused: " + twin.body());
        var badPlan = send("POST", api, financeToken, "{\"month\": \"" + month + "\", \"unitId\": " + dept.getId()
                + ", \"item\": \"x" + item + "\", \"plan\": \"много\"}");
        assertEquals(400, badPlan.statusCode(), badPlan.body());
        long version = em.find(BudgetLine.class, id).getVersion();
        var changed = send("PUT", api + "/" + id, financeToken, "{\"version\": " + version + ", \"month\": \"" + month
                + "\", \"unitId\": " + dept.getId() + ", \"item\": \"" + item + "\", \"plan\": 300000}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(0, new BigDecimal("300000.00").compareTo(asFinance.run(() -> budgets.figuresOf(id)).plan()));
        var stale = send("PUT", api + "/" + id, financeToken, "{\"version\": " + version + ", \"month\": \"" + month
                + "\", \"unitId\": " + dept.getId() + ", \"item\": \"" + item + "\", \"plan\": 1}");
        assertEquals(409, stale.statusCode(), "an edit over an old version: " + stale.body());
        User manager = em.createQuery("SELECT u FROM User u WHERE u.login = 'it.manager'", User.class).getSingleResult();
        String managerToken = asAdmin.run(() -> apiTokens.issue(manager.getId()));
        var forbidden = send("POST", api, managerToken, "{\"month\": \"" + month + "\", \"unitId\": " + dept.getId()
                + ", \"item\": \"y" + item + "\", \"plan\": 1}");
        assertEquals(403, forbidden.statusCode(), "a manager does not plan the budget: " + forbidden.body());
    }

    @Test
    void the_plan_fact_table_reads_a_page_of_lines_with_the_count_and_sums_of_all_of_them() {
        OrgUnit unit = data.unit("PF Отдел " + System.nanoTime(), OrgUnitKind.DEPARTMENT, "IT Алматы");
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        List<BudgetLine> made = new java.util.ArrayList<>();
        for (String item : List.of("Д-связь", "А-аренда", "Г-такси", "Б-бумага", "В-вода")) {
            made.add(asFinance.run(() -> budgets.save(null, null, month, unit.getId(), null, item, finance.getId(),
                    new BigDecimal("1000.00"))));
        }
        BudgetLine rent = made.get(1);
        submitted("250.00", rent);

        LinesPage first = asFinance.run(() -> budgets.lines(month, month, unit.getId(), new PageRequest(0, 2, null, false)));
        assertEquals(List.of("А-аренда", "Б-бумага"), first.rows().stream().map(LineFigures::item).toList(), "in item order, 2 per page");
        assertEquals(5, first.total(), "all the lines are counted, not the page");
        assertEquals(new BigDecimal("5000.00"), first.plan(), "the plan of all five lines");
        assertEquals(new BigDecimal("250.00"), first.getForecast(), "the invoice on approval is committed on its line");
        assertEquals(new BigDecimal("250.00"), first.rows().get(0).committed());

        LinesPage last = asFinance.run(() -> budgets.lines(month, month, unit.getId(), new PageRequest(4, 2, null, false)));
        assertEquals(List.of("Д-связь"), last.rows().stream().map(LineFigures::item).toList());
        LinesPage past = asFinance.run(() -> budgets.lines(month, month, unit.getId(), new PageRequest(10, 2, null, false)));
        assertTrue(past.rows().isEmpty());
        assertEquals(5, past.total(), "past the last page: still the count and the sums");
        assertEquals(new BigDecimal("5000.00"), past.plan());

        List<LineFigures> all = asFinance.run(() -> budgets.figures(month, month, unit.getId()));
        List<LineFigures> paged = new java.util.ArrayList<>();
        for (int from = 0; from < 5; from += 2) {
            int f = from;
            paged.addAll(asFinance.run(() -> budgets.lines(month, month, unit.getId(), new PageRequest(f, 2, null, false))).rows());
        }
        assertEquals(all, paged, "the pages together are the whole list, figure for figure");
        assertEquals(all.get(0), asFinance.run(() -> budgets.figuresOf(rent.getId())), "one line's figures are the same as in the list");

        assertEquals(0, asAstana.run(() -> budgets.lines(month, month, unit.getId(), new PageRequest(0, 2, null, false))).total(),
                "a manager of another city sees none of its lines");
    }

    @Test
    void the_nightly_report_is_an_xlsx_matching_the_database_and_is_emailed_once() throws Exception {
        OrgUnit unit = data.unit("RP Отдел " + System.nanoTime(), OrgUnitKind.DEPARTMENT, "IT Алматы");
        BudgetLine line = asFinance.run(() -> budgets.save(null, null, LocalDate.now().withDayOfMonth(1), unit.getId(), null,
                "Аренда", finance.getId(), new BigDecimal("900000.00")));
        Invoice i = asFinance.run(() -> invoices.register(new InvoiceForm("АР-" + System.nanoTime(), LocalDate.now(), supplier.getId(),
                new BigDecimal("950000.00"), Currency.KZT, null, "Аренда офиса", unit.getId(), null, line.getId(), null, null, false)));
        for (AttachmentKind kind : List.of(AttachmentKind.INVOICE, AttachmentKind.BASIS)) {
            asFinance.run(() -> attachments.upload(new RecordRef("Invoice", i.getId()), kind + ".txt", kind,
                    new ByteArrayInputStream("документ".getBytes(StandardCharsets.UTF_8))));
        }
        asFinance.run(() -> invoices.submit(i.getId(), invoices.find(i.getId()).getVersion()));
        assertEquals(InvoiceStatus.ON_APPROVAL, fresh(asFinance, i).getStatus());
        em.clear();
        data.contact(head, "it.head@ordo.test", "ru");
        data.sql("DELETE FROM report_recipient");
        data.sql("INSERT INTO report_recipient (user_id) VALUES (" + head.getId() + ")");
        String tomorrow = LocalDate.now().plusDays(1).atStartOfDay(kz.ordo.shared.ClockProducer.BUSINESS_ZONE).toInstant()
                .plusSeconds(3600).toString();
        java.util.Properties p = new java.util.Properties();
        p.setProperty("now", tomorrow);
        try {
            long run = Jobs.runToEnd("budget-report", p);
            assertEquals("COMPLETED", Jobs.status(run));
            byte[] xlsx = (byte[]) em.createNativeQuery("SELECT content FROM report_file WHERE kind = 'BUDGET' AND day = ?1")
                    .setParameter(1, java.sql.Date.valueOf(LocalDate.now().plusDays(1))).getSingleResult();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                var summary = wb.getSheetAt(0);
                org.apache.poi.ss.usermodel.Row row = null;
                for (var r : summary) {
                    if (r.getCell(0) != null && unit.getName().equals(r.getCell(0).getStringCellValue())) {
                        row = r;
                        break;
                    }
                }
                assertTrue(row != null, "the unit is on the summary sheet");
                LineFigures f = asFinance.run(() -> budgets.figuresOf(line.getId()));
                assertEquals(f.plan().doubleValue(), row.getCell(1).getNumericCellValue(), 0.001);
                assertEquals(f.actual().doubleValue(), row.getCell(2).getNumericCellValue(), 0.001);
                assertEquals(f.committed().doubleValue(), row.getCell(3).getNumericCellValue(), 0.001);
                assertEquals(950000.0, row.getCell(3).getNumericCellValue(), 0.001, "on approval: committed");
                assertEquals(50000.0, row.getCell(5).getNumericCellValue(), 0.001, "forecast − plan");
                assertFalse(summary.getDrawingPatriarch().getCharts().isEmpty(), "a chart of plan against actual");
                assertEquals(3, wb.getNumberOfSheets());
            }
            outbox.deliverDue();
            List<Mailbox.Mail> mails = Mailbox.await(m -> m.to().equals("it.head@ordo.test") && m.subject().contains("бюджетный отчёт"),
                    java.time.Duration.ofSeconds(10));
            assertEquals(1, mails.size());
            assertTrue(mails.get(0).attachments().contains(".xlsx"), mails.get(0).attachments());
            assertTrue(mails.get(0).html().contains("Аренда"), "top overspends in the summary: " + mails.get(0).html());

            long again = Jobs.runToEnd("budget-report", p);
            assertEquals("COMPLETED", Jobs.status(again));
            outbox.deliverDue();
            Thread.sleep(300);
            assertEquals(1, Mailbox.matching(m -> m.to().equals("it.head@ordo.test") && m.subject().contains("бюджетный отчёт")).size(),
                    "a night already reported is not mailed again");
        } finally {
            data.sql("DELETE FROM report_recipient");
        }
    }

    @Test
    void an_approval_rule_added_by_finance_shapes_the_next_chains() {
        asFinance.run(() -> invoices.addApprovalRule(new BigDecimal("7000000"), 1, Role.LAWYER, null));
        try {
            assertEquals("approval.error.rule", key(() -> asFinance.run(() -> invoices.addApprovalRule(BigDecimal.ONE, 0, Role.HEAD, null))));
            Invoice big = submitted("7500000.00", null);
            assertEquals(List.of("FINANCE", "LAWYER", "HEAD"), fresh(asFinance, big).getApprovals().stream()
                    .map(InvoiceApproval::getRole).toList());
        } finally {
            for (Object[] r : asFinance.run(() -> invoices.approvalRules())) {
                if ("LAWYER".equals(r[3]) && new BigDecimal("7000000").compareTo((BigDecimal) r[1]) == 0) {
                    asFinance.run(() -> invoices.removeApprovalRule(((Number) r[0]).longValue()));
                }
            }
        }
        assertTrue(asFinance.run(() -> invoices.approvalRules()).stream().noneMatch(r -> "LAWYER".equals(r[3])));
    }
}

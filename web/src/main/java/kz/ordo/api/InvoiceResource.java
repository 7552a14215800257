package kz.ordo.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.ordo.finance.boundary.BudgetService;
import kz.ordo.finance.boundary.InvoiceFilter;
import kz.ordo.finance.boundary.InvoiceForm;
import kz.ordo.finance.boundary.InvoiceService;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.finance.boundary.LinesPage;
import kz.ordo.finance.entity.BudgetLine;
import kz.ordo.finance.entity.Invoice;
import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.shared.Currency;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoices and budget lines over REST under {@code /api/v1}: the registry with its filters, one invoice with its
 * chain, register, send for approval, decide a step, to payment, paid; the budget lines with their figures.
 * The same services, rules and scope as the pages.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    BudgetService budgets;

    @GET
    @Path("invoices")
    public Page<Map<String, Object>> list(@QueryParam("status") InvoiceStatus status, @QueryParam("counterpartyId") Long cp,
                                          @QueryParam("unitId") Long unit, @QueryParam("budgetLineId") Long line,
                                          @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("q") String q,
                                          @QueryParam("first") @DefaultValue("0") int first,
                                          @QueryParam("size") @DefaultValue("25") int size) {
        InvoiceFilter f = new InvoiceFilter(status, cp, unit, line, from, to, q);
        Page<Invoice> page = invoices.page(f, new PageRequest(first, size, null, false));
        return new Page<>(page.rows().stream().map(InvoiceResource::json).toList(), page.total(), page.atLeast());
    }

    @GET
    @Path("invoices/{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        return json(invoices.open(id));
    }

    @POST
    @Path("invoices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        Invoice i = invoices.register(new InvoiceForm(JsonFields.string(b, "number"), JsonFields.date(b, "invoiceDate"),
                JsonFields.longValue(b, "counterpartyId"), JsonFields.decimal(b, "amount"),
                JsonFields.enumValue(b, "currency", Currency.class), JsonFields.decimal(b, "rate"), JsonFields.string(b, "purpose"),
                JsonFields.longValue(b, "unitId"), JsonFields.longValue(b, "projectId"), JsonFields.longValue(b, "budgetLineId"),
                JsonFields.longValue(b, "requestId"), JsonFields.date(b, "paymentDue"),
                b.containsKey("confirmDuplicate") && b.getBoolean("confirmDuplicate", false)));
        return Response.status(Response.Status.CREATED).entity(json(invoices.open(i.getId()))).build();
    }

    @POST
    @Path("invoices/{id}/submit")
    public Map<String, Object> submit(@PathParam("id") long id, @QueryParam("version") Long version) {
        return json(invoices.submit(id, version(id, version)));
    }

    /** {@code {"stepId": 5, "approve": true, "comment": "…", "version": 3}} */
    @POST
    @Path("invoices/{id}/decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> decide(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return json(invoices.decide(id, version(id, JsonFields.longValue(b, "version")), JsonFields.longValue(b, "stepId"),
                b.getBoolean("approve", false), JsonFields.string(b, "comment")));
    }

    @POST
    @Path("invoices/{id}/payment")
    public Map<String, Object> toPayment(@PathParam("id") long id, @QueryParam("version") Long version) {
        return json(invoices.toPayment(id, version(id, version)));
    }

    @POST
    @Path("invoices/{id}/paid")
    public Map<String, Object> paid(@PathParam("id") long id, @QueryParam("version") Long version) {
        return json(invoices.markPaid(id, version(id, version)));
    }

    @GET
    @Path("budget-lines")
    public LinesPage lines(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("unitId") Long unit,
                           @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("50") int size) {
        return budgets.lines(from == null ? LocalDate.now() : from, to == null ? LocalDate.now() : to, unit,
                new PageRequest(first, size, null, false));
    }

    /** A budget line: month, unit, item, plan; optionally project and owner (finance, heads, administrators). */
    @POST
    @Path("budget-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLine(JsonObject body) {
        BudgetLine saved = saveLine(null, body);
        return Response.status(Response.Status.CREATED).entity(budgets.figuresOf(saved.getId())).build();
    }

    /** Changes a budget line; {@code version} must be the one read (optimistic locking). */
    @PUT
    @Path("budget-lines/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LineFigures changeLine(@PathParam("id") long id, JsonObject body) {
        return budgets.figuresOf(saveLine(id, body).getId());
    }

    private BudgetLine saveLine(Long id, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return budgets.save(id, JsonFields.longValue(b, "version"), JsonFields.date(b, "month"), JsonFields.longValue(b, "unitId"),
                JsonFields.longValue(b, "projectId"), JsonFields.string(b, "item"), JsonFields.longValue(b, "ownerId"),
                JsonFields.decimal(b, "plan"));
    }

    /** The version the client sent, or the current one when it sent none (a client that does not track versions). */
    private long version(long id, Long sent) {
        return sent != null ? sent : invoices.find(id).getVersion();
    }

    static Map<String, Object> json(Invoice i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.getId());
        m.put("number", i.getNumber());
        m.put("invoiceDate", i.getInvoiceDate().toString());
        m.put("counterparty", Map.of("id", i.getCounterparty().getId(), "name", i.getCounterparty().getName(),
                "bin", i.getCounterparty().getBin()));
        m.put("amount", i.getAmount());
        m.put("currency", i.getCurrency());
        m.put("rate", i.getRate());
        m.put("amountKzt", i.getAmountKzt());
        m.put("purpose", i.getPurpose());
        m.put("unitId", i.getOrgUnit().getId());
        m.put("budgetLineId", i.getBudgetLine() == null ? null : i.getBudgetLine().getId());
        m.put("projectId", i.getProject() == null ? null : i.getProject().getId());
        m.put("requestId", i.getRequest() == null ? null : i.getRequest().getId());
        m.put("paymentDue", i.getPaymentDue() == null ? null : i.getPaymentDue().toString());
        m.put("status", i.getStatus());
        m.put("overLimit", i.isOverLimit());
        m.put("approvals", i.getApprovals().stream().map(a -> json((kz.ordo.approvals.entity.ApprovalStep) a)).toList());
        m.put("version", i.getVersion());
        return m;
    }

    /** One approval step of an invoice or a request. */
    static Map<String, Object> json(kz.ordo.approvals.entity.ApprovalStep a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stepId", a.getId());
        m.put("position", a.getPosition());
        m.put("role", a.getRole());
        m.put("approver", a.getApprover() == null ? null : a.getApprover().getLogin());
        m.put("extra", a.isExtra());
        m.put("decision", a.getDecision());
        m.put("decidedBy", a.getDecidedBy() == null ? null : a.getDecidedBy().getLogin());
        m.put("decidedAt", a.getDecidedAt() == null ? null : a.getDecidedAt().toString());
        m.put("comment", a.getComment());
        return m;
    }
}

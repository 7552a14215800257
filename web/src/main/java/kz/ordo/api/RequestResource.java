package kz.ordo.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.boundary.ChecklistService;
import kz.ordo.records.boundary.CommentService;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.ChecklistItem;
import kz.ordo.records.entity.Comment;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.requests.boundary.HistoryEntry;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.boundary.RequestCard;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.Currency;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests over REST (R-INT-4) under {@code /api/v1/requests}: the same services, roles and scope as the
 * pages. A refused rule answers 400 with the message in the caller's language, a foreign or unknown id 404,
 * a stale version 409.
 */
@Path("v1/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    RequestService requests;

    @Inject
    CommentService comments;

    @Inject
    AttachmentService attachments;

    @Inject
    ChecklistService checklist;

    /** The list with the same filters as the page; {@code first}/{@code size} page it, {@code sort}/{@code asc} order it. */
    @GET
    public Page<RequestRow> list(@QueryParam("type") RequestType type, @QueryParam("status") RequestStatus status,
                                 @QueryParam("priority") Priority priority, @QueryParam("unitId") Long unitId,
                                 @QueryParam("branchId") Long branchId, @QueryParam("cityId") Long cityId,
                                 @QueryParam("projectId") Long projectId, @QueryParam("authorId") Long authorId,
                                 @QueryParam("assigneeId") Long assigneeId, @QueryParam("from") LocalDate from,
                                 @QueryParam("to") LocalDate to, @QueryParam("overdue") boolean overdue,
                                 @QueryParam("q") String text,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("25") int size,
                                 @QueryParam("sort") String sort, @QueryParam("asc") boolean asc) {
        RequestFilter filter = new RequestFilter(type, status, priority, unitId, branchId, cityId, projectId, authorId,
                assigneeId, from, to, overdue, text);
        return requests.list(filter, new PageRequest(first, size, sort, asc));
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        RequestCard card = requests.card(id);
        return json(card.request(), card.actions().stream().map(Enum::name).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body, @Context UriInfo uri) {
        Request created = requests.create(RequestJson.from(body).toForm());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(json(created, List.of())).build();
    }

    /** Changes a request that is new or back for rework; {@code version} must be the one last read. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@PathParam("id") long id, JsonObject body) {
        RequestJson b = RequestJson.from(body);
        Request r = requests.update(id, b.version == null ? -1 : b.version, b.toForm());
        return json(r, List.of());
    }

    /** Takes a workflow action: {@code {"action": "APPROVE", "version": 3, "reason": "...", "duplicateOf": "PAY-..."}}. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> transition(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : body;
        Request r = requests.act(id, JsonFields.longValue(b, "version"), JsonFields.enumValue(b, "action", RequestAction.class),
                JsonFields.string(b, "reason"), JsonFields.string(b, "duplicateOf"));
        return json(r, requests.allowedActions(r).stream().map(Enum::name).toList());
    }

    @GET
    @Path("{id}/comments")
    public List<Map<String, Object>> comments(@PathParam("id") long id) {
        return comments.list(ref(id)).stream().map(RequestResource::json).toList();
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, JsonObject body) {
        Comment c = comments.add(ref(id), body == null ? null : JsonFields.string(body, "text"));
        return Response.status(Response.Status.CREATED).entity(json(c)).build();
    }

    @GET
    @Path("{id}/files")
    public List<Map<String, Object>> files(@PathParam("id") long id) {
        return attachments.list(ref(id)).stream().map(RequestResource::json).toList();
    }

    /** Uploads one file as the raw body: {@code POST .../files?name=invoice.pdf&kind=INVOICE}. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @QueryParam("kind") @DefaultValue("OTHER") AttachmentKind kind, InputStream content) {
        Attachment a = attachments.upload(ref(id), name, kind, content);
        return Response.status(Response.Status.CREATED).entity(json(a)).build();
    }

    @GET
    @Path("{id}/checklist")
    public List<Map<String, Object>> checklist(@PathParam("id") long id) {
        return checklist.list(ref(id)).stream().map(RequestResource::json).toList();
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return requests.history(id);
    }

    private static RecordRef ref(long id) {
        return new RecordRef(RequestService.TYPE, id);
    }

    static Map<String, Object> json(Request r, List<String> actions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("number", r.getNumber());
        m.put("type", r.getType());
        m.put("title", r.getTitle());
        m.put("description", r.getDescription());
        m.put("status", r.getStatus());
        m.put("statusReason", r.getStatusReason());
        m.put("priority", r.getPriority());
        m.put("deadline", r.getDeadline() == null ? null : r.getDeadline().toString());
        m.put("unitId", r.getOrgUnit().getId());
        m.put("unit", r.getOrgUnit().getName());
        m.put("projectId", r.getProject() == null ? null : r.getProject().getId());
        m.put("amount", r.getAmount() == null ? null : r.getAmount().toPlainString());
        m.put("currency", r.getCurrency());
        m.put("budgetLineId", r.getBudgetLineId());
        m.put("overLimit", r.isOverLimit());
        m.put("firstApprovalBy", r.getFirstApprovalBy() == null ? null : r.getFirstApprovalBy().getLogin());
        m.put("approvals", r.getApprovals().stream().map(InvoiceResource::json).toList());
        m.put("fields", new LinkedHashMap<>(r.getDetails()));
        m.put("author", r.getAuthor().getLogin());
        m.put("assignee", r.getAssignee() == null ? null : r.getAssignee().getLogin());
        m.put("duplicateOf", r.getDuplicateOf() == null ? null : r.getDuplicateOf().getNumber());
        m.put("createdAt", r.getCreatedAt().toString());
        m.put("version", r.getVersion());
        m.put("actions", actions);
        return m;
    }

    static Map<String, Object> json(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("author", c.getAuthor().getLogin());
        m.put("text", c.getBody());
        m.put("mentions", c.getMentions().stream().map(u -> Map.of("id", u.getId(), "login", u.getLogin(),
                "fullName", u.getFullName())).toList());
        m.put("notNotified", List.copyOf(c.getNotNotified()));
        m.put("createdAt", c.getCreatedAt().toString());
        return m;
    }

    static Map<String, Object> json(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("name", a.getName());
        m.put("revision", a.getRevision());
        m.put("kind", a.getKind());
        m.put("size", a.getSize());
        m.put("contentType", a.getContentType());
        m.put("sha256", a.getSha256());
        m.put("download", "/api/v1/files/" + a.getId());
        m.put("createdAt", a.getCreatedAt().toString());
        return m;
    }

    static Map<String, Object> json(ChecklistItem c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("position", c.getPosition());
        m.put("text", c.getText());
        m.put("done", c.isDone());
        m.put("version", c.getVersion());
        return m;
    }

    /** The body of POST and PUT: common fields, money, project and the type's own fields by key. */
    public static class RequestJson {
        public RequestType type;
        public String title;
        public String description;
        public Long unitId;
        public Priority priority;
        public LocalDate deadline;
        public Long assigneeId;
        public Long projectId;
        public BigDecimal amount;
        public Currency currency;
        public Map<String, String> fields;
        public Long budgetLineId;
        public Long version;

        /** Reads the body field by field, so a value of the wrong type is a clear 400 naming the field. */
        static RequestJson from(JsonObject o) {
            RequestJson b = new RequestJson();
            if (o == null) {
                return b;
            }
            b.type = JsonFields.enumValue(o, "type", RequestType.class);
            b.title = JsonFields.string(o, "title");
            b.description = JsonFields.string(o, "description");
            b.unitId = JsonFields.longValue(o, "unitId");
            b.priority = JsonFields.enumValue(o, "priority", Priority.class);
            b.deadline = JsonFields.date(o, "deadline");
            b.assigneeId = JsonFields.longValue(o, "assigneeId");
            b.projectId = JsonFields.longValue(o, "projectId");
            b.amount = JsonFields.decimal(o, "amount");
            b.currency = JsonFields.enumValue(o, "currency", Currency.class);
            b.fields = JsonFields.stringMap(o, "fields");
            b.budgetLineId = JsonFields.longValue(o, "budgetLineId");
            b.version = JsonFields.longValue(o, "version");
            return b;
        }

        NewRequest toForm() {
            return new NewRequest(type, title, description, unitId, priority, deadline, assigneeId, projectId, amount,
                    currency, fields, budgetLineId);
        }
    }
}

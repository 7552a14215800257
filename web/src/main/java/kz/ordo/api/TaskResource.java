package kz.ordo.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.ordo.records.boundary.AttachmentService;
import kz.ordo.records.entity.Attachment;
import kz.ordo.records.entity.AttachmentKind;
import kz.ordo.records.entity.RecordRef;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import kz.ordo.tasks.boundary.TaskRow;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.entity.Task;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasks over REST under {@code /api/v1/tasks}: my open tasks, read, take, submit a result, accept, return for
 * rework, files. The same service and scope as the pages: an external contractor reaches only their tasks.
 */
@Path("v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService tasks;

    @Inject
    AttachmentService attachments;

    /** My open tasks by deadline (overdue first). */
    @GET
    public Page<TaskRow> mine(@QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("size") @DefaultValue("25") int size) {
        return tasks.minePage(new PageRequest(first, size, null, true));
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        return json(tasks.open(id));
    }

    @POST
    @Path("{id}/take")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> take(@PathParam("id") long id, @QueryParam("version") Long version) {
        return json(tasks.take(id, version));
    }

    /** {@code {"text": "what was done", "link": "https://…", "version": 3}}; a required file is uploaded first. */
    @POST
    @Path("{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> submit(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return json(tasks.submit(id, JsonFields.longValue(b, "version"), JsonFields.string(b, "text"),
                JsonFields.string(b, "link")));
    }

    @POST
    @Path("{id}/accept")
    @Consumes(MediaType.WILDCARD)
    public Map<String, Object> accept(@PathParam("id") long id, @QueryParam("version") Long version) {
        return json(tasks.accept(id, version));
    }

    /** {@code {"reason": "…", "version": 3}}. */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> returnForRework(@PathParam("id") long id, JsonObject body) {
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        return json(tasks.returnForRework(id, JsonFields.longValue(b, "version"), JsonFields.string(b, "reason")));
    }

    @GET
    @Path("{id}/files")
    public List<Map<String, Object>> files(@PathParam("id") long id) {
        return attachments.list(new RecordRef(TaskService.TYPE, id)).stream().map(RequestResource::json).toList();
    }

    /** Uploads one file as the raw body: {@code POST .../files?name=act.pdf}. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") long id, @QueryParam("name") String name,
                           @QueryParam("kind") @DefaultValue("OTHER") AttachmentKind kind, InputStream content) {
        Attachment a = attachments.upload(new RecordRef(TaskService.TYPE, id), name, kind, content);
        return Response.status(Response.Status.CREATED).entity(RequestResource.json(a)).build();
    }

    static Map<String, Object> json(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.getId());
        m.put("title", t.getTitle());
        m.put("description", t.getDescription());
        m.put("kind", t.getKind());
        m.put("resultRule", t.getResultRule());
        m.put("status", t.getStatus());
        m.put("deadline", t.getDeadline() == null ? null : t.getDeadline().toString());
        m.put("assignee", t.getAssignee() == null ? null : t.getAssignee().getLogin());
        m.put("requestId", t.getRequest() == null ? null : t.getRequest().getId());
        m.put("waitsFor", t.getDependsOn().stream().map(Task::getId).toList());
        m.put("resultText", t.getResultText());
        m.put("resultLink", t.getResultLink());
        m.put("reworkReason", t.getReworkReason());
        m.put("version", t.getVersion());
        return m;
    }
}

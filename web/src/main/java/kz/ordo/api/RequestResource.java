package kz.ordo.api;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Requests over REST: list (filtered, paged), read, create; the service applies roles and scope. */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    @Inject
    RequestService requests;

    @GET
    public Page<RequestRow> list(@QueryParam("type") RequestType type, @QueryParam("status") RequestStatus status,
                                 @QueryParam("priority") Priority priority, @QueryParam("unitId") Long unitId,
                                 @QueryParam("overdue") boolean overdue, @QueryParam("q") String text,
                                 @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("25") int size,
                                 @QueryParam("sort") String sort, @QueryParam("asc") boolean asc) {
        RequestFilter filter = new RequestFilter(type, status, priority, unitId, null, null, null, null, overdue, text);
        return requests.list(filter, new PageRequest(first, size, sort, asc));
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") long id) {
        return json(requests.find(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewRequestJson body, @Context UriInfo uri) {
        NewRequestJson b = body == null ? new NewRequestJson() : body;
        Request created = requests.create(new NewRequest(b.type, b.title, b.description, b.unitId, b.priority,
                b.deadline, b.assigneeId));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(json(created)).build();
    }

    static Map<String, Object> json(Request r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("number", r.getNumber());
        m.put("type", r.getType());
        m.put("title", r.getTitle());
        m.put("description", r.getDescription());
        m.put("status", r.getStatus());
        m.put("priority", r.getPriority());
        m.put("deadline", r.getDeadline() == null ? null : r.getDeadline().toString());
        m.put("unitId", r.getOrgUnit().getId());
        m.put("unit", r.getOrgUnit().getName());
        m.put("author", r.getAuthor().getLogin());
        m.put("assignee", r.getAssignee() == null ? null : r.getAssignee().getLogin());
        m.put("createdAt", r.getCreatedAt().toString());
        m.put("version", r.getVersion());
        return m;
    }

    /** The body of POST /api/requests. */
    public static class NewRequestJson {
        public RequestType type;
        public String title;
        public String description;
        public Long unitId;
        public Priority priority;
        public LocalDate deadline;
        public Long assigneeId;
    }
}

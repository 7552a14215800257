package kz.ordo.web.requests;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.web.shell.PagedModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The request list: filters, sorting and paging done by the service in SQL (R-REQ-4). */
@Named
@ViewScoped
public class RequestListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    OrgUnitService units;

    @Inject
    Clock clock;

    private PagedModel<RequestRow> model;
    private List<OrgUnit> unitOptions;
    private RequestType type;
    private RequestStatus status;
    private Priority priority;
    private Long unitId;
    private boolean overdueOnly;
    private String text;

    @PostConstruct
    void init() {
        model = new PagedModel<>(() -> requests.count(filter()), page -> requests.rows(filter(), page), RequestRow::getId);
    }

    private RequestFilter filter() {
        return new RequestFilter(type, status, priority, unitId, null, null, null, null, overdueOnly, text);
    }

    public void clear() {
        type = null;
        status = null;
        priority = null;
        unitId = null;
        overdueOnly = false;
        text = null;
    }

    public boolean isOverdue(RequestRow row) {
        return row.overdueOn(LocalDate.now(clock));
    }

    public List<OrgUnit> getUnitOptions() {
        if (unitOptions == null) {
            unitOptions = units.all();
        }
        return unitOptions;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public PagedModel<RequestRow> getModel() {
        return model;
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

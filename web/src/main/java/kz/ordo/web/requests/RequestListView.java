package kz.ordo.web.requests;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.boundary.PeopleService;
import kz.ordo.identity.boundary.Person;
import kz.ordo.identity.boundary.ProjectService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Project;
import kz.ordo.records.boundary.SavedFilterService;
import kz.ordo.records.entity.SavedFilter;
import kz.ordo.requests.boundary.RequestFilter;
import kz.ordo.requests.boundary.RequestFilterCodec;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.control.RequestExport;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;

/**
 * The request list (R-REQ-4): filters, sorting and paging done by the service in SQL, saved filters, and
 * CSV/XLSX export of exactly what the filter shows, in the table's order.
 */
@Named
@ViewScoped
public class RequestListView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String LIST = "requests";

    @Inject
    RequestService requests;

    @Inject
    OrgUnitService units;

    @Inject
    ProjectService projects;

    @Inject
    PeopleService people;

    @Inject
    SavedFilterService savedFilters;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    private PagedModel<RequestRow> model;
    private List<OrgUnit> unitOptions;
    private List<Project> projectOptions;
    private List<SavedFilter> saved;
    private RequestType type;
    private RequestStatus status;
    private Priority priority;
    private Long unitId;
    private Long branchId;
    private Long cityId;
    private Long projectId;
    private Person author;
    private Person assignee;
    private LocalDate createdFrom;
    private LocalDate createdTo;
    private boolean overdueOnly;
    private String text;
    private String filterName;
    private Long savedId;

    @PostConstruct
    void init() {
        model = PagedModel.paged(page -> requests.list(filter(), page), RequestRow::getId);
    }

    RequestFilter filter() {
        return new RequestFilter(type, status, priority, unitId, branchId, cityId, projectId,
                author == null ? null : author.getId(), assignee == null ? null : assignee.getId(), createdFrom,
                createdTo, overdueOnly, text);
    }

    private void apply(RequestFilter f) {
        type = f.type();
        status = f.status();
        priority = f.priority();
        unitId = f.unitId();
        branchId = f.branchId();
        cityId = f.cityId();
        projectId = f.projectId();
        author = people.byId(f.authorId());
        assignee = people.byId(f.assigneeId());
        createdFrom = f.createdFrom();
        createdTo = f.createdTo();
        overdueOnly = f.overdueOnly();
        text = f.text();
    }

    public void clear() {
        apply(RequestFilter.none());
        savedId = null;
    }

    public void saveFilter() {
        try {
            SavedFilter f = savedFilters.save(LIST, filterName, RequestFilterCodec.encode(filter()));
            saved = null;
            savedId = f.getId();
            filterName = null;
            texts.info("filter.saved", f.getName());
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void loadSaved() {
        if (savedId == null) {
            return;
        }
        try {
            apply(RequestFilterCodec.decode(savedFilters.find(savedId).getQuery()));
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void deleteSaved() {
        if (savedId == null) {
            return;
        }
        try {
            savedFilters.delete(savedId);
            savedId = null;
            saved = null;
            texts.info("filter.deleted");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public StreamedContent getExportCsv() {
        return export(kz.ordo.shared.ExportFormat.CSV);
    }

    public StreamedContent getExportXlsx() {
        return export(kz.ordo.shared.ExportFormat.XLSX);
    }

    private StreamedContent export(kz.ordo.shared.ExportFormat format) {
        RequestFilter f = filter();
        String sortField = model.getLastSortField();
        boolean asc = model.isLastAscending();
        java.util.Locale locale = texts.locale();
        return kz.ordo.web.shell.Downloads.of("requests", LocalDate.now(clock), format,
                out -> requests.export(f, sortField, asc, format, locale, out));
    }

    public List<Person> suggestPeople(String query) {
        return people.suggest(query);
    }

    /** Whether a row is overdue today, for the page: {@code #{view.overdue[row]}}. */
    public java.util.Map<RequestRow, Boolean> getOverdue() {
        LocalDate today = LocalDate.now(clock);
        return kz.ordo.web.shell.RowFlag.of(row -> row.overdueOn(today));
    }

    private List<OrgUnit> allUnits() {
        if (unitOptions == null) {
            unitOptions = units.all();
        }
        return unitOptions;
    }

    public List<OrgUnit> getUnitOptions() {
        return allUnits().stream().filter(u -> u.getKind() == OrgUnitKind.DEPARTMENT).toList();
    }

    public List<OrgUnit> getBranchOptions() {
        return allUnits().stream().filter(u -> u.getKind() == OrgUnitKind.BRANCH).toList();
    }

    public List<OrgUnit> getCityOptions() {
        return allUnits().stream().filter(u -> u.getKind() == OrgUnitKind.CITY).toList();
    }

    public List<Project> getProjectOptions() {
        if (projectOptions == null) {
            projectOptions = projects.active();
        }
        return projectOptions;
    }

    public List<SavedFilter> getSaved() {
        if (saved == null) {
            saved = savedFilters.mine(LIST);
        }
        return saved;
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

    public Long getBranchId() {
        return branchId;
    }

    public void setBranchId(Long branchId) {
        this.branchId = branchId;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public Person getAuthor() {
        return author;
    }

    public void setAuthor(Person author) {
        this.author = author;
    }

    public Person getAssignee() {
        return assignee;
    }

    public void setAssignee(Person assignee) {
        this.assignee = assignee;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
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

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    public Long getSavedId() {
        return savedId;
    }

    public void setSavedId(Long savedId) {
        this.savedId = savedId;
    }
}

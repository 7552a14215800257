package kz.ordo.web.finance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.finance.boundary.BudgetService;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.finance.boundary.LinesPage;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ExportFormat;
import kz.ordo.web.shell.PagedModel;
import kz.ordo.web.shell.Texts;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Budget lines with plan, actual, committed, remainder, forecast and deviation (R-BUD-1, R-BUD-3, R-FIN-4). */
@Named
@ViewScoped
public class BudgetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BudgetService budgets;

    @Inject
    OrgUnitService units;

    @Inject
    Texts texts;

    private LocalDate from = LocalDate.now().withDayOfMonth(1);
    private LocalDate to = LocalDate.now().withDayOfMonth(1);
    private Long unitFilter;
    private final PagedModel<LineFigures> lines = PagedModel.paged(this::page, LineFigures::id);
    private LinesPage shown;
    private List<OrgUnit> unitOptions;
    private LocalDate month = LocalDate.now().withDayOfMonth(1);
    private Long unitId;
    private String item;
    private BigDecimal plan;
    private BudgetService.Dimension dimension = BudgetService.Dimension.UNIT;
    private List<BudgetService.SpendRow> spend;
    private Long reasonLineId;
    private long reasonVersion;
    private String reason;

    @PostConstruct
    void init() {
        unitOptions = units.withinCallerScope();
        reload();
    }

    /** The filter applied: the table reads its page again when rendered, the over/under-spend table now. */
    public void reload() {
        spend = budgets.spend(from, to, dimension);
    }

    private kz.ordo.shared.Page<LineFigures> page(kz.ordo.shared.PageRequest request) {
        shown = budgets.lines(from, to, unitFilter, request);
        return shown.page();
    }

    /** Budget lines from an uploaded XLSX or CSV: all of them, or none with the errors listed. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        try {
            int n = budgets.importLines(event.getFile().getFileName(), event.getFile().getContent());
            texts.info("budget.imported", n);
            reload();
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public BudgetService.Dimension[] getDimensions() {
        return BudgetService.Dimension.values();
    }

    public BudgetService.Dimension getDimension() {
        return dimension;
    }

    public void setDimension(BudgetService.Dimension dimension) {
        this.dimension = dimension;
    }

    /** The totals row of the over/under-spend table. */
    public BudgetService.SpendRow getSpendTotal() {
        BigDecimal plan = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        for (BudgetService.SpendRow g : spend == null ? List.<BudgetService.SpendRow>of() : spend) {
            plan = plan.add(g.plan());
            actual = actual.add(g.actual());
            committed = committed.add(g.committed());
        }
        return new BudgetService.SpendRow(texts.get("export.total"), plan, actual, committed);
    }

    public List<BudgetService.SpendRow> getSpend() {
        return spend;
    }

    private Long projectId;
    private kz.ordo.identity.boundary.Person owner;
    private List<kz.ordo.identity.entity.Project> projectOptions;

    @Inject
    kz.ordo.identity.boundary.ProjectService projects;

    @Inject
    kz.ordo.identity.boundary.PeopleService people;

    public List<kz.ordo.identity.entity.Project> getProjectOptions() {
        if (projectOptions == null) {
            projectOptions = projects.active();
        }
        return projectOptions;
    }

    public List<kz.ordo.identity.boundary.Person> suggestPeople(String query) {
        return people.suggest(query);
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }

    public kz.ordo.identity.boundary.Person getOwner() {
        return owner;
    }

    public void setOwner(kz.ordo.identity.boundary.Person owner) {
        this.owner = owner;
    }

    public void addLine() {
        try {
            budgets.save(null, null, month, unitId, projectId, item, owner == null ? null : owner.getId(), plan);
            texts.info("common.saved");
            item = null;
            plan = null;
            projectId = null;
            owner = null;
            reload();
            PrimeFaces.current().executeScript("PF('lineDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void startReason(LineFigures f) {
        reasonLineId = f.id();
        reasonVersion = f.version();
        reason = f.deviationReason();
    }

    public void saveReason() {
        try {
            budgets.explain(reasonLineId, reasonVersion, reason);
            texts.info("common.saved");
            reload();
            PrimeFaces.current().executeScript("PF('reasonDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public StreamedContent getExportXlsx() {
        return export(ExportFormat.XLSX);
    }

    public StreamedContent getExportCsv() {
        return export(ExportFormat.CSV);
    }

    private StreamedContent export(ExportFormat format) {
        LocalDate f = from;
        LocalDate t = to;
        Long u = unitFilter;
        java.util.Locale locale = texts.locale();
        return kz.ordo.web.shell.Downloads.of("budget", LocalDate.now(), format, out -> budgets.export(f, t, u, format, locale, out));
    }

    public StreamedContent getSpendXlsx() {
        return exportSpend(ExportFormat.XLSX);
    }

    public StreamedContent getSpendCsv() {
        return exportSpend(ExportFormat.CSV);
    }

    /** The over/under-spend table as shown: the same period and dimension. */
    private StreamedContent exportSpend(ExportFormat format) {
        LocalDate f = from;
        LocalDate t = to;
        BudgetService.Dimension by = dimension;
        java.util.Locale locale = texts.locale();
        return kz.ordo.web.shell.Downloads.of("spend-" + by.name().toLowerCase(java.util.Locale.ROOT), LocalDate.now(), format,
                out -> budgets.exportSpend(f, t, by, format, locale, out));
    }

    public boolean isPlanner() {
        var ec = FacesContext.getCurrentInstance().getExternalContext();
        return ec.isUserInRole("FINANCE") || ec.isUserInRole("HEAD") || ec.isUserInRole("ADMIN");
    }

    /** The plan of every line the filter matches, not only of the page shown. */
    public BigDecimal getTotalPlan() {
        return shown == null ? BigDecimal.ZERO : shown.plan();
    }

    public BigDecimal getTotalForecast() {
        return shown == null ? BigDecimal.ZERO : shown.getForecast();
    }

    public PagedModel<LineFigures> getLines() {
        return lines;
    }

    public List<OrgUnit> getUnitOptions() {
        return unitOptions;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getUnitFilter() {
        return unitFilter;
    }

    public void setUnitFilter(Long unitFilter) {
        this.unitFilter = unitFilter;
    }

    public LocalDate getMonth() {
        return month;
    }

    public void setMonth(LocalDate month) {
        this.month = month;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public BigDecimal getPlan() {
        return plan;
    }

    public void setPlan(BigDecimal plan) {
        this.plan = plan;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

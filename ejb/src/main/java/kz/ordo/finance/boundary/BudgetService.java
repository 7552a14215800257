package kz.ordo.finance.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.finance.entity.BudgetLine;
import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Budget lines and their figures (R-BUD-1, R-BUD-3, R-FIN-4): plan, actual, committed, remainder, forecast and
 * deviation per line, computed in one SQL aggregate over the invoices of each line, the same everywhere they are
 * shown. Lines in the caller's unit and below (finance and administrators: all).
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.FINANCE, Role.Names.MANAGER})
public class BudgetService {

    public static final int MAX_ROWS = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    @Inject
    kz.ordo.finance.control.BudgetFigures lineFigures;

    private String scopePattern() {
        Caller c = callers.current();
        return c.has(Role.ADMIN) || c.has(Role.FINANCE) ? "%" : AccessScope.subtreePattern(c.unitPath());
    }

    /** The lines of the months from..to (inclusive, any day of the month) with their figures, at most MAX_ROWS. */
    public List<LineFigures> figures(LocalDate from, LocalDate to, Long unitId) {
        return lineFigures.of(from, to, scopePattern(), unitPattern(unitId), MAX_ROWS);
    }

    /**
     * One page of those lines in the table's order (month, unit, item), with how many lines there are and their
     * sums over all of them: the plan/fact page, which never holds a period's lines in memory.
     */
    public LinesPage lines(LocalDate from, LocalDate to, Long unitId, kz.ordo.shared.PageRequest page) {
        return lineFigures.page(from, to, scopePattern(), unitPattern(unitId), page.first(), page.size());
    }

    private String unitPattern(Long unitId) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unitId != null && unit == null) {
            throw new NotFoundException("OrgUnit", unitId);
        }
        return unit == null ? "%" : AccessScope.subtreePattern(unit.getPath());
    }

    /** The dimensions of the over/under-spend report (R-BUD-4). */
    public enum Dimension { UNIT, ITEM, PROJECT, MONTH }

    /** One group of the over/under-spend report: its name and summed figures. */
    public record SpendRow(String group, BigDecimal plan, BigDecimal actual, BigDecimal committed) implements java.io.Serializable {

        public BigDecimal getForecast() {
            return actual.add(committed);
        }

        public BigDecimal getDeviation() {
            return getForecast().subtract(plan);
        }

        public String getGroup() {
            return group;
        }

        public BigDecimal getPlan() {
            return plan;
        }

        public BigDecimal getActual() {
            return actual;
        }

        public BigDecimal getCommitted() {
            return committed;
        }
    }

    /**
     * Over/under-spend per period and dimension (R-BUD-4): the lines' figures summed by the group in PostgreSQL,
     * largest overspend first (a line without a project counts under "—").
     */
    public List<SpendRow> spend(LocalDate from, LocalDate to, Dimension by) {
        String group = switch (by) {
            case UNIT -> "g.unit";
            case ITEM -> "g.item";
            case PROJECT -> "COALESCE(g.project, '—')";
            case MONTH -> "to_char(g.month, 'YYYY-MM')";
        };
        return lineFigures.sums(from, to, scopePattern(), group).stream()
                .map(r -> new SpendRow((String) r[0], (BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3])).toList();
    }

    /**
     * The lines an invoice or a request may be charged to, for a picker: the caller's lines from two months back to
     * a year ahead whose item, unit or project name contains {@code text}, at most {@code max}, with their remainder.
     */
    public List<LineFigures> suggest(String text, int max) {
        LocalDate today = LocalDate.now();
        return lineFigures.of(today.minusMonths(2), today.plusMonths(12), scopePattern(), "%", AccessScope.containsPattern(text),
                Math.min(max, 50));
    }

    /** The over/under-spend table by a dimension as a file with a totals row (R-FIN-4, R-FIN-5). */
    public long exportSpend(LocalDate from, LocalDate to, Dimension by, kz.ordo.shared.ExportFormat format,
                            java.util.Locale locale, java.io.OutputStream out) throws java.io.IOException {
        List<kz.ordo.shared.TableExport.Column<SpendRow>> cols = List.of(
                new kz.ordo.shared.TableExport.Column<>("budget.dimension." + by, SpendRow::getGroup),
                new kz.ordo.shared.TableExport.Column<>("budget.plan", SpendRow::getPlan),
                new kz.ordo.shared.TableExport.Column<>("budget.actual", SpendRow::getActual),
                new kz.ordo.shared.TableExport.Column<>("budget.committed", SpendRow::getCommitted),
                new kz.ordo.shared.TableExport.Column<>("budget.forecast", SpendRow::getForecast),
                new kz.ordo.shared.TableExport.Column<>("budget.deviation", SpendRow::getDeviation));
        return kz.ordo.shared.TableExport.write(spend(from, to, by).stream(), cols, format, "budget.spend", true, locale,
                kz.ordo.shared.ClockProducer.BUSINESS_ZONE, out);
    }

    /** The plan/fact table as a file with a totals row (R-FIN-4, R-FIN-5). */
    public long export(LocalDate from, LocalDate to, Long unitId, kz.ordo.shared.ExportFormat format, java.util.Locale locale,
                       java.io.OutputStream out) throws java.io.IOException {
        List<kz.ordo.shared.TableExport.Column<LineFigures>> cols = List.of(
                new kz.ordo.shared.TableExport.Column<>("budget.month", LineFigures::month),
                new kz.ordo.shared.TableExport.Column<>("budget.unit", LineFigures::unit),
                new kz.ordo.shared.TableExport.Column<>("budget.item", LineFigures::item),
                new kz.ordo.shared.TableExport.Column<>("budget.project", LineFigures::project),
                new kz.ordo.shared.TableExport.Column<>("budget.plan", LineFigures::plan),
                new kz.ordo.shared.TableExport.Column<>("budget.actual", LineFigures::actual),
                new kz.ordo.shared.TableExport.Column<>("budget.committed", LineFigures::committed),
                new kz.ordo.shared.TableExport.Column<>("budget.remainder", LineFigures::getRemainder),
                new kz.ordo.shared.TableExport.Column<>("budget.forecast", LineFigures::getForecast),
                new kz.ordo.shared.TableExport.Column<>("budget.deviation", LineFigures::getDeviation),
                new kz.ordo.shared.TableExport.Column<>("budget.reason", LineFigures::deviationReason));
        return kz.ordo.shared.TableExport.write(figures(from, to, unitId).stream(), cols, format, "menu.budget", true, locale,
                kz.ordo.shared.ClockProducer.BUSINESS_ZONE, out);
    }

    /** One line's figures (for an invoice card or a limit message). */
    public LineFigures figuresOf(Long lineId) {
        BudgetLine b = find(lineId);
        return lineFigures.line(lineId, b.getMonth(), scopePattern())
                .orElseThrow(() -> new NotFoundException("BudgetLine", lineId));
    }

    public BudgetLine find(Long id) {
        BudgetLine b = id == null ? null : em.find(BudgetLine.class, id);
        Caller c = callers.current();
        if (b == null || !(c.has(Role.ADMIN) || c.has(Role.FINANCE) || c.covers(b.getOrgUnit()))) {
            throw new NotFoundException("BudgetLine", id);
        }
        return b;
    }

    /** Creates (id null) or changes a line; a second line for the same month, unit, project and item is refused. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.FINANCE})
    public BudgetLine save(Long id, Long version, LocalDate month, Long unitId, Long projectId, String item, Long ownerId,
                           BigDecimal plan) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        Project project = projectId == null ? null : em.find(Project.class, projectId);
        User owner = ownerId == null ? null : em.find(User.class, ownerId);
        String login = callers.login();
        if (id == null) {
            BudgetLine b = new BudgetLine(month, unit, project, item, owner, plan);
            refuseTwin(b, null);
            em.persist(b);
            em.flush();
            audit.created(login, b);
            return b;
        }
        BudgetLine b = find(id);
        if (version == null || b.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = b.auditState();
        b.edit(month, unit, project, item, owner, plan);
        refuseTwin(b, b.getId());
        em.flush();
        audit.changed(login, b, before, AuditAction.UPDATE);
        return b;
    }

    private void refuseTwin(BudgetLine b, Long self) {
        // the project condition is written out: an entity bound to "? IS NULL" leaves PostgreSQL without a type
        var q = em.createQuery("SELECT x.id FROM BudgetLine x WHERE x.month = :m AND x.orgUnit = :u"
                        + " AND LOWER(x.item) = LOWER(:i) AND " + (b.getProject() == null ? "x.project IS NULL" : "x.project = :p"),
                        Long.class)
                .setParameter("m", b.getMonth()).setParameter("u", b.getOrgUnit()).setParameter("i", b.getItem());
        if (b.getProject() != null) {
            q.setParameter("p", b.getProject());
        }
        List<Long> twins = q.getResultList();
        if (twins.stream().anyMatch(t -> !t.equals(self))) {
            throw new BusinessException("budget.error.twin", b.getItem(), b.getMonth().toString());
        }
    }

    public static final int IMPORT_MAX_ROWS = 10_000;


    /**
     * The units an import cell names: a unit id, "Parent / Name" (the unit above and the unit), or a name alone.
     * Department names repeat across branches, so a name alone that matches several units is refused.
     */
    private List<OrgUnit> importUnit(String cell) {
        if (cell.matches("\\d{1,18}")) {
            OrgUnit u = em.find(OrgUnit.class, Long.valueOf(cell));
            return u == null ? List.of() : List.of(u);
        }
        int slash = cell.lastIndexOf('/');
        if (slash > 0) {
            return em.createQuery("SELECT u FROM OrgUnit u WHERE LOWER(u.name) = LOWER(:n) AND LOWER(u.parent.name) = LOWER(:p)",
                            OrgUnit.class)
                    .setParameter("n", cell.substring(slash + 1).strip()).setParameter("p", cell.substring(0, slash).strip())
                    .getResultList();
        }
        return em.createQuery("SELECT u FROM OrgUnit u WHERE LOWER(u.name) = LOWER(:n)", OrgUnit.class)
                .setParameter("n", cell).getResultList();
    }
    /**
     * Imports budget lines from XLSX or CSV (R-BUD-1): columns month (YYYY-MM or a date), unit (name), expense item,
     * plan (KZT), and optionally project code and owner login; the first row is the header. Every row is checked
     * first and the errors listed by row number; any error and nothing is imported. Returns how many lines were made.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.FINANCE})
    public int importLines(String fileName, byte[] content) {
        List<String[]> rows = BudgetImport.read(fileName, content);
        if (rows.size() > IMPORT_MAX_ROWS) {
            throw new BusinessException("budget.error.importSize", IMPORT_MAX_ROWS);
        }
        Caller c = callers.current();
        List<String> errors = new ArrayList<>();
        List<BudgetLine> made = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Locale locale = c.locale();
        for (int n = 0; n < rows.size(); n++) {
            String[] r = rows.get(n);
            int line = n + 2;
            try {
                LocalDate month = BudgetImport.month(cell(r, 0));
                List<OrgUnit> unit = importUnit(cell(r, 1));
                if (unit.size() > 1) {
                    throw new BusinessException("budget.error.importUnitAmbiguous", cell(r, 1), unit.size());
                }
                if (unit.isEmpty() || !(c.covers(unit.get(0)) || c.has(Role.ADMIN) || c.has(Role.FINANCE))) {
                    throw new BusinessException("budget.error.importUnit", cell(r, 1));
                }
                BigDecimal plan = BudgetImport.amount(cell(r, 3));
                Project project = null;
                if (!cell(r, 4).isEmpty()) {
                    List<Project> p = em.createQuery("SELECT p FROM Project p WHERE LOWER(p.code) = LOWER(:c)", Project.class)
                            .setParameter("c", cell(r, 4)).getResultList();
                    if (p.isEmpty()) {
                        throw new BusinessException("budget.error.importProject", cell(r, 4));
                    }
                    project = p.get(0);
                }
                User owner = null;
                if (!cell(r, 5).isEmpty()) {
                    List<User> u = em.createQuery("SELECT u FROM User u WHERE u.login = :l", User.class)
                            .setParameter("l", cell(r, 5).toLowerCase(java.util.Locale.ROOT)).getResultList();
                    if (u.isEmpty()) {
                        throw new BusinessException("budget.error.importOwner", cell(r, 5));
                    }
                    owner = u.get(0);
                }
                BudgetLine b = new BudgetLine(month, unit.get(0), project, cell(r, 2), owner, plan);
                String key = b.getMonth() + "|" + unit.get(0).getId() + "|" + (project == null ? 0 : project.getId()) + "|"
                        + b.getItem().toLowerCase(java.util.Locale.ROOT);
                if (!seen.add(key)) {
                    throw new BusinessException("budget.error.twin", b.getItem(), b.getMonth().toString());
                }
                refuseTwin(b, null);
                made.add(b);
            } catch (BusinessException e) {
                errors.add(kz.ordo.shared.Messages.get(locale, "budget.error.importRow", line,
                        kz.ordo.shared.Messages.of(locale, e)));
            }
        }
        if (rows.isEmpty()) {
            throw new BusinessException("budget.error.importEmpty");
        }
        if (!errors.isEmpty()) {
            throw new BusinessException("budget.error.import", errors.size(),
                    String.join("; ", errors.subList(0, Math.min(20, errors.size()))));
        }
        for (BudgetLine b : made) {
            em.persist(b);
        }
        em.flush();
        audit.event(c.login(), "BudgetLine", null, AuditAction.CREATE, "import " + fileName + ": " + made.size() + " lines");
        return made.size();
    }

    private static String cell(String[] r, int i) {
        return i < r.length && r[i] != null ? r[i].strip() : "";
    }

    /** The reason of a line's deviation from plan (R-FIN-4). */
    public BudgetLine explain(Long id, long version, String reason) {
        BudgetLine b = find(id);
        if (b.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = b.auditState();
        b.explainDeviation(reason);
        em.flush();
        audit.changed(callers.login(), b, before, AuditAction.UPDATE);
        return b;
    }
}

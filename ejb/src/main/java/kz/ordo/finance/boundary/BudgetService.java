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

    public static final int MAX_ROWS = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    private String scopePattern() {
        Caller c = callers.current();
        return c.has(Role.ADMIN) || c.has(Role.FINANCE) ? "%" : AccessScope.subtreePattern(c.unitPath());
    }

    /** The lines of the months from..to (inclusive, any day of the month) with their figures, at most MAX_ROWS. */
    public List<LineFigures> figures(LocalDate from, LocalDate to, Long unitId) {
        String unitPattern = unitId == null ? "%" : AccessScope.subtreePattern(em.find(OrgUnit.class, unitId).getPath());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.version, b.month, u.name, p.name, b.item, o.full_name, b.plan,"
                        + " COALESCE(SUM(i.amount_kzt) FILTER (WHERE i.status IN ('PAID', 'CLOSED')), 0),"
                        + " COALESCE(SUM(i.amount_kzt) FILTER (WHERE i.status IN ('ON_APPROVAL', 'APPROVED', 'IN_PAYMENT')), 0),"
                        + " b.deviation_reason"
                        + " FROM budget_line b JOIN org_unit u ON u.id = b.org_unit_id LEFT JOIN project p ON p.id = b.project_id"
                        + " LEFT JOIN app_user o ON o.id = b.owner_id LEFT JOIN invoice i ON i.budget_line_id = b.id"
                        + " WHERE b.month BETWEEN ?1 AND ?2 AND u.path LIKE ?3 ESCAPE '\\' AND u.path LIKE ?4 ESCAPE '\\'"
                        + " GROUP BY b.id, u.name, p.name, o.full_name ORDER BY b.month, u.name, b.item, b.id LIMIT " + MAX_ROWS)
                .setParameter(1, Date.valueOf((from == null ? LocalDate.of(2000, 1, 1) : from).withDayOfMonth(1)))
                .setParameter(2, Date.valueOf((to == null ? LocalDate.of(2100, 1, 1) : to).withDayOfMonth(1)))
                .setParameter(3, scopePattern()).setParameter(4, unitPattern).getResultList();
        List<LineFigures> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new LineFigures(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Date) r[2]).toLocalDate(),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                    (BigDecimal) r[9], (String) r[10]));
        }
        return out;
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
        return figures(b.getMonth(), b.getMonth(), null).stream().filter(f -> f.id().equals(lineId)).findFirst()
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
        List<Long> twins = em.createQuery("SELECT x.id FROM BudgetLine x WHERE x.month = :m AND x.orgUnit = :u"
                        + " AND LOWER(x.item) = LOWER(:i) AND ((:p IS NULL AND x.project IS NULL) OR x.project = :p)", Long.class)
                .setParameter("m", b.getMonth()).setParameter("u", b.getOrgUnit()).setParameter("i", b.getItem())
                .setParameter("p", b.getProject()).getResultList();
        if (twins.stream().anyMatch(t -> !t.equals(self))) {
            throw new BusinessException("budget.error.twin", b.getItem(), b.getMonth().toString());
        }
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

package kz.ordo.finance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.finance.boundary.LineFigures;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one query behind every budget figure (R-BUD-3): each line of the months from..to with the sums of its
 * invoices by status plus what requests charged to it hold (committed, see {@link LineHolds}), for the units whose
 * path matches both patterns (the caller's scope and a chosen unit).
 */
@ApplicationScoped
public class BudgetFigures {

    @PersistenceContext
    EntityManager em;

    public List<LineFigures> of(LocalDate from, LocalDate to, String scopePattern, String unitPattern, int maxRows) {
        return of(from, to, scopePattern, unitPattern, "%", maxRows);
    }

    /** The same, for the lines whose item, unit or project name matches {@code textPattern} (lower case, LIKE). */
    public List<LineFigures> of(LocalDate from, LocalDate to, String scopePattern, String unitPattern, String textPattern,
                                int maxRows) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.id, b.version, b.month, u.name, p.name, b.item, o.full_name, b.plan,"
                        + " COALESCE(SUM(i.amount_kzt) FILTER (WHERE i.status IN ('PAID', 'CLOSED')), 0),"
                        + " COALESCE(SUM(i.amount_kzt) FILTER (WHERE i.status IN ('ON_APPROVAL', 'APPROVED', 'IN_PAYMENT')), 0)"
                        + " + COALESCE((SELECT SUM(r.amount) FROM request r WHERE r.budget_line_id = b.id AND "
                        + LineHolds.REQUEST_HOLDS + "), 0),"
                        + " b.deviation_reason"
                        + " FROM budget_line b JOIN org_unit u ON u.id = b.org_unit_id LEFT JOIN project p ON p.id = b.project_id"
                        + " LEFT JOIN app_user o ON o.id = b.owner_id LEFT JOIN invoice i ON i.budget_line_id = b.id"
                        + " WHERE b.month BETWEEN ?1 AND ?2 AND u.path LIKE ?3 ESCAPE '\\' AND u.path LIKE ?4 ESCAPE '\\'"
                        + " AND (lower(b.item) LIKE ?5 ESCAPE '\\' OR lower(u.name) LIKE ?5 ESCAPE '\\'"
                        + " OR lower(COALESCE(p.name, '')) LIKE ?5 ESCAPE '\\')"
                        + " GROUP BY b.id, u.name, p.name, o.full_name ORDER BY b.month, u.name, b.item, b.id LIMIT " + maxRows)
                .setParameter(1, Date.valueOf((from == null ? LocalDate.of(2000, 1, 1) : from).withDayOfMonth(1)))
                .setParameter(2, Date.valueOf((to == null ? LocalDate.of(2100, 1, 1) : to).withDayOfMonth(1)))
                .setParameter(3, scopePattern).setParameter(4, unitPattern).setParameter(5, textPattern).getResultList();
        List<LineFigures> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new LineFigures(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Date) r[2]).toLocalDate(),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                    (BigDecimal) r[9], (String) r[10]));
        }
        return out;
    }

    /** Every line of the company (the nightly report). */
    public List<LineFigures> all(LocalDate from, LocalDate to) {
        return of(from, to, "%", "%", 100_000);
    }
}

package kz.ordo.finance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.finance.boundary.LinesPage;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one query behind every budget figure (R-BUD-3): each line of the months from..to with the sums of its
 * invoices by status plus what requests charged to it hold (committed, see {@link LineHolds}), for the units whose
 * path matches both patterns (the caller's scope and a chosen unit).
 */
@ApplicationScoped
public class BudgetFigures {

    @PersistenceContext
    EntityManager em;

    /**
     * Each line with its figures, one row per line (columns: id, version, month, unit, project, item, owner, plan,
     * actual, committed, deviation reason); {@code ?1}..{@code ?5} are the months, the two unit patterns and the text.
     */
    private static final String LINES = "SELECT b.id, b.version, b.month, u.name AS unit, p.name AS project, b.item,"
            + " o.full_name AS owner, b.plan, COALESCE(s.actual, 0) AS actual,"
            + " COALESCE(s.committed, 0) + COALESCE((SELECT SUM(r.amount) FROM request r WHERE r.budget_line_id = b.id AND "
            + LineHolds.REQUEST_HOLDS + "), 0) AS committed,"
            + " b.deviation_reason"
            + " FROM budget_line b JOIN org_unit u ON u.id = b.org_unit_id LEFT JOIN project p ON p.id = b.project_id"
            + " LEFT JOIN app_user o ON o.id = b.owner_id"
            // each line's invoices summed by an index-only scan of (budget_line_id, status) INCLUDE amount_kzt: half
            // the time of joining every invoice and grouping the lines (a month of 297 lines 7.8 -> 3.7 ms, 3 years 174 -> 85 ms)
            + " LEFT JOIN LATERAL (SELECT SUM(i.amount_kzt) FILTER (WHERE i.status IN ('PAID', 'CLOSED')) AS actual,"
            + " SUM(i.amount_kzt) FILTER (WHERE i.status IN ('ON_APPROVAL', 'APPROVED', 'IN_PAYMENT')) AS committed"
            + " FROM invoice i WHERE i.budget_line_id = b.id) s ON TRUE"
            + " WHERE b.month BETWEEN ?1 AND ?2 AND u.path LIKE ?3 ESCAPE '\\' AND u.path LIKE ?4 ESCAPE '\\'"
            + " AND (lower(b.item) LIKE ?5 ESCAPE '\\' OR lower(u.name) LIKE ?5 ESCAPE '\\'"
            + " OR lower(COALESCE(p.name, '')) LIKE ?5 ESCAPE '\\')";

    /** The lines' order everywhere: month, unit, item. */
    private static final String ORDER = " ORDER BY g.month, g.unit, g.item, g.id";

    public List<LineFigures> of(LocalDate from, LocalDate to, String scopePattern, String unitPattern, int maxRows) {
        return of(from, to, scopePattern, unitPattern, "%", maxRows);
    }

    /** The same, for the lines whose item, unit or project name matches {@code textPattern} (lower case, LIKE). */
    public List<LineFigures> of(LocalDate from, LocalDate to, String scopePattern, String unitPattern, String textPattern,
                                int maxRows) {
        return lines(lines(LINES, "", from, to, scopePattern, unitPattern, textPattern)
                .setParameter(6, maxRows).setParameter(7, 0));
    }

    /** One line's figures, if the line is in its month and the scope. */
    public Optional<LineFigures> line(long lineId, LocalDate month, String scopePattern) {
        return lines(lines(LINES + " AND b.id = ?8", "", month, month, scopePattern, "%", "%")
                .setParameter(6, 1).setParameter(7, 0).setParameter(8, lineId)).stream().findFirst();
    }

    /**
     * One page of the lines in their order, with the count and the sums of all the lines the filter matches, read
     * in one statement (the sums are window aggregates over every line, taken before the page is cut).
     */
    public LinesPage page(LocalDate from, LocalDate to, String scopePattern, String unitPattern, int first, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = lines(LINES, ", count(*) OVER (), SUM(g.plan) OVER (), SUM(g.actual) OVER (),"
                + " SUM(g.committed) OVER ()", from, to, scopePattern, unitPattern, "%")
                .setParameter(6, size).setParameter(7, first).getResultList();
        if (rows.isEmpty()) {
            // past the last line (or none): the count and sums alone
            Object[] t = (Object[]) bind(em.createNativeQuery("SELECT count(*), COALESCE(SUM(g.plan), 0),"
                            + " COALESCE(SUM(g.actual), 0), COALESCE(SUM(g.committed), 0) FROM (" + LINES + ") g"),
                    from, to, scopePattern, unitPattern, "%").getSingleResult();
            return new LinesPage(List.of(), ((Number) t[0]).longValue(), (BigDecimal) t[1], (BigDecimal) t[2], (BigDecimal) t[3]);
        }
        Object[] any = rows.get(0);
        return new LinesPage(rows.stream().map(BudgetFigures::figures).toList(), ((Number) any[11]).longValue(),
                (BigDecimal) any[12], (BigDecimal) any[13], (BigDecimal) any[14]);
    }

    /**
     * The lines' figures summed by a group (the over/under-spend report), largest overspend first; {@code groupBy}
     * is an SQL expression over the columns of one line ({@code g.unit}, {@code g.month}, ...), never user input.
     */
    public List<Object[]> sums(LocalDate from, LocalDate to, String scopePattern, String groupBy) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT " + groupBy + ", SUM(g.plan), SUM(g.actual),"
                        + " SUM(g.committed) FROM (" + LINES + ") g GROUP BY 1"
                        + " ORDER BY SUM(g.actual) + SUM(g.committed) - SUM(g.plan) DESC, 1"),
                from, to, scopePattern, "%", "%").getResultList();
        return rows;
    }

    /** The lines' query in their order, {@code ?6} rows from row {@code ?7}, with {@code extra} columns after a line's. */
    private jakarta.persistence.Query lines(String lines, String extra, LocalDate from, LocalDate to, String scopePattern,
                                            String unitPattern, String textPattern) {
        return bind(em.createNativeQuery("SELECT g.*" + extra + " FROM (" + lines + ") g" + ORDER + " LIMIT ?6 OFFSET ?7"),
                from, to, scopePattern, unitPattern, textPattern);
    }

    /** Binds the lines' filter: {@code ?1}..{@code ?5}. */
    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, LocalDate from, LocalDate to,
                                                  String scopePattern, String unitPattern, String textPattern) {
        return query.setParameter(1, month(from, 2000)).setParameter(2, month(to, 2100))
                .setParameter(3, scopePattern).setParameter(4, unitPattern).setParameter(5, textPattern);
    }

    private static Date month(LocalDate day, int orElseYear) {
        return Date.valueOf((day == null ? LocalDate.of(orElseYear, 1, 1) : day).withDayOfMonth(1));
    }

    private static List<LineFigures> lines(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(BudgetFigures::figures).toList();
    }

    private static LineFigures figures(Object[] r) {
        return new LineFigures(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Date) r[2]).toLocalDate(),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                (BigDecimal) r[9], (String) r[10]);
    }

    /** Every line of the company (the nightly report). */
    public List<LineFigures> all(LocalDate from, LocalDate to) {
        return of(from, to, "%", "%", 100_000);
    }
}

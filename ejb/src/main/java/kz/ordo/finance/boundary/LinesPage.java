package kz.ordo.finance.boundary;

import kz.ordo.shared.Page;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One page of budget lines with their figures, the number of lines the filter matches and the sums over all of
 * them (not only this page), all in KZT: what the plan/fact table shows under its rows.
 */
public record LinesPage(List<LineFigures> rows, long total, BigDecimal plan, BigDecimal actual, BigDecimal committed)
        implements Serializable {

    public LinesPage {
        rows = List.copyOf(rows);
    }

    public BigDecimal getForecast() {
        return actual.add(committed);
    }

    public Page<LineFigures> page() {
        return new Page<>(rows, total, false);
    }
}

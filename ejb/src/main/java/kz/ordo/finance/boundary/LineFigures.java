package kz.ordo.finance.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A budget line with its figures (R-BUD-3), all in KZT: plan; actual (paid invoices); committed (invoices on
 * approval, approved or in payment); remainder = plan − actual − committed; forecast = actual + committed;
 * deviation = forecast − plan (positive: overspent).
 */
public record LineFigures(Long id, long version, LocalDate month, String unit, String project, String item, String owner,
                          BigDecimal plan, BigDecimal actual, BigDecimal committed, String deviationReason) implements Serializable {

    public BigDecimal getRemainder() {
        return plan.subtract(actual).subtract(committed);
    }

    public BigDecimal getForecast() {
        return actual.add(committed);
    }

    public BigDecimal getDeviation() {
        return getForecast().subtract(plan);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMonth() {
        return month;
    }

    public String getUnit() {
        return unit;
    }

    public String getProject() {
        return project;
    }

    public String getItem() {
        return item;
    }

    public String getOwner() {
        return owner;
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

    public String getDeviationReason() {
        return deviationReason;
    }

    public long getVersion() {
        return version;
    }
}

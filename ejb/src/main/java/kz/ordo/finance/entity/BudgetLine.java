package kz.ordo.finance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One month's plan for a unit, project and expense item, in KZT, with its owner (R-BUD-1). */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends BaseEntity implements Auditable {

    public static final BigDecimal MAX_PLAN = new BigDecimal("9999999999999999.99");

    @Column(nullable = false)
    private LocalDate month;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false, length = 100)
    private String item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal plan;

    @Column(name = "deviation_reason")
    private String deviationReason;

    protected BudgetLine() {
    }

    public BudgetLine(LocalDate month, OrgUnit unit, Project project, String item, User owner, BigDecimal plan) {
        edit(month, unit, project, item, owner, plan);
    }

    public void edit(LocalDate newMonth, OrgUnit unit, Project newProject, String newItem, User newOwner, BigDecimal newPlan) {
        if (newMonth == null) {
            throw new BusinessException("budget.error.month");
        }
        if (unit == null) {
            throw new BusinessException("budget.error.unit");
        }
        String i = newItem == null ? "" : newItem.strip();
        if (i.length() < 2 || i.length() > 100) {
            throw new BusinessException("budget.error.item");
        }
        if (newPlan == null || newPlan.signum() < 0 || newPlan.compareTo(MAX_PLAN) > 0 || newPlan.scale() > 2
                && newPlan.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("budget.error.plan");
        }
        month = newMonth.withDayOfMonth(1);
        orgUnit = unit;
        project = newProject;
        item = i;
        owner = newOwner;
        plan = newPlan.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    public void explainDeviation(String reason) {
        deviationReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public LocalDate getMonth() {
        return month;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Project getProject() {
        return project;
    }

    public String getItem() {
        return item;
    }

    public User getOwner() {
        return owner;
    }

    public BigDecimal getPlan() {
        return plan;
    }

    public String getDeviationReason() {
        return deviationReason;
    }

    @Override
    public String auditType() {
        return "BudgetLine";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("month", month.toString());
        m.put("orgUnit", orgUnit.getName());
        m.put("project", project == null ? null : project.getName());
        m.put("item", item);
        m.put("owner", owner == null ? null : owner.getLogin());
        m.put("plan", plan.toPlainString());
        m.put("deviationReason", deviationReason);
        return m;
    }
}

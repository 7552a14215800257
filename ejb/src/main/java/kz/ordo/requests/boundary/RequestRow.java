package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;

import kz.ordo.shared.Currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the request list, read in a single query (no entities, no lazy loads per row). A bean with
 * getters rather than a record: Expression Language 5 (Jakarta EE 10) does not read record components.
 */
public final class RequestRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String number;
    private final RequestType type;
    private final String title;
    private final RequestStatus status;
    private final Priority priority;
    private final LocalDate deadline;
    private final String unitName;
    private final String authorName;
    private final String assigneeName;
    private final Instant createdAt;
    private final String projectCode;
    private final BigDecimal amount;
    private final Currency currency;

    public RequestRow(Long id, String number, RequestType type, String title, RequestStatus status, Priority priority,
                      LocalDate deadline, String unitName, String authorName, String assigneeName, Instant createdAt,
                      String projectCode, BigDecimal amount, Currency currency) {
        this.id = id;
        this.number = number;
        this.type = type;
        this.title = title;
        this.status = status;
        this.priority = priority;
        this.deadline = deadline;
        this.unitName = unitName;
        this.authorName = authorName;
        this.assigneeName = assigneeName;
        this.createdAt = createdAt;
        this.projectCode = projectCode;
        this.amount = amount;
        this.currency = currency;
    }

    public String getProjectCode() {
        return projectCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Currency getCurrency() {
        return currency;
    }

    public boolean overdueOn(LocalDate today) {
        return status.isOverdue(deadline, today);
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public RequestType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAssigneeName() {
        return assigneeName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

package kz.ordo.requests.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request (заявка): the single entry point of every back-office need (R-REQ-1, R-REQ-2). */
@Entity
@Table(name = "request")
public class Request extends BaseEntity implements Auditable {

    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 20_000;

    @Column(nullable = false, length = 32, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private RequestType type;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    private OrgUnit orgUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Priority priority;

    @Column
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestStatus status = RequestStatus.NEW;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private User author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    protected Request() {
    }

    /**
     * A new request in status NEW. Checks the common fields of R-REQ-2: a title, a department, a priority,
     * a deadline not in the past.
     */
    public Request(String number, RequestType type, User author, String title, String description, OrgUnit orgUnit,
                   Priority priority, LocalDate deadline, User assignee, LocalDate today) {
        if (type == null) {
            throw new BusinessException("request.error.type");
        }
        if (author == null) {
            throw new IllegalArgumentException("author");
        }
        this.number = number;
        this.type = type;
        this.author = author;
        edit(title, description, orgUnit, priority, deadline, assignee, today);
    }

    /** Changes the common fields; the same checks as at creation. */
    public void edit(String newTitle, String newDescription, OrgUnit newUnit, Priority newPriority,
                     LocalDate newDeadline, User newAssignee, LocalDate today) {
        String t = newTitle == null ? "" : newTitle.strip();
        if (t.length() < 3 || t.length() > TITLE_MAX) {
            throw new BusinessException("request.error.title", 3, TITLE_MAX);
        }
        String d = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        if (d != null && d.length() > DESCRIPTION_MAX) {
            throw new BusinessException("request.error.description", DESCRIPTION_MAX);
        }
        if (newUnit == null) {
            throw new BusinessException("request.error.department");
        }
        if (newPriority == null) {
            throw new BusinessException("request.error.priority");
        }
        if (newDeadline != null && newDeadline.isBefore(today) && !newDeadline.equals(deadline)) {
            throw new BusinessException("request.error.deadlinePast");
        }
        title = t;
        description = d;
        orgUnit = newUnit;
        priority = newPriority;
        deadline = newDeadline;
        assignee = newAssignee;
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOverdue(deadline, today);
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

    public String getDescription() {
        return description;
    }

    public OrgUnit getOrgUnit() {
        return orgUnit;
    }

    public Priority getPriority() {
        return priority;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public User getAuthor() {
        return author;
    }

    public User getAssignee() {
        return assignee;
    }

    @Override
    public String auditType() {
        return "Request";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("type", type.name());
        m.put("title", title);
        m.put("description", description);
        m.put("orgUnit", orgUnit.getName());
        m.put("priority", priority.name());
        m.put("deadline", deadline == null ? null : deadline.toString());
        m.put("status", status.name());
        m.put("assignee", assignee == null ? null : assignee.getLogin());
        return m;
    }
}

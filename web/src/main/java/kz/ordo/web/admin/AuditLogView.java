package kz.ordo.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.audit.boundary.AuditFilter;
import kz.ordo.audit.boundary.AuditLogService;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.audit.entity.AuditEntry;
import kz.ordo.web.shell.PagedModel;

import java.io.Serializable;
import java.time.LocalDate;

/** The audit log for administrators, filtered in SQL. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditLogService audit;

    private PagedModel<AuditEntry> model;
    private String entityType;
    private Long entityId;
    private String actor;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        model = PagedModel.paged(page -> audit.page(filter(), page), AuditEntry::getId);
    }

    private AuditFilter filter() {
        return new AuditFilter(entityType, entityId, actor, action, from, to);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String[] getEntityTypes() {
        return new String[] {"Request", "User", "OrgUnit"};
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
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
}

package kz.ordo.web.requests;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.requests.boundary.NewRequest;
import kz.ordo.requests.boundary.RequestService;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The new-request form. The service checks every rule; this bean only carries the fields. */
@Named
@ViewScoped
public class RequestEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestService requests;

    @Inject
    OrgUnitService units;

    @Inject
    Texts texts;

    private RequestType type;
    private String title;
    private String description;
    private Long unitId;
    private Priority priority = Priority.MEDIUM;
    private LocalDate deadline;
    private List<OrgUnit> unitOptions;

    public void save() throws IOException {
        try {
            Request created = requests.create(new NewRequest(type, title, description, unitId, priority, deadline, null));
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.getFlash().setKeepMessages(true);
            texts.info("request.created", created.getNumber());
            ec.redirect(ec.getRequestContextPath() + "/requests/view.xhtml?id=" + created.getId());
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public List<OrgUnit> getUnitOptions() {
        if (unitOptions == null) {
            unitOptions = units.all();
        }
        return unitOptions;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}

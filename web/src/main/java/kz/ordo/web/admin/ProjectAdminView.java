package kz.ordo.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.boundary.ProjectService;
import kz.ordo.identity.entity.Project;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.util.List;

/** The project directory for administrators: add, rename, retire (retired projects stay on old records). */
@Named
@ViewScoped
public class ProjectAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProjectService projects;

    @Inject
    Texts texts;

    private List<Project> list;
    private Long id;
    private long version;
    private String code;
    private String name;
    private boolean active = true;

    public List<Project> getList() {
        if (list == null) {
            list = projects.all();
        }
        return list;
    }

    public void startCreate() {
        id = null;
        version = 0;
        code = null;
        name = null;
        active = true;
    }

    public void startEdit(Project p) {
        id = p.getId();
        version = p.getVersion();
        code = p.getCode();
        name = p.getName();
        active = p.isActive();
    }

    public void save() {
        try {
            projects.save(id, version, code, name, active);
            list = null;
            texts.info("common.saved");
            org.primefaces.PrimeFaces.current().executeScript("PF('projectDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

package kz.ordo.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.boundary.OrgUnitService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.shared.BusinessException;
import kz.ordo.web.shell.Texts;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The organisation tree: add a unit under another, rename. */
@Named
@ViewScoped
public class OrgUnitAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrgUnitService units;

    @Inject
    Texts texts;

    private List<OrgUnit> tree;
    private Long parentId;
    private Long editId;
    private long editVersion;
    private OrgUnitKind kind = OrgUnitKind.DEPARTMENT;
    private String name;

    public List<OrgUnit> getTree() {
        if (tree == null) {
            tree = units.withinCallerScope();
        }
        return tree;
    }

    public void startCreate(Long parent) {
        parentId = parent;
        editId = null;
        kind = OrgUnitKind.DEPARTMENT;
        name = null;
    }

    public void startRename(OrgUnit unit) {
        editId = unit.getId();
        editVersion = unit.getVersion();
        parentId = null;
        name = unit.getName();
    }

    public void save() {
        try {
            if (editId == null) {
                units.create(parentId, kind, name);
            } else {
                units.rename(editId, editVersion, name);
            }
            tree = null;
            texts.info("admin.units.saved", name);
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public OrgUnitKind[] getKinds() {
        return new OrgUnitKind[] {OrgUnitKind.CITY, OrgUnitKind.BRANCH, OrgUnitKind.DEPARTMENT};
    }

    public boolean isEditing() {
        return editId != null;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public void setKind(OrgUnitKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

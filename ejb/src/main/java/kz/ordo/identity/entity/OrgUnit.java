package kz.ordo.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A unit of the organisation. The materialised {@code path} of ids ("/1/5/9/") makes "this unit and
 * everything below it" one indexed prefix match, which is how the access scope filters lists.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends BaseEntity implements Auditable {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrgUnitKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 1000)
    private String path;

    protected OrgUnit() {
    }

    public static OrgUnit root(String name) {
        OrgUnit u = new OrgUnit();
        u.kind = OrgUnitKind.COMPANY;
        u.rename(name);
        return u;
    }

    /** A new unit under {@code parent}; refused if that kind may not sit there. */
    public static OrgUnit under(OrgUnit parent, OrgUnitKind kind, String name) {
        if (parent == null || kind == OrgUnitKind.COMPANY || !parent.kind.allowedChildren().contains(kind)) {
            throw new BusinessException("orgunit.error.kindNotAllowed", kind, parent == null ? "-" : parent.kind);
        }
        OrgUnit u = new OrgUnit();
        u.parent = parent;
        u.kind = kind;
        u.rename(name);
        return u;
    }

    /** Sets the path once the id is known (assigned from the sequence at persist). */
    public void assignPath() {
        if (getId() == null) {
            throw new IllegalStateException("path needs the id");
        }
        path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    public void rename(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 200) {
            throw new BusinessException("orgunit.error.name");
        }
        name = n;
    }

    /** True if this unit is {@code other} or lies below it. */
    public boolean isWithin(OrgUnit other) {
        return other != null && path != null && path.startsWith(other.getPath());
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    @Override
    public String auditType() {
        return "OrgUnit";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("kind", kind.name());
        m.put("parent", parent == null ? null : parent.getName());
        return m;
    }
}

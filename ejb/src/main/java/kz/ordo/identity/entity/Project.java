package kz.ordo.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.util.LinkedHashMap;
import java.util.Map;

/** A project: a dimension requests, tasks and budget lines are filed under (R-REQ-4, R-BUD-1). */
@Entity
@Table(name = "project")
public class Project extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Project() {
    }

    public Project(String code, String name) {
        edit(code, name, true);
    }

    public void edit(String newCode, String newName, boolean nowActive) {
        String c = newCode == null ? "" : newCode.strip();
        String n = newName == null ? "" : newName.strip();
        if (c.isEmpty() || c.length() > 32 || !c.matches("[\\p{L}0-9_.-]+")) {
            throw new BusinessException("project.error.code");
        }
        if (n.length() < 2 || n.length() > 200) {
            throw new BusinessException("project.error.name");
        }
        code = c.toUpperCase(java.util.Locale.ROOT);
        name = n;
        active = nowActive;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public String auditType() {
        return "Project";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("active", Boolean.toString(active));
        return m;
    }
}

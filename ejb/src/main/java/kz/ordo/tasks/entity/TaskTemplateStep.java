package kz.ordo.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.ordo.audit.entity.Auditable;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.Skills;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BaseEntity;
import kz.ordo.shared.BusinessException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One step of a request type's task template (R-TASK-1): what to do, which role does it, how many days
 * after acceptance it is due, what the result must carry, and which earlier steps it waits for.
 */
@Entity
@Table(name = "task_template_step")
public class TaskTemplateStep extends BaseEntity implements Auditable {

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false, length = 16, updatable = false)
    private RequestType requestType;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(nullable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(name = "result_rule", nullable = false, length = 16)
    private ResultRule resultRule;

    @Column(length = 40)
    private String skill;

    @Column(name = "depends_on", nullable = false, length = 100)
    private String dependsOn = "";

    protected TaskTemplateStep() {
    }

    public TaskTemplateStep(RequestType requestType, int position) {
        this.requestType = requestType;
        this.position = position;
    }

    public void edit(String newTitle, TaskKind newKind, Role newRole, int newDays, ResultRule newRule,
                     List<Integer> newDependsOn, String newSkill) {
        String t = newTitle == null ? "" : newTitle.strip();
        if (t.length() < 3 || t.length() > 300) {
            throw new BusinessException("task.error.title", 3, 300);
        }
        if (newKind == null || newRole == null || newRule == null || newRole == Role.ADMIN) {
            throw new BusinessException("template.error.incomplete");
        }
        if (newDays < 0 || newDays > 365) {
            throw new BusinessException("template.error.days", 365);
        }
        for (Integer d : newDependsOn) {
            if (d == null || d < 1 || d >= position) {
                throw new BusinessException("template.error.dependsOn", position);
            }
        }
        title = t;
        kind = newKind;
        role = newRole;
        days = newDays;
        resultRule = newRule;
        skill = Skills.normalize(newSkill);
        dependsOn = String.join(",", newDependsOn.stream().distinct().sorted().map(String::valueOf).toList());
    }

    public List<Integer> dependsOnPositions() {
        return dependsOn == null || dependsOn.isBlank() ? List.of()
                : Arrays.stream(dependsOn.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public RequestType getRequestType() {
        return requestType;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public TaskKind getKind() {
        return kind;
    }

    public Role getRole() {
        return role;
    }

    public int getDays() {
        return days;
    }

    public ResultRule getResultRule() {
        return resultRule;
    }

    public String getSkill() {
        return skill;
    }

    public String getDependsOn() {
        return dependsOn;
    }

    @Override
    public String auditType() {
        return "TaskTemplateStep";
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("requestType", requestType.name());
        m.put("position", Integer.toString(position));
        m.put("title", title);
        m.put("kind", kind == null ? null : kind.name());
        m.put("role", role == null ? null : role.name());
        m.put("days", Integer.toString(days));
        m.put("resultRule", resultRule == null ? null : resultRule.name());
        m.put("dependsOn", dependsOn);
        m.put("skill", skill);
        return m;
    }
}

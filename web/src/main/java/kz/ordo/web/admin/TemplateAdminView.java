package kz.ordo.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.identity.entity.Role;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.tasks.boundary.TaskTemplateService;
import kz.ordo.tasks.entity.ResultRule;
import kz.ordo.tasks.entity.TaskKind;
import kz.ordo.tasks.entity.TaskTemplateStep;
import kz.ordo.web.shell.Texts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Task templates per request type, for administrators (R-TASK-1). */
@Named
@ViewScoped
public class TemplateAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskTemplateService templates;

    @Inject
    Texts texts;

    private RequestType type = RequestType.PAYMENT;
    private List<TaskTemplateStep> steps;
    private Long id;
    private long version;
    private String title;
    private TaskKind kind = TaskKind.WORK;
    private Role role = Role.EXECUTOR;
    private int days = 1;
    private ResultRule rule = ResultRule.TEXT;
    private List<Integer> dependsOn = new ArrayList<>();
    private String skill;

    public List<TaskTemplateStep> getSteps() {
        if (steps == null) {
            steps = templates.steps(type);
        }
        return steps;
    }

    public void typeChanged() {
        steps = null;
    }

    public void startCreate() {
        id = null;
        version = 0;
        title = null;
        kind = TaskKind.WORK;
        role = Role.EXECUTOR;
        days = 1;
        rule = ResultRule.TEXT;
        dependsOn = new ArrayList<>();
        skill = null;
    }

    public void startEdit(TaskTemplateStep s) {
        id = s.getId();
        version = s.getVersion();
        title = s.getTitle();
        kind = s.getKind();
        role = s.getRole();
        days = s.getDays();
        rule = s.getResultRule();
        dependsOn = new ArrayList<>(s.dependsOnPositions());
        skill = s.getSkill();
    }

    public void save() {
        try {
            templates.save(type, id, version, title, kind, role, days, rule, dependsOn, skill);
            steps = null;
            texts.info("common.saved");
            org.primefaces.PrimeFaces.current().executeScript("PF('stepDialog').hide()");
        } catch (BusinessException e) {
            texts.error(e);
        }
    }

    public void removeLast() {
        templates.removeLast(type);
        steps = null;
        texts.info("common.saved");
    }

    /** Positions an edited or new step may wait for: the ones before it. */
    public List<Integer> getEarlierPositions() {
        int limit = id == null ? getSteps().size() + 1
                : getSteps().stream().filter(s -> s.getId().equals(id)).findFirst().map(TaskTemplateStep::getPosition).orElse(1);
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < limit; i++) {
            out.add(i);
        }
        return out;
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList();
    }

    public ResultRule[] getRules() {
        return ResultRule.values();
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

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public ResultRule getRule() {
        return rule;
    }

    public void setRule(ResultRule rule) {
        this.rule = rule;
    }

    public List<Integer> getDependsOn() {
        return dependsOn;
    }

    public void setDependsOn(List<Integer> dependsOn) {
        this.dependsOn = dependsOn;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }
}

package kz.ordo.tasks.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.tasks.entity.ResultRule;
import kz.ordo.tasks.entity.TaskKind;
import kz.ordo.tasks.entity.TaskTemplateStep;

import java.util.List;
import java.util.Map;

/** Task templates per request type (R-TASK-1), kept by administrators; used when a request is accepted. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class TaskTemplateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER})
    public List<TaskTemplateStep> steps(RequestType type) {
        return em.createQuery("SELECT s FROM TaskTemplateStep s WHERE s.requestType = :t ORDER BY s.position",
                TaskTemplateStep.class).setParameter("t", type).getResultList();
    }

    /** Adds a step at the end (id null) or changes one; dependencies may only name earlier steps. */
    public TaskTemplateStep save(RequestType type, Long id, long version, String title, TaskKind kind, Role role, int days,
                                 ResultRule rule, List<Integer> dependsOn, String skill) {
        String login = callers.current().login();
        if (id == null) {
            if (type == null) {
                throw new BusinessException("request.error.type");
            }
            TaskTemplateStep s = new TaskTemplateStep(type, steps(type).size() + 1);
            s.edit(title, kind, role, days, rule, dependsOn, skill);
            em.persist(s);
            em.flush();
            audit.created(login, s);
            return s;
        }
        TaskTemplateStep s = em.find(TaskTemplateStep.class, id);
        if (s == null) {
            throw new NotFoundException("TaskTemplateStep", id);
        }
        if (s.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = s.auditState();
        s.edit(title, kind, role, days, rule, dependsOn, skill);
        em.flush();
        audit.changed(login, s, before, AuditAction.UPDATE);
        return s;
    }

    /** Removes the last step of a type (earlier steps are named by later ones' dependencies). */
    public void removeLast(RequestType type) {
        List<TaskTemplateStep> all = steps(type);
        if (all.isEmpty()) {
            return;
        }
        TaskTemplateStep last = all.get(all.size() - 1);
        audit.event(callers.current().login(), last.auditType(), last.getId(), AuditAction.DELETE, last.getTitle());
        em.remove(last);
    }
}

package kz.ordo.tasks.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.identity.entity.User;
import kz.ordo.requests.boundary.RequestAccepted;
import kz.ordo.requests.entity.Request;
import kz.ordo.tasks.boundary.Candidate;
import kz.ordo.tasks.entity.Task;
import kz.ordo.tasks.entity.TaskReminder;
import kz.ordo.tasks.entity.TaskTemplateStep;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an accepted request into its tasks (R-TASK-1): one task per step of its type's template, due the
 * step's days after acceptance, waiting for the steps it names, assigned to the proposed executor (the
 * least-loaded holder of the step's role nearest to the request's unit). Runs in the accepting transaction:
 * if planning fails, the acceptance fails with it.
 */
@Stateless
@PermitAll
public class TaskPlanner {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExecutorFinder finder;

    @Inject
    AuditTrail audit;

    @Inject
    TaskNotices notices;

    @Inject
    Clock clock;

    public void onAccepted(@Observes RequestAccepted event) {
        Request request = em.find(Request.class, event.requestId());
        Long existing = em.createQuery("SELECT COUNT(t) FROM Task t WHERE t.request = :r", Long.class)
                .setParameter("r", request).getSingleResult();
        if (existing > 0) {
            return;
        }
        List<TaskTemplateStep> steps = em.createQuery("SELECT s FROM TaskTemplateStep s WHERE s.requestType = :t"
                        + " ORDER BY s.position", TaskTemplateStep.class)
                .setParameter("t", request.getType()).getResultList();
        User actor = em.find(User.class, event.actorId());
        LocalDate today = LocalDate.now(clock);
        Map<Integer, Task> byPosition = new HashMap<>();
        for (TaskTemplateStep step : steps) {
            Task task = new Task(request, null, request.getOrgUnit(), step.getTitle(), null, step.getKind(),
                    step.getResultRule(), actor, today.plusDays(step.getDays()), step.getPosition());
            task.needsRole(step.getRole());
            task.needsSkill(step.getSkill());
            List<Candidate> best = finder.propose(step.getRole(), step.getSkill(), request.getOrgUnit(), 1);
            if (!best.isEmpty()) {
                task.assign(em.find(User.class, best.get(0).getId()));
            }
            for (Integer p : step.dependsOnPositions()) {
                if (byPosition.containsKey(p)) {
                    task.waitFor(byPosition.get(p));
                }
            }
            em.persist(task);
            byPosition.put(step.getPosition(), task);
            scheduleReminder(em, task, clock);
        }
        em.flush();
        for (Task t : byPosition.values()) {
            audit.created(event.actorLogin(), t);
            notices.assigned(t, actor);
        }
    }

    /** One reminder per task, the working day before the deadline at 09:00 local time (R-TASK-3). */
    public static void scheduleReminder(EntityManager em, Task task, Clock clock) {
        List<TaskReminder> existing = task.getId() == null ? List.of()
                : em.createQuery("SELECT r FROM TaskReminder r WHERE r.task = :t", TaskReminder.class)
                .setParameter("t", task).getResultList();
        if (task.getDeadline() == null) {
            existing.forEach(em::remove);
            return;
        }
        java.time.Instant at = task.getDeadline().minusDays(1).atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant();
        if (existing.isEmpty()) {
            em.persist(new TaskReminder(task, at));
        } else {
            existing.get(0).reschedule(at);
        }
    }
}

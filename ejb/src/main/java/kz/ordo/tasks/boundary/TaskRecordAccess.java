package kz.ordo.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.ordo.records.control.RecordAccess;
import kz.ordo.records.control.RecordSummary;
import kz.ordo.shared.BusinessException;
import kz.ordo.tasks.entity.Task;

/** Files, checklists and comments on a task follow the task's access rule (a contractor: their own tasks). */
@ApplicationScoped
public class TaskRecordAccess implements RecordAccess {

    @Inject
    TaskService tasks;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Override
    public String type() {
        return TaskService.TYPE;
    }

    @Override
    public void checkVisible(Long id) {
        tasks.find(id);
    }

    @Override
    public void checkContributable(Long id) {
        Task t = tasks.find(id);
        if (t.getStatus().isClosed()) {
            throw new BusinessException("task.error.closed");
        }
    }

    @Override
    public boolean visibleTo(Long id, kz.ordo.identity.control.Caller who) {
        Task t = em.find(Task.class, id);
        return t != null && TaskService.visible(t, new kz.ordo.identity.control.AccessScope(who));
    }

    @Override
    public RecordSummary describe(Long id) {
        Task t = em.find(Task.class, id);
        if (t == null) {
            throw new kz.ordo.shared.NotFoundException(TaskService.TYPE, id);
        }
        return new RecordSummary(TaskService.TYPE, id, t.getRequest() == null ? "#" + id : t.getRequest().getNumber(),
                t.getTitle(), t.getDeadline(), t.getCreatedBy().getFullName(), "tasks/view.xhtml?id=" + id);
    }
}

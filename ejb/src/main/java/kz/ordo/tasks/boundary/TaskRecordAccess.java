package kz.ordo.tasks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.ordo.records.control.RecordAccess;
import kz.ordo.shared.BusinessException;
import kz.ordo.tasks.entity.Task;

/** Files, checklists and comments on a task follow the task's access rule (a contractor: their own tasks). */
@ApplicationScoped
public class TaskRecordAccess implements RecordAccess {

    @Inject
    TaskService tasks;

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
}

package kz.ordo.web.tasks;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.boundary.WorkloadRow;

import java.util.List;

/** Workload per person of the manager's unit (R-TASK-5). */
@Named
@RequestScoped
public class WorkloadView {

    @Inject
    TaskService tasks;

    private List<WorkloadRow> rows;

    public List<WorkloadRow> getRows() {
        if (rows == null) {
            rows = tasks.workload();
        }
        return rows;
    }
}

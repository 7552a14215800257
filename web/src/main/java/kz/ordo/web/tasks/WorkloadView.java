package kz.ordo.web.tasks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.tasks.boundary.WorkloadRow;
import kz.ordo.web.shell.PagedModel;

import java.io.Serializable;

/** Workload per person of the manager's unit (R-TASK-5): a page of people, sorted by name or by a figure in SQL. */
@Named
@ViewScoped
public class WorkloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskService tasks;

    private final PagedModel<WorkloadRow> model = PagedModel.paged(page -> tasks.workload(page), WorkloadRow::getUserId);

    public PagedModel<WorkloadRow> getModel() {
        return model;
    }
}

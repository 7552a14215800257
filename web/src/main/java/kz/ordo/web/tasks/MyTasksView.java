package kz.ordo.web.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.ordo.tasks.boundary.TaskRow;
import kz.ordo.tasks.boundary.TaskService;
import kz.ordo.web.shell.PagedModel;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** "My tasks" (R-TASK-5): the caller's open tasks by deadline, overdue first, paged in SQL. */
@Named
@ViewScoped
public class MyTasksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TaskService tasks;

    @Inject
    Clock clock;

    private PagedModel<TaskRow> model;

    @PostConstruct
    void init() {
        model = PagedModel.paged(tasks::minePage, TaskRow::getId);
    }

    /** Whether a row is overdue today, for the page: {@code #{view.overdue[row]}}. */
    public java.util.Map<TaskRow, Boolean> getOverdue() {
        LocalDate today = LocalDate.now(clock);
        return kz.ordo.web.shell.RowFlag.of(row -> row.overdueOn(today));
    }

    public PagedModel<TaskRow> getModel() {
        return model;
    }
}

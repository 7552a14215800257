package kz.ordo.tasks.boundary;

import kz.ordo.identity.entity.Role;
import kz.ordo.tasks.entity.ResultRule;
import kz.ordo.tasks.entity.TaskKind;

import java.time.LocalDate;
import java.util.List;

/** A task added by hand to a request (or as a subtask of another task). */
public record NewTask(Long requestId, Long parentId, String title, String description, TaskKind kind, ResultRule rule,
                      Role role, LocalDate deadline, Long assigneeId, List<Long> dependsOnIds) {

    public NewTask {
        dependsOnIds = dependsOnIds == null ? List.of() : List.copyOf(dependsOnIds);
    }
}

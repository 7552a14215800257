package kz.ordo.tasks.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.Skills;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.tasks.boundary.Candidate;
import kz.ordo.tasks.entity.TaskStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Finding the executor (R-SEED-7): active holders of the needed role, nearest to the work first — the unit
 * itself, then its parent, up to the company — ranked first by the skill the work asks for (holders of it
 * first), then by their current open workload (fewest open tasks first), then by name. Three queries at most:
 * candidates, their skill, their open-task counts.
 */
@Stateless
@PermitAll
public class ExecutorFinder {

    private static final List<TaskStatus> OPEN = List.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.REVIEW,
            TaskStatus.REWORK);

    @PersistenceContext
    EntityManager em;

    public List<Candidate> propose(Role role, String skill, OrgUnit near, int limit) {
        if (role == null || near == null) {
            return List.of();
        }
        for (OrgUnit unit = near; unit != null; unit = unit.getParent()) {
            List<Object[]> found = em.createQuery("SELECT u.id, u.fullName, u.login, o.name FROM User u JOIN u.orgUnit o"
                            + " WHERE :role MEMBER OF u.roles AND u.status = :active AND o.path LIKE :p ESCAPE '\\'",
                            Object[].class)
                    .setParameter("role", role).setParameter("active", UserStatus.ACTIVE)
                    .setParameter("p", AccessScope.subtreePattern(unit.getPath())).setMaxResults(500).getResultList();
            if (!found.isEmpty()) {
                return rank(found, Skills.normalize(skill), limit);
            }
        }
        return List.of();
    }

    private List<Candidate> rank(List<Object[]> users, String skill, int limit) {
        List<Long> ids = users.stream().map(r -> (Long) r[0]).toList();
        Set<Long> skilled = skill == null ? Set.of() : new HashSet<>(em.createQuery(
                        "SELECT u.id FROM User u JOIN u.skills s WHERE u.id IN :ids AND s = :skill", Long.class)
                .setParameter("ids", ids).setParameter("skill", skill).getResultList());
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT t.assigneeId, COUNT(t) FROM Task t WHERE t.assigneeId IN :ids"
                        + " AND t.status IN :open GROUP BY t.assigneeId", Object[].class)
                .setParameter("ids", ids).setParameter("open", OPEN).getResultList()) {
            load.put((Long) row[0], (Long) row[1]);
        }
        List<Candidate> out = new ArrayList<>();
        for (Object[] u : users) {
            out.add(new Candidate((Long) u[0], (String) u[1], (String) u[2], (String) u[3], load.getOrDefault((Long) u[0], 0L),
                    skilled.contains((Long) u[0])));
        }
        out.sort(Comparator.comparing((Candidate c) -> !c.isSkilled()).thenComparingLong(Candidate::getOpenTasks)
                .thenComparing(Candidate::getFullName));
        return out.size() > limit ? out.subList(0, limit) : out;
    }
}

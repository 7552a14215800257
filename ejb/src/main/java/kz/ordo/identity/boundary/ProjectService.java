package kz.ordo.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Project;
import kz.ordo.identity.entity.Role;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;

import java.util.List;
import java.util.Map;

/** The project directory: everyone picks from the active projects; administrators keep the list. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class ProjectService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    public List<Project> active() {
        return em.createQuery("SELECT p FROM Project p WHERE p.active = TRUE ORDER BY p.code", Project.class).getResultList();
    }

    /** Up to {@code limit} active projects whose code or name contains the text (case folded), by code. */
    public List<Project> suggest(String q, int limit) {
        return em.createQuery("SELECT p FROM Project p WHERE p.active = TRUE"
                        + " AND (LOWER(p.code) LIKE :q ESCAPE '\\' OR LOWER(p.name) LIKE :q ESCAPE '\\') ORDER BY p.code",
                        Project.class)
                .setParameter("q", kz.ordo.identity.control.AccessScope.containsPattern(q))
                .setMaxResults(limit).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<Project> all() {
        return em.createQuery("SELECT p FROM Project p ORDER BY p.active DESC, p.code", Project.class).getResultList();
    }

    /** Creates (id null) or changes a project; codes are unique regardless of case. */
    @RolesAllowed(Role.Names.ADMIN)
    public Project save(Long id, long version, String code, String name, boolean active) {
        String login = callers.current().login();
        if (id == null) {
            Project p = new Project(code, name);
            p.edit(code, name, active);
            requireUniqueCode(p.getCode(), null);
            em.persist(p);
            em.flush();
            audit.created(login, p);
            return p;
        }
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw new NotFoundException("Project", id);
        }
        if (p.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = p.auditState();
        p.edit(code, name, active);
        requireUniqueCode(p.getCode(), id);
        em.flush();
        audit.changed(login, p, before, AuditAction.UPDATE);
        return p;
    }

    private void requireUniqueCode(String code, Long exceptId) {
        Long n = em.createQuery("SELECT COUNT(p) FROM Project p WHERE LOWER(p.code) = LOWER(:c) AND p.id <> :id",
                        Long.class)
                .setParameter("c", code).setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult();
        if (n > 0) {
            throw new BusinessException("project.error.codeTaken", code);
        }
    }
}

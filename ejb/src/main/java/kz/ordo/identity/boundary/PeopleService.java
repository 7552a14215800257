package kz.ordo.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.UserStatus;

import java.util.List;
import java.util.Locale;

/**
 * Finding colleagues by name or login (assignee and author filters, assignment, @mentions): active users
 * only, a short list, served by the name and login indexes. An external contractor finds nobody.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD, Role.Names.MANAGER, Role.Names.EXECUTOR, Role.Names.FINANCE,
        Role.Names.LAWYER, Role.Names.MARKETING, Role.Names.IT, Role.Names.CONTRACTOR})
public class PeopleService {

    public static final int MAX_SUGGESTIONS = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    public List<Person> suggest(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.startsWith("@")) {
            q = q.substring(1);
        }
        if (callers.current().isContractor() || q.isEmpty() || q.length() > 100) {
            return List.of();
        }
        String like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT NEW kz.ordo.identity.boundary.Person(u.id, u.fullName, u.login) FROM User u"
                        + " WHERE u.status = :active AND (LOWER(u.fullName) LIKE :q ESCAPE '\\' OR LOWER(u.login) LIKE :q ESCAPE '\\')"
                        + " ORDER BY u.fullName", Person.class)
                .setParameter("active", UserStatus.ACTIVE).setParameter("q", like)
                .setMaxResults(MAX_SUGGESTIONS).getResultList();
    }

    /** The id of the person calling. */
    public Long currentUserId() {
        return callers.current().userId();
    }

    public Person byId(Long id) {
        List<Person> found = id == null ? List.of() : em.createQuery(
                        "SELECT NEW kz.ordo.identity.boundary.Person(u.id, u.fullName, u.login) FROM User u WHERE u.id = :id",
                        Person.class)
                .setParameter("id", id).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}

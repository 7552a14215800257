package kz.ordo.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.control.PasswordHasher;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;

import java.util.EnumSet;
import java.util.List;

/** Arranges the organisation and users the integration tests act as (idempotent). */
@Stateless
@PermitAll
public class TestData {

    public static final String PASSWORD = "It-Secret-2026";

    @PersistenceContext
    EntityManager em;

    public OrgUnit unit(String name, OrgUnitKind kind, String parentName) {
        List<OrgUnit> found = em.createQuery("SELECT u FROM OrgUnit u WHERE u.name = :n", OrgUnit.class)
                .setParameter("n", name).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        OrgUnit parent = parentName == null
                ? em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent IS NULL", OrgUnit.class).getSingleResult()
                : unit(parentName, null, null);
        OrgUnit u = OrgUnit.under(parent, kind, name);
        em.persist(u);
        u.assignPath();
        em.flush();
        return u;
    }

    public User user(String login, OrgUnit unit, Role role) {
        List<User> found = em.createQuery("SELECT u FROM User u WHERE u.login = :l", User.class)
                .setParameter("l", login).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        User u = new User(login, "IT " + login, em.find(OrgUnit.class, unit.getId()), EnumSet.of(role),
                PasswordHasher.hash(PASSWORD.toCharArray()));
        em.persist(u);
        em.flush();
        return u;
    }

    public long auditRows(String entityType, Long entityId) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = :t AND a.entityId = :id", Long.class)
                .setParameter("t", entityType).setParameter("id", entityId).getSingleResult();
    }

    public long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Gives a test user an email address and a language (kept until changed again). */
    public User contact(User user, String email, String locale) {
        User u = em.find(User.class, user.getId());
        u.update(u.getFullName(), email, u.getOrgUnit(), u.getRoles(), locale);
        em.flush();
        return u;
    }

    public void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}

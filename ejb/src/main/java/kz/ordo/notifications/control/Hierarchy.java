package kz.ordo.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.UserStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who stands above a unit: the holders of a role in the unit itself or, where it has none, in the nearest unit
 * above (approvers of a request); and the chain of heads upwards, one level per unit that has a head
 * (escalation levels, R-RULE-3).
 */
@ApplicationScoped
public class Hierarchy {

    @PersistenceContext
    EntityManager em;

    /** The ancestor-or-self paths of a unit path "/1/5/9/", nearest first: "/1/5/9/", "/1/5/", "/1/". */
    public static List<String> upwards(String path) {
        List<String> out = new ArrayList<>();
        String p = path;
        while (p != null && p.length() > 1) {
            out.add(p);
            int cut = p.lastIndexOf('/', p.length() - 2);
            p = cut <= 0 ? null : p.substring(0, cut + 1);
        }
        return out;
    }

    /** Holders of the role by level: level 1 is the nearest unit (the unit itself or above) that has any. */
    public List<List<Long>> levels(Role role, String unitPath) {
        List<String> up = upwards(unitPath);
        if (up.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT u.id, o.path FROM User u JOIN u.orgUnit o WHERE :role MEMBER OF u.roles"
                        + " AND u.status = :active AND o.path IN :paths ORDER BY u.fullName", Object[].class)
                .setParameter("role", role).setParameter("active", UserStatus.ACTIVE).setParameter("paths", up).getResultList();
        Map<String, List<Long>> byPath = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byPath.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add((Long) r[0]);
        }
        List<List<Long>> out = new ArrayList<>();
        for (String p : up) {
            if (byPath.containsKey(p)) {
                out.add(byPath.get(p));
            }
        }
        return out;
    }

    /** The nearest holders of the role over the unit (empty when nobody up to the company holds it). */
    public List<Long> nearest(Role role, String unitPath) {
        List<List<Long>> l = levels(role, unitPath);
        return l.isEmpty() ? List.of() : l.get(0);
    }

    /**
     * The nearest holders of a company-wide function's role (finance, the lawyer) over the unit, or where nobody
     * above the unit holds it, every active holder in the company: a finance department beside the requesting one
     * still approves its payments.
     */
    public List<Long> nearestOrAll(Role role, String unitPath) {
        List<Long> near = nearest(role, unitPath);
        if (!near.isEmpty()) {
            return near;
        }
        return em.createQuery("SELECT u.id FROM User u WHERE :role MEMBER OF u.roles AND u.status = :active ORDER BY u.fullName",
                Long.class).setParameter("role", role).setParameter("active", UserStatus.ACTIVE).getResultList();
    }
}

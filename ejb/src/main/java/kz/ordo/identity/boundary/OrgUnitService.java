package kz.ordo.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;

import java.util.List;
import java.util.Map;

/** The organisation tree (R-SEED-1): read by every user for pickers, changed by administrators in their scope. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OrgUnitService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    /** All units in tree order (a parent before its children). The tree is small: one query. */
    @PermitAll
    public List<OrgUnit> all() {
        return em.createQuery("SELECT u FROM OrgUnit u ORDER BY u.path", OrgUnit.class).getResultList();
    }

    /**
     * Up to {@code limit} units for a picker, in tree order: those whose name or parent's name contains the text
     * (case folded; blank: the first units of the tree), each with its parent loaded for the label.
     */
    @PermitAll
    public List<OrgUnit> suggest(String q, int limit) {
        return em.createQuery("SELECT u FROM OrgUnit u LEFT JOIN u.parent p"
                        + " WHERE LOWER(u.name) LIKE :q ESCAPE '\\' OR LOWER(p.name) LIKE :q ESCAPE '\\' ORDER BY u.path",
                        OrgUnit.class)
                .setParameter("q", kz.ordo.identity.control.AccessScope.containsPattern(q))
                .setHint("eclipselink.left-join-fetch", "u.parent")
                .setMaxResults(limit).getResultList();
    }

    /** Departments and other units the caller can file a request for: their unit and below. */
    @PermitAll
    public List<OrgUnit> withinCallerScope() {
        Caller caller = callers.current();
        return em.createQuery("SELECT u FROM OrgUnit u WHERE u.path LIKE :p ORDER BY u.path", OrgUnit.class)
                .setParameter("p", caller.unitPath() + "%").getResultList();
    }

    public OrgUnit create(Long parentId, OrgUnitKind kind, String name) {
        Caller caller = callers.current();
        OrgUnit parent = inScope(parentId, caller);
        OrgUnit unit = OrgUnit.under(parent, kind, name);
        checkSiblingName(parent, unit.getName(), null);
        em.persist(unit);
        unit.assignPath();
        em.flush();
        audit.created(caller.login(), unit);
        return unit;
    }

    public OrgUnit rename(Long id, long version, String name) {
        Caller caller = callers.current();
        OrgUnit unit = inScope(id, caller);
        if (unit.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = unit.auditState();
        unit.rename(name);
        checkSiblingName(unit.getParent(), unit.getName(), unit.getId());
        em.flush();
        audit.changed(caller.login(), unit, before, AuditAction.UPDATE);
        return unit;
    }

    private void checkSiblingName(OrgUnit parent, String name, Long exceptId) {
        Long clash = em.createQuery("SELECT COUNT(u) FROM OrgUnit u WHERE u.parent = :p AND LOWER(u.name) = LOWER(:n)"
                        + " AND u.id <> :id", Long.class)
                .setParameter("p", parent).setParameter("n", name)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (clash > 0) {
            throw new BusinessException("orgunit.error.duplicateName", name);
        }
    }

    private OrgUnit inScope(Long id, Caller caller) {
        OrgUnit unit = id == null ? null : em.find(OrgUnit.class, id);
        if (!caller.covers(unit)) {
            throw new NotFoundException("OrgUnit", id);
        }
        return unit;
    }
}

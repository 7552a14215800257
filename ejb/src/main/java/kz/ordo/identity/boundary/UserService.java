package kz.ordo.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.control.CallerService;
import kz.ordo.identity.control.PasswordHasher;
import kz.ordo.identity.control.PasswordPolicy;
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.ConcurrentEditException;
import kz.ordo.shared.NotFoundException;
import kz.ordo.shared.PageRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * User administration (R-ROLE-1, R-SEED-1, R-SEED-2). An administrator manages the users of their own unit
 * and the units below it only; a company-level administrator manages everyone.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserService {

    private static final Set<String> SORTABLE = Set.of("login", "fullName", "status", "lastLoginAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    @Inject
    RememberMeService rememberMe;

    public long count(UserFilter filter) {
        Caller caller = callers.current();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<User> cr = count.from(User.class);
        count.select(cb.count(cr)).where(predicates(cb, count, cr, filter, caller));
        return em.createQuery(count).getSingleResult();
    }

    public List<User> list(UserFilter filter, PageRequest page) {
        Caller caller = callers.current();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<User> q = cb.createQuery(User.class);
        Root<User> u = q.from(User.class);
        u.fetch("orgUnit");
        q.select(u).where(predicates(cb, q, u, filter, caller));
        String sort = page.sortField() == null ? "login" : page.sortField();
        if (!SORTABLE.contains(sort)) {
            throw new BusinessException("error.sortField", sort);
        }
        q.orderBy(page.ascending() ? cb.asc(u.get(sort)) : cb.desc(u.get(sort)), cb.asc(u.get("id")));
        TypedQuery<User> tq = em.createQuery(q).setFirstResult(page.first()).setMaxResults(page.size());
        // the roles of the whole page in one query, not one per row
        tq.setHint("eclipselink.batch", "u.roles").setHint("eclipselink.batch.type", "IN");
        return tq.getResultList();
    }

    private Predicate predicates(CriteriaBuilder cb, CriteriaQuery<?> q, Root<User> u, UserFilter f, Caller caller) {
        List<Predicate> ps = new ArrayList<>();
        Join<User, OrgUnit> unit = u.join("orgUnit");
        ps.add(cb.like(unit.get("path"), caller.unitPath() + "%"));
        if (f.text() != null && !f.text().isBlank()) {
            String t = "%" + f.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            ps.add(cb.or(cb.like(cb.lower(u.get("login")), t, '\\'), cb.like(cb.lower(u.get("fullName")), t, '\\')));
        }
        if (f.unitId() != null) {
            OrgUnit scopeUnit = em.find(OrgUnit.class, f.unitId());
            ps.add(scopeUnit == null ? cb.disjunction() : cb.like(unit.get("path"), scopeUnit.getPath() + "%"));
        }
        if (f.role() != null) {
            ps.add(cb.isMember(f.role(), u.get("roles")));
        }
        if (f.status() != null) {
            ps.add(cb.equal(u.get("status"), f.status()));
        }
        return cb.and(ps.toArray(Predicate[]::new));
    }

    public User find(Long id) {
        return inScope(id);
    }

    public User create(UserForm form, char[] initialPassword) {
        Caller caller = callers.current();
        String login = form.login() == null ? "" : form.login().strip().toLowerCase(Locale.ROOT);
        if (!em.createQuery("SELECT u.id FROM User u WHERE u.login = :l").setParameter("l", login).getResultList().isEmpty()) {
            throw new BusinessException("user.error.loginTaken", login);
        }
        PasswordPolicy.check(login, initialPassword);
        User user = new User(login, form.fullName(), unitInScope(form.unitId(), caller), form.roles(),
                PasswordHasher.hash(initialPassword));
        user.update(form.fullName(), form.email(), user.getOrgUnit(), form.roles(), form.locale() == null ? "ru" : form.locale());
        if (form.skills() != null) {
            user.changeSkills(form.skills());
        }
        user.changePhone(form.phone());
        em.persist(user);
        em.flush();
        audit.created(caller.login(), user);
        SecurityLog.event("user.created", caller.login(), login + " roles=" + user.roleNames());
        return user;
    }

    public User update(Long id, UserForm form) {
        Caller caller = callers.current();
        User user = inScope(id);
        if (form.version() == null || form.version() != user.getVersion()) {
            throw new ConcurrentEditException();
        }
        Map<String, String> before = user.auditState();
        user.update(form.fullName(), form.email(), unitInScope(form.unitId(), caller), form.roles(), form.locale());
        if (form.skills() != null) {
            user.changeSkills(form.skills());
        }
        user.changePhone(form.phone());
        if (form.status() != null && form.status() != user.getStatus()) {
            applyStatus(caller, user, form.status());
        }
        em.flush();
        audit.changed(caller.login(), user, before, AuditAction.UPDATE);
        if (!before.get("roles").equals(user.auditState().get("roles"))) {
            SecurityLog.event("user.roles.changed", caller.login(),
                    user.getLogin() + " " + before.get("roles") + " -> " + user.auditState().get("roles"));
        }
        return user;
    }

    public User changeStatus(Long id, UserStatus status) {
        Caller caller = callers.current();
        User user = inScope(id);
        Map<String, String> before = user.auditState();
        applyStatus(caller, user, status);
        em.flush();
        audit.changed(caller.login(), user, before, AuditAction.UPDATE);
        return user;
    }

    private void applyStatus(Caller caller, User user, UserStatus status) {
        if (user.getId().equals(caller.userId()) && status != UserStatus.ACTIVE) {
            throw new BusinessException("user.error.selfBlock");
        }
        user.changeStatus(status);
        if (status != UserStatus.ACTIVE) {
            rememberMe.revokeAll(user.getId());
        }
        SecurityLog.event("user.status.changed", caller.login(), user.getLogin() + " -> " + status);
    }

    public void resetPassword(Long id, char[] newPassword) {
        Caller caller = callers.current();
        User user = inScope(id);
        PasswordPolicy.check(user.getLogin(), newPassword);
        user.changePassword(PasswordHasher.hash(newPassword));
        rememberMe.revokeAll(user.getId());
        audit.event(caller.login(), "User", user.getId(), AuditAction.PASSWORD_RESET, user.getLogin());
        SecurityLog.event("user.password.reset", caller.login(), user.getLogin());
    }

    private User inScope(Long id) {
        Caller caller = callers.current();
        User user = id == null ? null : em.find(User.class, id);
        if (user == null || !caller.covers(user.getOrgUnit())) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    private OrgUnit unitInScope(Long unitId, Caller caller) {
        OrgUnit unit = unitId == null ? null : em.find(OrgUnit.class, unitId);
        if (unit == null) {
            throw new BusinessException("user.error.unit");
        }
        if (!caller.covers(unit)) {
            throw new BusinessException("user.error.unitOutOfScope");
        }
        return unit;
    }
}

package kz.ordo.identity.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;

import java.util.List;

/** Resolves the authenticated principal of the current call to the user and their access scope. */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerCache cache;

    public Caller current() {
        String login = context.getCallerPrincipal().getName();
        Caller cached = cache.get(login);
        if (cached != null) {
            return cached;
        }
        List<User> found = em.createQuery(
                        // the roles in the same statement (an eager collection is otherwise a second query per request)
                        "SELECT u FROM User u JOIN FETCH u.orgUnit LEFT JOIN FETCH u.roles WHERE u.login = :login", User.class)
                .setParameter("login", login.toLowerCase(java.util.Locale.ROOT))
                .getResultList();
        if (found.isEmpty() || found.get(0).getStatus() != UserStatus.ACTIVE) {
            // an unknown, blocked or unverified user gets nothing, even with a live session
            throw new EJBAccessException("no active user for the caller");
        }
        Caller caller = Caller.of(found.get(0));
        cache.put(login, caller);
        return caller;
    }

    public User currentUser() {
        return em.find(User.class, current().userId());
    }

    public AccessScope scope() {
        return new AccessScope(current());
    }

    public String login() {
        return context.getCallerPrincipal().getName();
    }
}

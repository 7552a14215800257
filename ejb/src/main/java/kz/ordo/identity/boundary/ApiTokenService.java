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
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.identity.entity.ApiToken;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Bearer tokens for the REST API (R-INT-4): an administrator issues one for a user of their scope; it is
 * shown once, stored as SHA-256, valid for a year, and works only while its user is active.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ApiTokenService {

    public static final Duration VALIDITY = Duration.ofDays(365);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerService callers;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Issues a token for {@code userId}; the returned text is the only copy. */
    public String issue(Long userId) {
        Caller caller = callers.current();
        User user = userId == null ? null : em.find(User.class, userId);
        if (user == null || !caller.covers(user.getOrgUnit())) {
            throw new NotFoundException("User", userId);
        }
        String token = RememberMeService.randomToken();
        Instant now = clock.instant();
        em.persist(new ApiToken(user, RememberMeService.sha256(token), caller.login(), now, now.plus(VALIDITY)));
        audit.event(caller.login(), "User", user.getId(), AuditAction.UPDATE, "API token issued");
        SecurityLog.event("apitoken.issued", caller.login(), user.getLogin());
        return token;
    }

    /** The user behind a bearer token, if valid. */
    @PermitAll
    public Optional<LoginOutcome> validate(String token) {
        return RememberMeService.grant(em, ApiToken.class, token, clock.instant());
    }
}

package kz.ordo.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import kz.ordo.audit.control.AuditTrail;
import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.control.PasswordHasher;
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Checks a login and password, counting consecutive failures: after {@value #DEFAULT_MAX_ATTEMPTS} the
 * account is locked for a period (settable by system properties {@code ordo.login.maxAttempts} and
 * {@code ordo.login.lockMinutes}); during the lock even the right password is refused. Only ACTIVE users
 * log in. Runs in its own transaction so that a failure is counted even though the login fails.
 */
@Stateless
@PermitAll
public class LoginService {

    public static final int DEFAULT_MAX_ATTEMPTS = 5;
    public static final int DEFAULT_LOCK_MINUTES = 15;
    /** Hash of a random password, verified for unknown logins so both paths cost the same time. */
    private static final String DUMMY_HASH = PasswordHasher.hash("dummy-password-for-timing".toCharArray());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public LoginOutcome authenticate(String login, char[] password) {
        Instant now = clock.instant();
        String key = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        List<User> found = key.isEmpty() ? List.of() : em.createQuery(
                        "SELECT u FROM User u WHERE u.login = :login", User.class)
                .setParameter("login", key)
                .getResultList();
        if (found.isEmpty()) {
            PasswordHasher.verify(password, DUMMY_HASH);
            SecurityLog.event("login.failed", key, "unknown user");
            return LoginOutcome.failed(LoginOutcome.Result.INVALID, null);
        }
        User user = found.get(0);
        if (user.isLocked(now)) {
            return refusedWhileLocked(key, user);
        }
        // the hash is checked before the row is locked: it is the slow part, and with the lock held through it logins
        // of one account queued (8 at once: 1.7 s each); the counters are then read again and written under the lock
        String hash = user.getPasswordHash();
        boolean right = PasswordHasher.verify(password, hash);
        em.refresh(user, LockModeType.PESSIMISTIC_WRITE);
        if (user.isLocked(now)) {
            // locked by attempts that finished meanwhile: refused whatever this one's password
            return refusedWhileLocked(key, user);
        }
        if (!hash.equals(user.getPasswordHash())) {
            right = PasswordHasher.verify(password, user.getPasswordHash());
        }
        if (!right) {
            user.recordFailedLogin(now, maxAttempts(), Duration.ofMinutes(lockMinutes()));
            if (user.isLocked(now)) {
                audit.event(key, "User", user.getId(), AuditAction.LOCKED, "after " + user.getFailedLogins() + " failed logins");
                SecurityLog.event("login.locked", key, "locked until " + user.getLockedUntil());
                return LoginOutcome.failed(LoginOutcome.Result.LOCKED, user.getLockedUntil());
            }
            audit.event(key, "User", user.getId(), AuditAction.LOGIN_FAILED, "attempt " + user.getFailedLogins());
            SecurityLog.event("login.failed", key, "wrong password, attempt " + user.getFailedLogins());
            return LoginOutcome.failed(LoginOutcome.Result.INVALID, null);
        }
        if (user.getStatus() != UserStatus.ACTIVE) {
            SecurityLog.event("login.refused", key, "status " + user.getStatus());
            return LoginOutcome.failed(LoginOutcome.Result.INACTIVE, null);
        }
        user.recordSuccessfulLogin(now);
        audit.event(key, "User", user.getId(), AuditAction.LOGIN, null);
        SecurityLog.event("login.success", key, null);
        return new LoginOutcome(LoginOutcome.Result.SUCCESS, user.getLogin(), user.roleNames(), null);
    }

    private static LoginOutcome refusedWhileLocked(String key, User user) {
        SecurityLog.event("login.refused", key, "locked until " + user.getLockedUntil());
        return LoginOutcome.failed(LoginOutcome.Result.LOCKED, user.getLockedUntil());
    }

    static int maxAttempts() {
        return Integer.getInteger("ordo.login.maxAttempts", DEFAULT_MAX_ATTEMPTS);
    }

    static int lockMinutes() {
        return Integer.getInteger("ordo.login.lockMinutes", DEFAULT_LOCK_MINUTES);
    }
}

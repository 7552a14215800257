package kz.ordo.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.ordo.identity.control.SecurityLog;
import kz.ordo.identity.entity.IssuedToken;
import kz.ordo.identity.entity.RememberMeToken;
import kz.ordo.identity.entity.User;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * "Remember me" tokens (R-SEED-11): issued only when the user ticked the box, 256 random bits, stored as
 * SHA-256, valid 30 days, revoked at logout, when the password is reset and when the user is blocked.
 */
@Stateless
@PermitAll
public class RememberMeService {

    public static final Duration VALIDITY = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public String issue(String login) {
        User user = em.createQuery("SELECT u FROM User u WHERE u.login = :login", User.class)
                .setParameter("login", login).getSingleResult();
        String token = randomToken();
        Instant now = clock.instant();
        em.persist(new RememberMeToken(sha256(token), user, now, now.plus(VALIDITY)));
        SecurityLog.event("rememberme.issued", login, null);
        return token;
    }

    /** The login and roles behind a token, if it is known, unexpired and its user may still log in. */
    public Optional<LoginOutcome> validate(String token) {
        Optional<LoginOutcome> grant = grant(em, RememberMeToken.class, token, clock.instant());
        grant.ifPresent(g -> SecurityLog.event("rememberme.login", g.login(), null));
        return grant;
    }

    /** The user behind a token of the given kind, if the token is known and still usable. */
    static Optional<LoginOutcome> grant(EntityManager em, Class<? extends IssuedToken> kind, String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM " + kind.getSimpleName() + " t JOIN FETCH t.user WHERE t.tokenHash = :h", kind)
                .setParameter("h", sha256(token)).getResultList().stream()
                .filter(t -> t.isUsable(now))
                .map(t -> new LoginOutcome(LoginOutcome.Result.SUCCESS, t.getUser().getLogin(), t.getUser().roleNames(), null))
                .findFirst();
    }

    public void revoke(String token) {
        if (token != null) {
            em.createQuery("DELETE FROM RememberMeToken t WHERE t.tokenHash = :h")
                    .setParameter("h", sha256(token)).executeUpdate();
        }
    }

    /** Revokes every token of a user (password reset, blocking). */
    public void revokeAll(Long userId) {
        em.createQuery("DELETE FROM RememberMeToken t WHERE t.user.id = :u").setParameter("u", userId).executeUpdate();
    }

    /** 256 random bits, URL-safe. */
    static String randomToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.ordo.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;

/**
 * A secret handed to a user that stands for their login (remember-me cookie, API token): only its SHA-256
 * is stored; it expires, and deleting the row revokes it.
 */
@MappedSuperclass
public abstract class IssuedToken {

    @Id
    @SequenceGenerator(name = "ordo_seq", sequenceName = "ordo_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ordo_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private User user;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected IssuedToken() {
    }

    protected IssuedToken(User user, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public User getUser() {
        return user;
    }

    /** The token still logs its user in: not expired, and the user is active and not locked out. */
    public boolean isUsable(Instant now) {
        return now.isBefore(expiresAt) && user.getStatus() == UserStatus.ACTIVE && !user.isLocked(now);
    }
}

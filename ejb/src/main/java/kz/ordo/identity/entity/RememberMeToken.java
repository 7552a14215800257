package kz.ordo.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A "remember me" login token (R-SEED-11). */
@Entity
@Table(name = "remember_me_token")
public class RememberMeToken extends IssuedToken {

    protected RememberMeToken() {
    }

    public RememberMeToken(String tokenHash, User user, Instant createdAt, Instant expiresAt) {
        super(user, tokenHash, createdAt, expiresAt);
    }
}

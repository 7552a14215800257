package kz.ordo.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A personal token for the REST API, acting as its user with the user's roles and scope. */
@Entity
@Table(name = "api_token")
public class ApiToken extends IssuedToken {

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    protected ApiToken() {
    }

    public ApiToken(User user, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        super(user, tokenHash, createdAt, expiresAt);
        this.createdBy = createdBy;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}

package kz.ordo.identity.boundary;

import java.time.Instant;
import java.util.Set;

/** The result of a login attempt, with what the login page needs to say why it failed. */
public record LoginOutcome(Result result, String login, Set<String> roles, Instant lockedUntil) {

    public enum Result { SUCCESS, INVALID, LOCKED, INACTIVE }

    public boolean isSuccess() {
        return result == Result.SUCCESS;
    }

    static LoginOutcome failed(Result result, Instant lockedUntil) {
        return new LoginOutcome(result, null, Set.of(), lockedUntil);
    }
}

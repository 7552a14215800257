package kz.ordo.it;

import jakarta.annotation.security.PermitAll;

import java.util.concurrent.Callable;

/**
 * Base of the test beans that run a piece of test code as a given user with a given role, through the
 * container's real security (@RunAs on the subclass), so that @RolesAllowed and the caller-based access
 * scope are exercised exactly as for a logged-in user. The logins are users that FoundationIT creates.
 */
@PermitAll
public abstract class Identity {

    public void run(Runnable work) {
        work.run();
    }

    public <T> T run(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package kz.ordo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import kz.ordo.identity.boundary.LoginOutcome;
import kz.ordo.identity.boundary.LoginService;

/** Checks logins against Ordo's users (hashed passwords, status, lockout) through {@link LoginService}. */
@ApplicationScoped
public class OrdoIdentityStore implements IdentityStore {

    @Inject
    LoginService loginService;

    @Inject
    LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = loginService.authenticate(credential.getCaller(), credential.getPassword().getValue());
        attempt.setOutcome(outcome);
        if (!outcome.isSuccess()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(outcome.login(), outcome.roles());
    }
}

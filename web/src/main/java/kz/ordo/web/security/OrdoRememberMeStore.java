package kz.ordo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import kz.ordo.identity.boundary.RememberMeService;

import java.util.Set;

/** Stores "remember me" tokens hashed in the database and honours them only for active users. */
@ApplicationScoped
public class OrdoRememberMeStore implements RememberMeIdentityStore {

    @Inject
    RememberMeService tokens;

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        return tokens.validate(credential.getToken())
                .map(o -> new CredentialValidationResult(o.login(), o.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
        return tokens.issue(callerPrincipal.getName());
    }

    @Override
    public void removeLoginToken(String token) {
        tokens.revoke(token);
    }
}

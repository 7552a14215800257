package kz.ordo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login for the pages (R-SEED-11): an unauthenticated request for a protected page is sent to
 * {@code /login.xhtml} and back after login; the login page hands the credential over through
 * {@code SecurityContext.authenticate}. "Remember me" issues a cookie only when the user ticked the box.
 * The session is kept by the container ({@code @AutoApplySession}).
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@RememberMe(cookieMaxAgeSeconds = 30 * 24 * 3600,
        cookieSecureOnlyExpression = "#{self.isSecure(httpMessageContext)}",
        isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
public class OrdoAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // no sendError: the login page renders the reason itself
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result);
    }

    public boolean isRememberMe(HttpMessageContext context) {
        return context.getAuthParameters().isRememberMe();
    }

    public boolean isSecure(HttpMessageContext context) {
        return context.getRequest().isSecure();
    }
}

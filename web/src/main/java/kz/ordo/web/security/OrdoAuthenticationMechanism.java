package kz.ordo.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.ordo.identity.boundary.ApiTokenService;

/**
 * Form login for the pages (R-SEED-11): an unauthenticated request for a protected page is sent to
 * {@code /login.xhtml} and back after login; the REST API under {@code /api/} takes bearer tokens instead; the login page hands the credential over through
 * {@code SecurityContext.authenticate}. "Remember me" issues a cookie only when the user ticked the box.
 * The session is kept by the container ({@code @AutoApplySession}).
 */
@ApplicationScoped
@AutoApplySession
@RememberMe(cookieMaxAgeSeconds = 30 * 24 * 3600,
        cookieSecureOnlyExpression = "#{self.isSecure(httpMessageContext)}",
        isRememberMeExpression = "#{self.isRememberMe(httpMessageContext)}")
public class OrdoAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    ApiTokenService apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return validateApiRequest(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // no sendError: the login page renders the reason itself
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Sends an unauthenticated visitor of a protected page to the login page, remembering a GET target to
     * return to after login. A Faces ajax request (an expired session, a replayed POST) gets an ajax
     * redirect instead of HTML it could not use.
     */
    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                             HttpMessageContext context) {
        String login = request.getContextPath() + "/login.xhtml";
        if ("GET".equals(request.getMethod())) {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession().setAttribute(LoginView.RETURN_TO, target);
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login + "\"/></partial-response>");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }

    /** The REST API takes only bearer tokens (no cookies, no redirect to the login page). */
    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var grant = apiTokens.validate(header.substring(7).strip());
            if (grant.isPresent()) {
                return context.notifyContainerAboutLogin(grant.get().login(), grant.get().roles());
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        context.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"ordo\"");
        return context.responseUnauthorized();
    }

    public boolean isRememberMe(HttpMessageContext context) {
        return context.getAuthParameters().isRememberMe();
    }

    public boolean isSecure(HttpMessageContext context) {
        return context.getRequest().isSecure();
    }
}

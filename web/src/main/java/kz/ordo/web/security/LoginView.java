package kz.ordo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.ordo.identity.boundary.LoginOutcome;
import kz.ordo.web.shell.Texts;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login form: hands the credential to Jakarta Security and explains a refusal. */
@Named
@RequestScoped
public class LoginView {

    /** Session attribute: the page a visitor asked for before being sent to log in. */
    public static final String RETURN_TO = "ordo.returnTo";

    @Inject
    SecurityContext securityContext;

    @Inject
    LoginAttempt attempt;

    @Inject
    Texts texts;

    private String login;
    private String password;
    private boolean rememberMe;

    public void login() throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login == null ? "" : login, new Password(password == null ? "" : password)))
                        .rememberMe(rememberMe)
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> fc.responseComplete();
            case SUCCESS -> {
                // a new session id at login (session fixation)
                String target = ec.getRequestContextPath() + "/requests/list.xhtml";
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                    Object returnTo = request.getSession().getAttribute(RETURN_TO);
                    request.getSession().removeAttribute(RETURN_TO);
                    // only a path inside this application, never an absolute or protocol-relative URL
                    if (returnTo instanceof String t && t.startsWith(ec.getRequestContextPath() + "/") && !t.startsWith("//")
                            && !t.contains("/login.xhtml")) {
                        target = t;
                    }
                }
                ec.redirect(target);
            }
            default -> fc.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureText(), null));
        }
    }

    private String failureText() {
        LoginOutcome outcome = attempt.getOutcome();
        if (outcome == null) {
            return texts.get("login.error.invalid");
        }
        return switch (outcome.result()) {
            case LOCKED -> texts.get("login.error.locked", DateTimeFormatter.ofPattern("HH:mm")
                    .withZone(ZoneId.of("Asia/Almaty")).format(outcome.lockedUntil()));
            case INACTIVE -> texts.get("login.error.inactive");
            default -> texts.get("login.error.invalid");
        };
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isRememberMe() {
        return rememberMe;
    }

    public void setRememberMe(boolean rememberMe) {
        this.rememberMe = rememberMe;
    }
}

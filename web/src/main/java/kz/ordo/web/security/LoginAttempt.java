package kz.ordo.web.security;

import jakarta.enterprise.context.RequestScoped;
import kz.ordo.identity.boundary.LoginOutcome;

/** The outcome of this request's login attempt, so the login page can say why it failed. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome getOutcome() {
        return outcome;
    }

    void setOutcome(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}

package kz.ordo.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import kz.ordo.identity.control.SecurityLog;

import java.io.IOException;

/** Logout: ends the authentication (and the remember-me token) and the session. */
@Named
@RequestScoped
public class LogoutView {

    public void logout() throws ServletException, IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String who = request.getRemoteUser();
        request.logout();
        ec.invalidateSession();
        SecurityLog.event("logout", who, null);
        ec.redirect(ec.getRequestContextPath() + "/login.xhtml");
    }
}

package kz.ordo.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import kz.ordo.identity.entity.Role;
import kz.ordo.requests.entity.RequestType;

/** Who is logged in, for the menu and the user menu. The server re-checks every action regardless. */
@Named
@RequestScoped
public class CurrentUserView {

    public String getLogin() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public boolean isLoggedIn() {
        return getLogin() != null;
    }

    public boolean has(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.valueOf(role).name());
    }

    /** Managers see the team's workload. */
    public boolean isManager() {
        return has("MANAGER") || has("HEAD") || has("ADMIN");
    }

    /** Finance, heads, managers and administrators work with invoices and budgets. */
    public boolean isFinanceUser() {
        return has("FINANCE") || has("HEAD") || has("MANAGER") || has("ADMIN");
    }

    public boolean isAdmin() {
        return has(Role.Names.ADMIN);
    }

    public boolean isContractor() {
        return has(Role.Names.CONTRACTOR);
    }

    /** The types of the "New request" menus: the form opens with the chosen type's fields. */
    public RequestType[] getRequestTypes() {
        return RequestType.values();
    }
}

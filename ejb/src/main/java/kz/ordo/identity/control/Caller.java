package kz.ordo.identity.control;

import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The person on whose behalf a service runs, as the access rules need them. */
public record Caller(Long userId, String login, Set<Role> roles, Long unitId, String unitPath, Locale locale) {

    public static Caller of(User u) {
        return new Caller(u.getId(), u.getLogin(), u.getRoles(), u.getOrgUnit().getId(), u.getOrgUnit().getPath(),
                Locale.forLanguageTag(u.getLocale()));
    }

    public Caller {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The unit is the caller's own or lies below it (what an administrator manages, what staff see). */
    public boolean covers(OrgUnit unit) {
        return unit != null && unit.getPath() != null && unit.getPath().startsWith(unitPath);
    }

    /** An external contractor sees only what is assigned to them (R-ROLE-3). */
    public boolean isContractor() {
        return roles.contains(Role.CONTRACTOR);
    }
}

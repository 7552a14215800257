package kz.ordo.identity.control;

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

    /** An external contractor sees only what is assigned to them (R-ROLE-3). */
    public boolean isContractor() {
        return roles.contains(Role.CONTRACTOR);
    }
}

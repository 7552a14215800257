package kz.ordo.identity.boundary;

import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.UserStatus;

/** Filter of the users list; null fields do not filter. */
public record UserFilter(String text, Long unitId, Role role, UserStatus status) {

    public static UserFilter none() {
        return new UserFilter(null, null, null, null);
    }
}

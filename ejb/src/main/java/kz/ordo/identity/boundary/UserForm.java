package kz.ordo.identity.boundary;

import kz.ordo.identity.entity.Role;

import java.util.Set;

/** What an admin enters for a user. {@code version} is the one the form was opened with (null for new). */
public record UserForm(String login, String fullName, String email, Long unitId, Set<Role> roles, String locale,
                       Long version) {
}

package kz.ordo.identity.boundary;

import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.UserStatus;

import java.util.Set;

/**
 * What an admin enters for a user. {@code status} null leaves it unchanged; {@code version} is the one the form
 * was opened with (null for new); {@code skills} null leaves them unchanged; {@code phone} blank clears it.
 */
public record UserForm(String login, String fullName, String email, Long unitId, Set<Role> roles, String locale,
                       UserStatus status, Long version, java.util.List<String> skills,
                       String phone) {
}

package kz.ordo.identity;

import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserLoginRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static User user() {
        return new User("manager", "Дмитрий Ким", OrgUnit.root("Co"), EnumSet.of(Role.MANAGER), "hash");
    }

    @Test
    void fifth_consecutive_failure_locks_the_account_for_the_period() {
        User u = user();
        for (int i = 0; i < 4; i++) {
            u.recordFailedLogin(T0, 5, LOCK);
        }
        assertFalse(u.isLocked(T0));
        u.recordFailedLogin(T0, 5, LOCK);
        assertTrue(u.isLocked(T0));
        assertTrue(u.isLocked(T0.plus(LOCK).minusSeconds(1)));
        assertFalse(u.isLocked(T0.plus(LOCK)));
    }

    @Test
    void a_successful_login_resets_the_failure_count() {
        User u = user();
        u.recordFailedLogin(T0, 5, LOCK);
        u.recordFailedLogin(T0, 5, LOCK);
        u.recordSuccessfulLogin(T0);
        assertEquals(0, u.getFailedLogins());
        assertEquals(T0, u.getLastLoginAt());
    }

    @Test
    void after_the_lock_expires_counting_starts_again() {
        User u = user();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(T0, 5, LOCK);
        }
        Instant later = T0.plus(LOCK).plusSeconds(1);
        u.recordFailedLogin(later, 5, LOCK);
        assertFalse(u.isLocked(later));
        assertEquals(1, u.getFailedLogins());
    }

    @Test
    void activating_a_user_clears_the_lock() {
        User u = user();
        for (int i = 0; i < 5; i++) {
            u.recordFailedLogin(T0, 5, LOCK);
        }
        u.changeStatus(UserStatus.BLOCKED);
        u.changeStatus(UserStatus.ACTIVE);
        assertFalse(u.isLocked(T0));
        assertNull(u.getLockedUntil());
    }

    @Test
    void a_user_needs_a_valid_login_a_name_a_unit_and_a_role() {
        OrgUnit co = OrgUnit.root("Co");
        assertThrows(BusinessException.class, () -> new User("ab", "Name", co, EnumSet.of(Role.IT), "h"));
        assertThrows(BusinessException.class, () -> new User("bad login", "Name", co, EnumSet.of(Role.IT), "h"));
        assertThrows(BusinessException.class, () -> new User("valid", " ", co, EnumSet.of(Role.IT), "h"));
        assertThrows(BusinessException.class, () -> new User("valid", "Name", null, EnumSet.of(Role.IT), "h"));
        assertThrows(BusinessException.class, () -> new User("valid", "Name", co, EnumSet.noneOf(Role.class), "h"));
        assertEquals("mixed.case", new User("Mixed.Case", "Name", co, EnumSet.of(Role.IT), "h").getLogin());
    }

    @Test
    void a_contractor_cannot_hold_another_role() {
        BusinessException e = assertThrows(BusinessException.class, () -> new User("contr", "Name", OrgUnit.root("Co"),
                EnumSet.of(Role.CONTRACTOR, Role.MANAGER), "h"));
        assertEquals("user.error.contractorAlone", e.getMessageKey());
    }

    @Test
    void email_must_look_like_an_address() {
        User u = user();
        assertThrows(BusinessException.class, () -> u.update("Name", "not-an-email", u.getOrgUnit(), u.getRoles(), "ru"));
        u.update("Name", "a@b.kz", u.getOrgUnit(), u.getRoles(), "kk");
        assertEquals("a@b.kz", u.getEmail());
        assertEquals("kk", u.getLocale());
    }
}

package kz.ordo.identity;

import kz.ordo.identity.control.PasswordHasher;
import kz.ordo.identity.control.PasswordPolicy;
import kz.ordo.shared.BusinessException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordRulesTest {

    @Test
    void hash_is_salted_pbkdf2_and_verifies_only_the_right_password() {
        String a = PasswordHasher.hash("Correct-Horse-7".toCharArray());
        String b = PasswordHasher.hash("Correct-Horse-7".toCharArray());
        assertTrue(a.startsWith("PBKDF2WithHmacSHA512:210000:"));
        assertNotEquals(a, b, "a per-user salt makes equal passwords hash differently");
        assertTrue(PasswordHasher.verify("Correct-Horse-7".toCharArray(), a));
        assertFalse(PasswordHasher.verify("Correct-Horse-8".toCharArray(), a));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "garbage"));
    }

    @Test
    void policy_refuses_short_long_common_and_login_containing_passwords() {
        assertEquals("password.error.length",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("anna", "Short1".toCharArray())).getMessageKey());
        assertEquals("password.error.length",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("anna", "x".repeat(129).toCharArray())).getMessageKey());
        assertEquals("password.error.common",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("anna", "Password123".toCharArray())).getMessageKey());
        assertEquals("password.error.containsLogin",
                assertThrows(BusinessException.class, () -> PasswordPolicy.check("anna", "my-anna-2026!".toCharArray())).getMessageKey());
        assertDoesNotThrow(() -> PasswordPolicy.check("anna", "x".repeat(64).toCharArray()));
        assertDoesNotThrow(() -> PasswordPolicy.check("anna", "Sary-Arka-1991".toCharArray()));
    }
}

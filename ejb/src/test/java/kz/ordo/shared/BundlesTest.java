package kz.ordo.shared;

import kz.ordo.audit.entity.AuditAction;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.UserStatus;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three languages carry the same texts, every enum shown on a page has a label, every pattern parses. */
class BundlesTest {

    private static ResourceBundle bundle(String lang) {
        return ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void kazakh_and_english_translate_every_russian_key() {
        Set<String> ru = new TreeSet<>(bundle("ru").keySet());
        assertEquals(ru, new TreeSet<>(bundle("kk").keySet()));
        assertEquals(ru, new TreeSet<>(bundle("en").keySet()));
        assertNotEquals(bundle("ru").getString("login.title"), bundle("kk").getString("login.title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk", "en"})
    void every_enum_on_a_page_has_a_label_and_every_pattern_parses(String lang) {
        ResourceBundle b = bundle(lang);
        List<String> keys = new ArrayList<>();
        for (RequestType t : RequestType.values()) {
            keys.add("request.type." + t);
        }
        for (RequestStatus s : RequestStatus.values()) {
            keys.add("request." + s);
        }
        for (Priority p : Priority.values()) {
            keys.add("priority." + p);
        }
        for (Role r : Role.values()) {
            keys.add("role." + r);
        }
        for (UserStatus s : UserStatus.values()) {
            keys.add("user." + s);
        }
        for (OrgUnitKind k : OrgUnitKind.values()) {
            keys.add("orgunit." + k);
        }
        for (AuditAction a : AuditAction.values()) {
            keys.add("audit.action." + a);
        }
        for (String k : keys) {
            assertTrue(b.containsKey(k), lang + " lacks " + k);
        }
        for (String k : b.keySet()) {
            String v = b.getString(k);
            if (v.contains("{0}")) {
                new MessageFormat(v, Locale.forLanguageTag(lang)).format(new Object[] {"x", "y"});
            }
        }
    }
}

package kz.ordo.requests;

import kz.ordo.requests.entity.FieldKind;
import kz.ordo.requests.entity.FieldSpec;
import kz.ordo.requests.entity.RequestAction;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.requests.entity.TypeFields;
import kz.ordo.shared.BusinessException;
import kz.ordo.shared.Messages;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeFieldsAndActionsTest {

    @Test
    void every_action_is_a_move_of_the_transition_table_and_every_move_has_an_action() {
        Set<String> byActions = new HashSet<>();
        for (RequestAction a : RequestAction.values()) {
            for (RequestStatus from : a.from()) {
                assertTrue(from.canMoveTo(a.target()), a + " from " + from);
                byActions.add(from + ">" + a.target());
            }
        }
        for (RequestStatus s : RequestStatus.values()) {
            for (RequestStatus t : s.next()) {
                assertTrue(byActions.contains(s + ">" + t), "no action moves " + s + " to " + t);
            }
        }
    }

    @Test
    void values_are_normalised_and_bad_ones_refused_naming_the_field() {
        FieldSpec money = FieldSpec.required("area", FieldKind.DECIMAL);
        assertEquals("1234.5", money.normalise(" 1 234,5 "));
        BusinessException e = assertThrows(BusinessException.class, () -> money.normalise("12,345"));
        assertEquals("Поле «Площадь, м²»: нужно неотрицательное число", Messages.of(Messages.DEFAULT_LOCALE, e));
        assertEquals("2026-12-01T10:30", FieldSpec.optional("slot", FieldKind.DATETIME).normalise("2026-12-01T10:30:59"));
        assertThrows(BusinessException.class, () -> FieldSpec.optional("d", FieldKind.DATE).normalise("31.12.2026"));
        assertThrows(BusinessException.class, () -> FieldSpec.required("k", FieldKind.CHOICE, "A").normalise("B"));
        assertEquals(null, FieldSpec.optional("t", FieldKind.TEXT).normalise("   "));
    }

    @Test
    void unknown_fields_are_refused_and_conditional_fields_follow_their_condition() {
        assertThrows(BusinessException.class, () -> TypeFields.check(RequestType.HR,
                Map.of("hrKind", "CERTIFICATE", "employee", "Ерлан", "supplier", "x")));
        Map<String, String> access = Map.of("itKind", "ACCESS", "system", "1С");
        assertEquals(2, TypeFields.check(RequestType.IT, access).size());
        Map<String, String> incident = Map.of("itKind", "INCIDENT", "system", "1С", "severity", "S1");
        BusinessException e = assertThrows(BusinessException.class, () -> TypeFields.check(RequestType.IT, incident));
        assertEquals(new Messages.Text("field.impact"), e.getArguments()[0]);
    }

    @Test
    void every_field_and_option_has_a_label_in_every_language() {
        for (String lang : new String[]{"ru", "kk", "en"}) {
            ResourceBundle b = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag(lang));
            for (RequestType t : RequestType.values()) {
                assertTrue(b.containsKey("request.type." + t), lang + " " + t);
                for (FieldSpec f : TypeFields.of(t)) {
                    assertTrue(b.containsKey(f.label()), lang + " " + f.label());
                    for (String o : f.options()) {
                        assertTrue(b.containsKey(f.label() + "." + o), lang + " " + f.label() + "." + o);
                    }
                }
            }
            for (RequestAction a : RequestAction.values()) {
                assertTrue(b.containsKey("request.action." + a), lang + " " + a);
            }
        }
        assertFalse(TypeFields.amountRequired(RequestType.HR));
        assertTrue(TypeFields.amountRequired(RequestType.PAYMENT));
    }
}

package kz.ordo.finance;

import kz.ordo.finance.entity.InvoiceStatus;
import kz.ordo.finance.entity.Requisites;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequisitesTest {

    @Test
    void bin_and_iin_control_digits() {
        assertTrue(Requisites.isBinOrIin("990740000683"));
        assertTrue(Requisites.isBinOrIin("000740000728"));
        assertFalse(Requisites.isBinOrIin("990740000684"), "wrong control digit");
        assertFalse(Requisites.isBinOrIin("99074000068"), "11 digits");
        assertFalse(Requisites.isBinOrIin("99074000068X"));
        assertFalse(Requisites.isBinOrIin(null));
    }

    @Test
    void iban_check_digits_and_the_kazakh_length() {
        assertTrue(Requisites.isIban("KZ86 125K ZT50 0410 0100"));
        assertFalse(Requisites.isIban("KZ87125KZT5004100100"), "check digits do not match");
        assertFalse(Requisites.isIban("KZ86125KZT500410010"), "a KZ IBAN has 20 characters");
        assertTrue(Requisites.isIban("DE89370400440532013000"), "other countries by the same rule");
        assertEquals("KZ86125KZT5004100100", Requisites.normalizeIban(" kz86 125k zt50 0410 0100 "));
    }

    @Test
    void bic_and_kbe_forms() {
        assertTrue(Requisites.isBic("HSBKKZKX"));
        assertTrue(Requisites.isBic("CASPKZKAXXX"));
        assertFalse(Requisites.isBic("HSBK1"));
        assertTrue(Requisites.isKbe("17"));
        assertFalse(Requisites.isKbe("30"));
    }

    @Test
    void invoice_money_is_committed_on_its_way_and_actual_once_paid() {
        assertTrue(InvoiceStatus.ON_APPROVAL.isCommitted() && InvoiceStatus.IN_PAYMENT.isCommitted());
        assertFalse(InvoiceStatus.RECEIVED.isCommitted() || InvoiceStatus.REJECTED.isCommitted());
        assertTrue(InvoiceStatus.PAID.isActual() && InvoiceStatus.CLOSED.isActual());
        assertFalse(InvoiceStatus.RECEIVED.next().contains(InvoiceStatus.APPROVED), "no approval without the chain");
    }
}

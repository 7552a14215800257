package kz.ordo.requests;

import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.Request;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;
import kz.ordo.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumSet;

import static kz.ordo.requests.entity.RequestStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final OrgUnit unit = OrgUnit.root("Co");
    private final User author = new User("author", "Author", unit, EnumSet.of(Role.MANAGER), "h");

    private Request request(String title, LocalDate deadline) {
        return new Request("PAY-2026-000001", RequestType.PAYMENT, author, title, null, unit, Priority.HIGH, deadline,
                null, TODAY);
    }

    @Test
    void numbers_are_prefixed_per_type_and_zero_padded() {
        assertEquals("PAY-2026-000123", RequestType.PAYMENT.number(2026, 123));
        assertEquals("INS-2027-1234567", RequestType.INSTALLATION.number(2027, 1_234_567));
    }

    @Test
    void the_workflow_allows_only_its_own_moves() {
        assertTrue(NEW.canMoveTo(IN_PROGRESS));
        assertTrue(IN_PROGRESS.canMoveTo(ON_APPROVAL));
        assertTrue(ON_APPROVAL.canMoveTo(AWAITING));
        assertTrue(AWAITING.canMoveTo(DONE));
        assertTrue(DONE.canMoveTo(CLOSED));
        assertTrue(REWORK.canMoveTo(IN_PROGRESS));
        assertFalse(NEW.canMoveTo(DONE), "no skipping to done");
        assertFalse(NEW.canMoveTo(CLOSED));
        assertFalse(ON_APPROVAL.canMoveTo(NEW));
        assertTrue(REWORK.needsReason());
        assertTrue(REJECTED.needsReason());
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"CLOSED", "REJECTED", "WONT_FIX", "DUPLICATE"})
    void terminal_statuses_have_no_way_out(RequestStatus s) {
        assertTrue(s.next().isEmpty());
        assertTrue(s.isFinal());
    }

    @Test
    void a_request_needs_a_title_unit_priority_and_no_past_deadline() {
        assertThrows(BusinessException.class, () -> request("ab", null));
        assertThrows(BusinessException.class, () -> request("x".repeat(301), null));
        assertEquals("request.error.deadlinePast",
                assertThrows(BusinessException.class, () -> request("Valid title", TODAY.minusDays(1))).getMessageKey());
        assertThrows(BusinessException.class, () -> new Request("N", RequestType.IT, author, "Valid", null, null,
                Priority.LOW, null, null, TODAY));
        assertThrows(BusinessException.class, () -> new Request("N", RequestType.IT, author, "Valid", null, unit,
                null, null, null, TODAY));
        Request ok = request("  Оплата аренды  ", TODAY);
        assertEquals("Оплата аренды", ok.getTitle());
        assertEquals(NEW, ok.getStatus());
    }

    @Test
    void overdue_means_past_deadline_and_still_open() {
        Request r = request("Valid title", TODAY);
        assertFalse(r.isOverdue(TODAY));
        assertTrue(r.isOverdue(TODAY.plusDays(1)));
    }
}

package kz.ordo.identity;

import kz.ordo.identity.control.AccessScope;
import kz.ordo.identity.control.Caller;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.OrgUnitKind;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;
import kz.ordo.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitAndScopeTest {

    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field f = kz.ordo.shared.BaseEntity.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
        return entity;
    }

    private final OrgUnit company;
    private final OrgUnit almaty;
    private final OrgUnit finance;
    private final OrgUnit astana;

    OrgUnitAndScopeTest() throws ReflectiveOperationException {
        company = withId(OrgUnit.root("Co"), 1);
        company.assignPath();
        almaty = withId(OrgUnit.under(company, OrgUnitKind.CITY, "Almaty"), 2);
        almaty.assignPath();
        finance = withId(OrgUnit.under(almaty, OrgUnitKind.DEPARTMENT, "Finance"), 3);
        finance.assignPath();
        astana = withId(OrgUnit.under(company, OrgUnitKind.CITY, "Astana"), 4);
        astana.assignPath();
    }

    @Test
    void units_nest_by_kind_and_know_their_subtree() {
        assertThrows(BusinessException.class, () -> OrgUnit.under(finance, OrgUnitKind.CITY, "x"));
        assertThrows(BusinessException.class, () -> OrgUnit.under(almaty, OrgUnitKind.COMPANY, "x"));
        assertTrue(finance.isWithin(almaty));
        assertTrue(finance.isWithin(company));
        assertFalse(finance.isWithin(astana));
        assertTrue("/1/2/3/".equals(finance.getPath()));
    }

    private Caller caller(long id, OrgUnit unit, Role... roles) {
        return new Caller(id, "u" + id, EnumSet.of(roles[0], roles), unit.getId(), unit.getPath(), Locale.ROOT);
    }

    @Test
    void staff_see_their_unit_and_below_plus_what_they_wrote_or_are_assigned() throws ReflectiveOperationException {
        User me = withId(new User("meuser", "Me", almaty, EnumSet.of(Role.MANAGER), "h"), 10);
        User other = withId(new User("other", "Other", astana, EnumSet.of(Role.MANAGER), "h"), 11);
        AccessScope scope = new AccessScope(caller(10, almaty, Role.MANAGER));
        assertTrue(scope.canSee(finance, other, null), "a unit below mine");
        assertFalse(scope.canSee(astana, other, other), "another city");
        assertTrue(scope.canSee(astana, me, null), "I wrote it");
        assertTrue(scope.canSee(astana, other, me), "assigned to me");
    }

    @Test
    void a_contractor_sees_only_what_is_assigned_to_them() throws ReflectiveOperationException {
        User contractor = withId(new User("contr", "C", finance, EnumSet.of(Role.CONTRACTOR), "h"), 20);
        User other = withId(new User("other", "O", finance, EnumSet.of(Role.MANAGER), "h"), 21);
        AccessScope scope = new AccessScope(caller(20, finance, Role.CONTRACTOR));
        assertFalse(scope.canSee(finance, other, null), "own unit is not enough for a contractor");
        assertFalse(scope.canSee(finance, contractor, other), "even a record they wrote");
        assertTrue(scope.canSee(astana, other, contractor));
    }

    @Test
    void an_administrator_sees_everything() {
        assertTrue(new AccessScope(caller(30, finance, Role.ADMIN)).canSee(astana, null, null));
    }

    @Test
    void a_filter_on_a_unit_inside_the_callers_subtree_needs_no_scope_predicate_and_one_outside_does() {
        AccessScope almatyManager = new AccessScope(caller(10, almaty, Role.MANAGER));
        assertTrue(almatyManager.seesAllOf(finance.getPath()), "a department below the manager's city");
        assertTrue(almatyManager.seesAllOf(almaty.getPath()));
        assertFalse(almatyManager.seesAllOf(astana.getPath()), "another city: only what they wrote or are assigned");
        assertFalse(almatyManager.seesAllOf(company.getPath()), "the unit above: not all of it");
        assertFalse(new AccessScope(caller(11, almaty, Role.CONTRACTOR)).seesAllOf(finance.getPath()));
        assertTrue(new AccessScope(caller(12, finance, Role.ADMIN)).seesAllOf(astana.getPath()));
    }
}

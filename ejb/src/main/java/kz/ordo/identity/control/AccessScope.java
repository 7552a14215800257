package kz.ordo.identity.control;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import kz.ordo.identity.entity.OrgUnit;
import kz.ordo.identity.entity.Role;
import kz.ordo.identity.entity.User;

/**
 * Which records a caller may see (R-ROLE-4, R-ROLE-3), as one rule used two ways: as an SQL predicate
 * for lists and counts, and as a check on a single loaded record (card, download, REST).
 *
 * <ul>
 *   <li>System administrator: everything.</li>
 *   <li>External contractor: only records assigned to them.</li>
 *   <li>Everyone else: records of their unit and the units below it, plus records they wrote or are
 *       assigned to wherever those sit.</li>
 * </ul>
 * Every module with records that belong to a unit reuses it by naming the record's unit, author and
 * assignee paths.
 */
public final class AccessScope {

    private final Caller caller;

    public AccessScope(Caller caller) {
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }

    public boolean canSee(OrgUnit unit, User author, User assignee) {
        if (caller.has(Role.ADMIN) && !caller.isContractor()) {
            return true;
        }
        boolean assigned = assignee != null && caller.userId().equals(assignee.getId());
        if (caller.isContractor()) {
            return assigned;
        }
        boolean wrote = author != null && caller.userId().equals(author.getId());
        boolean inUnit = caller.covers(unit);
        return assigned || wrote || inUnit;
    }

    /**
     * The same rule as {@link #canSee} as a criteria predicate over the record's foreign keys, so lists need no
     * join for it: {@code unitsBelow} gives the ids of a unit path's subtree (the caller's own units).
     */
    public Predicate visible(CriteriaBuilder cb, Path<Long> unitId, Path<Long> authorId, Path<Long> assigneeId,
                             java.util.function.Function<String, java.util.List<Long>> unitsBelow) {
        if (seesEverything()) {
            return cb.conjunction();
        }
        Predicate assigned = cb.equal(assigneeId, caller.userId());
        if (caller.isContractor()) {
            return assigned;
        }
        java.util.List<Long> units = unitsBelow.apply(caller.unitPath());
        Predicate inUnit = units.isEmpty() ? cb.disjunction() : unitId.in(units);
        return cb.or(inUnit, cb.equal(authorId, caller.userId()), assigned);
    }

    /**
     * True when the caller sees every record of the unit at {@code path} and below it anyway (an administrator,
     * or the unit lies in the caller's own subtree): a list already filtered to that unit needs no scope predicate,
     * which lets the database walk the unit's index in the list's order.
     */
    public boolean seesAllOf(String path) {
        if (seesEverything()) {
            return true;
        }
        return !caller.isContractor() && path != null && caller.unitPath() != null && path.startsWith(caller.unitPath());
    }

    /** True for an administrator: every record of the company, no scope predicate at all. */
    public boolean seesEverything() {
        return caller.has(Role.ADMIN) && !caller.isContractor();
    }

    /** A LIKE pattern matching a unit path and everything below it. */
    public static String subtreePattern(String path) {
        return escapeLike(path) + "%";
    }

    /** A LIKE pattern (with ESCAPE '\\') matching text that contains {@code q}, case folded; blank matches everything. */
    public static String containsPattern(String q) {
        return "%" + escapeLike(q == null ? "" : q.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

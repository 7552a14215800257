package kz.ordo.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The row count of a list, exact up to a cap, counted in the database: first whether a row exists past the cap
 * (one row at most comes back), else {@code COUNT} over the same condition. Reading the ids up to the cap and
 * counting them in Java instead ({@link #rows}) costs a 3,000-row list about 1 ms of application CPU per page
 * and a list past the cap 4-6 ms (10,001 ids sent): worth it only where finding the rows costs more (issue 7).
 */
public final class CappedCount {

    /** The cap of the lists' counts: beyond it a list says "more than 10,000". */
    public static final int CAP = 10_000;

    private CappedCount() {
    }

    /**
     * The same for a JPQL condition over an entity with an {@code id}.
     *
     * @param alias     the entity's name in the condition
     * @param fromWhere the condition from {@code FROM} on
     * @param bind      sets the condition's parameters (on the probe and, when asked, on the count)
     */
    public static long of(EntityManager em, String alias, String fromWhere, Consumer<Query> bind, int cap) {
        TypedQuery<Long> ids = em.createQuery("SELECT " + alias + ".id " + fromWhere, Long.class);
        bind.accept(ids);
        return of(ids, () -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(" + alias + ".id) " + fromWhere, Long.class);
            bind.accept(count);
            return count;
        }, cap);
    }

    /**
     * @param ids   the list's condition selecting any one column (no order needed)
     * @param count the same condition selecting {@code COUNT}, asked only when the count is within the cap
     * @return the count, or {@code cap + 1} when more rows than {@code cap} match
     */
    public static long of(TypedQuery<?> ids, Supplier<TypedQuery<Long>> count, int cap) {
        return past(ids, cap) ? cap + 1L : count.get().getSingleResult();
    }

    /**
     * The same for a criteria query over an entity with an {@code id}, its condition already set: the probe selects
     * the id, the count {@code COUNT} over the same condition.
     */
    public static long of(EntityManager em, CriteriaQuery<Long> query, Root<?> root, int cap) {
        return of(em.createQuery(query.select(root.get("id"))),
                () -> em.createQuery(query.select(em.getCriteriaBuilder().count(root))), cap);
    }

    /**
     * The same read as the rows themselves, up to {@code cap + 1} of them, in one statement; their number is the
     * count. For a condition whose rows cost more to find than to send (the request list: a text search's matches,
     * or the access scope's OR of bitmaps, which a probe then {@code COUNT} would build twice). All of them when
     * there are at most {@code cap}, else {@code cap + 1}.
     */
    public static <T> List<T> rows(TypedQuery<T> ids, int cap) {
        return ids.setFirstResult(0).setMaxResults(cap + 1).getResultList();
    }

    /** Whether more rows than {@code cap} match: one row at most comes back. */
    public static boolean past(TypedQuery<?> ids, int cap) {
        return !ids.setFirstResult(cap).setMaxResults(1).getResultList().isEmpty();
    }
}

package kz.ordo.shared;

import java.util.List;
import java.util.function.Supplier;

/**
 * A page of rows and the number of rows the filter matches. Counting stops at a cap (a list over a million
 * rows is not counted row by row on every page): {@code atLeast} says the true total is {@code total} or more.
 */
public record Page<T>(List<T> rows, long total, boolean atLeast) {

    /**
     * A page from a count capped at {@code cap} (a count of {@code cap + 1} means "more", as {@link CappedCount}
     * gives it) and the page's rows, which are not read when the page starts past the last row.
     */
    public static <T> Page<T> of(long count, long cap, PageRequest page, Supplier<List<T>> rows) {
        boolean more = count > cap;
        List<T> list = !more && count <= page.first() ? List.of() : rows.get();
        return new Page<>(list, more ? cap : count, more);
    }
}

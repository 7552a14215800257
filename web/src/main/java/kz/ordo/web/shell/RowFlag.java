package kz.ordo.web.shell;

import java.util.AbstractMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A yes or no per table row for a page's expressions, {@code #{view.overdue[row]}}: a map lookup. The same
 * question as a method call with an argument, {@code #{view.isOverdue(row)}}, makes EL search the bean's methods
 * by reflection on every evaluation (three times per row: row class, cell, and again in the postback's phases).
 */
public final class RowFlag<T> extends AbstractMap<T, Boolean> {

    private final Predicate<T> test;

    private RowFlag(Predicate<T> test) {
        this.test = test;
    }

    public static <T> RowFlag<T> of(Predicate<T> test) {
        return new RowFlag<>(test);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Boolean get(Object row) {
        return row != null && test.test((T) row);
    }

    @Override
    public boolean containsKey(Object row) {
        return row != null;
    }

    /** Not enumerable: it answers for any row it is asked about. */
    @Override
    public Set<Entry<T, Boolean>> entrySet() {
        return Set.of();
    }
}

package kz.ordo.web.shell;

import kz.ordo.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A PrimeFaces lazy model over a service that counts and pages in SQL: one count query and one page query
 * per table load, never the whole list in memory. Filters come from the view bean, not from the table, so
 * the service receives typed values; the table's sort field goes through the service's allowlist.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient LongSupplier counter;
    private final transient Function<PageRequest, List<T>> loader;
    private final transient Function<T, Object> key;
    private String lastSortField;
    private boolean lastAscending;

    public PagedModel(LongSupplier counter, Function<PageRequest, List<T>> loader, Function<T, Object> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    private long lastCount;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        lastCount = counter.getAsLong();
        return (int) Math.min(Integer.MAX_VALUE, lastCount);
    }

    /** The count of the last load (a capped count reads as {@code cap + 1}). */
    public long getLastCount() {
        return lastCount;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                field = meta.getField();
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        lastSortField = field;
        lastAscending = ascending;
        return loader.apply(new PageRequest(first, Math.max(1, pageSize), field, ascending));
    }

    /** The order of the last page shown, so an export matches what the table shows. */
    public String getLastSortField() {
        return lastSortField;
    }

    public boolean isLastAscending() {
        return lastAscending;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        for (T row : getWrappedData()) {
            if (getRowKey(row).equals(rowKey)) {
                return row;
            }
        }
        return null;
    }
}

package kz.ordo.web.shell;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import kz.ordo.shared.CappedCount;
import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A PrimeFaces lazy model over a service that counts and pages in SQL: one count query and one page query
 * per table load, never the whole list in memory. Filters come from the view bean, not from the table, so
 * the service receives typed values; the table's sort field goes through the service's allowlist.
 *
 * <p>PrimeFaces asks for the count before the page, so the count call already reads the page the table is
 * about to ask for (its first row, rows per page and sort), and the page call takes it if the table did ask for
 * that one in the same Faces request; otherwise (the count moved the table back from a page past the end) the
 * page is read again. A model made with {@link #paged} gets both from one service call (one transaction, the
 * caller's scope resolved once); one made with the constructor from two.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> pager;
    private final transient Function<T, Object> key;
    private String lastSortField;
    private boolean lastAscending;

    private final transient Supplier<PageRequest> ahead;
    private final transient Supplier<Object> request;
    private transient PageRequest readAhead;
    private transient Object readAheadIn;
    private transient List<T> readAheadRows;

    /** A model over a service's count and its page, asked in two calls ({@code counter} gives cap + 1 for "more"). */
    public PagedModel(LongSupplier counter, Function<PageRequest, List<T>> loader, Function<T, Object> key) {
        this(page -> Page.of(counter.getAsLong(), Long.MAX_VALUE, page, () -> loader.apply(page)), null, null, key);
    }

    private PagedModel(Function<PageRequest, Page<T>> pager, Supplier<PageRequest> ahead, Supplier<Object> request,
                       Function<T, Object> key) {
        this.pager = pager;
        this.ahead = ahead != null ? ahead : this::tablePage;
        this.request = request != null ? request : FacesContext::getCurrentInstance;
        this.key = key;
    }

    /** A model over a service call that returns a page with its (capped) count in one transaction. */
    public static <T> PagedModel<T> paged(Function<PageRequest, Page<T>> pager, Function<T, Object> key) {
        return new PagedModel<>(pager, null, null, key);
    }

    /**
     * The same outside Faces: {@code ahead} says which page the table will ask for after the count, and
     * {@code request} which request a call belongs to.
     */
    static <T> PagedModel<T> paged(Function<PageRequest, Page<T>> pager, Supplier<PageRequest> ahead,
                                   Supplier<Object> request, Function<T, Object> key) {
        return new PagedModel<>(pager, ahead, request, key);
    }

    private long lastCount;
    private boolean lastAtLeast;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PageRequest next = ahead.get();
        Page<T> page = pager.apply(next);
        lastCount = page.atLeast() ? page.total() + 1 : page.total();
        lastAtLeast = page.atLeast();
        readAhead = next;
        readAheadIn = request.get();
        readAheadRows = page.rows();
        return (int) Math.min(Integer.MAX_VALUE, lastCount);
    }

    /** The page the table being rendered will ask for next (its first row, rows per page and sort). */
    private PageRequest tablePage() {
        FacesContext context = FacesContext.getCurrentInstance();
        UIComponent current = context == null ? null : UIComponent.getCurrentComponent(context);
        if (current instanceof DataTable table && table.getValue() == this) {
            return request(table.getFirst(), table.getRows(), table.getActiveSortMeta());
        }
        return request(0, 1, Map.of());
    }

    private static PageRequest request(int first, int pageSize, Map<String, SortMeta> sortBy) {
        String field = null;
        boolean ascending = false;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                field = meta.getField();
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return new PageRequest(first, Math.max(1, pageSize), field, ascending);
    }

    /** The count of the last load (a capped count reads as {@code cap + 1}). */
    public long getLastCount() {
        return lastCount;
    }

    /**
     * The count of the last load for a paginator: a count that stopped at its cap reads "10 000+" in the view's
     * language instead of the probe's cap + 1.
     */
    public String getTotalText() {
        FacesContext context = FacesContext.getCurrentInstance();
        return totalText(context == null || context.getViewRoot() == null ? Locale.ROOT : context.getViewRoot().getLocale());
    }

    String totalText(Locale locale) {
        return lastAtLeast ? String.format(locale, "%,d+", lastCount - 1) : String.valueOf(lastCount);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest page = request(first, pageSize, sortBy);
        lastSortField = page.sortField();
        lastAscending = page.ascending();
        List<T> rows = page.equals(readAhead) && readAheadIn == request.get() ? readAheadRows : null;
        forgetReadAhead();
        return rows != null ? rows : pager.apply(page).rows();
    }

    private void forgetReadAhead() {
        readAhead = null;
        readAheadIn = null;
        readAheadRows = null;
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

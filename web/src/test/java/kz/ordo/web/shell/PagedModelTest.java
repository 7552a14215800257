package kz.ordo.web.shell;

import kz.ordo.shared.Page;
import kz.ordo.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PagedModelTest {

    /** A service of 60 numbered rows that records every call it gets; counting stops at 50. */
    private final List<PageRequest> calls = new ArrayList<>();
    /** The Faces request the model's calls belong to. */
    private Object request = new Object();

    private Page<Integer> serve(PageRequest page) {
        calls.add(page);
        List<Integer> rows = IntStream.range(page.first(), Math.min(60, page.first() + page.size())).boxed().toList();
        return new Page<>(rows, 50, true);
    }

    /** A model whose table asks for its first row, unsorted, after the count. */
    private PagedModel<Integer> model() {
        return PagedModel.paged(this::serve, () -> new PageRequest(0, 1, null, false), () -> request, n -> n);
    }

    @Test
    void the_count_reads_the_page_ahead_and_the_page_call_takes_it_without_a_second_call() {
        PagedModel<Integer> model = model();

        assertEquals(51, model.count(Map.of()), "a capped total reads as cap + 1");
        assertEquals(51, model.getLastCount());
        List<Integer> rows = model.load(0, 1, Map.of(), Map.of());

        assertEquals(List.of(0), rows);
        assertEquals(1, calls.size(), "the page asked for is the one read with the count");
    }

    @Test
    void a_page_other_than_the_one_read_ahead_is_read_again_and_the_read_ahead_is_used_once() {
        PagedModel<Integer> model = model();
        model.count(Map.of());

        List<Integer> deep = model.load(25, 25, Map.of("title", SortMeta.builder().field("title")
                .order(SortOrder.DESCENDING).build()), Map.of());
        assertEquals("title", model.getLastSortField(), "an export follows the order of the last page shown");
        List<Integer> first = model.load(0, 1, Map.of(), Map.of());

        assertEquals(IntStream.range(25, 50).boxed().toList(), deep);
        assertEquals(List.of(0), first);
        assertEquals(List.of(new PageRequest(0, 1, null, false), new PageRequest(25, 25, "title", false),
                new PageRequest(0, 1, null, false)), calls, "a read-ahead page is not kept past the next load");
    }

    @Test
    void a_page_read_ahead_in_one_request_is_not_shown_in_the_next() {
        PagedModel<Integer> model = model();
        model.count(Map.of());

        request = new Object();
        List<Integer> rows = model.load(0, 1, Map.of(), Map.of());

        assertEquals(List.of(0), rows);
        assertEquals(2, calls.size(), "the page is read again in the later request");
    }

    @Test
    void a_count_past_the_lists_cap_reads_as_more_than_the_cap_and_one_within_it_as_itself() {
        long[] total = {kz.ordo.shared.CappedCount.CAP + 1L};
        PagedModel<Integer> model = PagedModel.paged(page -> Page.of(total[0], kz.ordo.shared.CappedCount.CAP, page, List::of),
                () -> new PageRequest(0, 1, null, false), () -> request, n -> n);

        model.count(Map.of());
        assertEquals("10,000+", model.totalText(java.util.Locale.ENGLISH));
        total[0] = 42;
        model.count(Map.of());
        assertEquals("42", model.totalText(java.util.Locale.ENGLISH));
    }
}

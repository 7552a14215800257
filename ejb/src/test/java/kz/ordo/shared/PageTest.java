package kz.ordo.shared;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageTest {

    private final AtomicInteger reads = new AtomicInteger();

    private List<String> rows() {
        reads.incrementAndGet();
        return List.of("a", "b");
    }

    @Test
    void a_count_past_the_cap_reads_as_at_least_the_cap_and_the_rows_are_read() {
        Page<String> page = Page.of(10_001, 10_000, new PageRequest(9_975, 25, null, false), this::rows);

        assertEquals(10_000, page.total());
        assertTrue(page.atLeast());
        assertEquals(List.of("a", "b"), page.rows());
        assertEquals(1, reads.get());
    }

    @Test
    void a_page_starting_past_the_last_row_is_empty_without_reading_rows() {
        Page<String> past = Page.of(40, 10_000, new PageRequest(50, 25, null, false), this::rows);
        Page<String> last = Page.of(40, 10_000, new PageRequest(25, 25, null, false), this::rows);

        assertEquals(List.of(), past.rows());
        assertEquals(40, past.total());
        assertFalse(past.atLeast());
        assertEquals(List.of("a", "b"), last.rows());
        assertEquals(1, reads.get(), "only the page that starts inside the total reads its rows");
    }
}

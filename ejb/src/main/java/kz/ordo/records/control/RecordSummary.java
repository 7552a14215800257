package kz.ordo.records.control;

import java.time.LocalDate;

/**
 * A record as notifications name it: its number and title, deadline, author, and the page that shows it
 * (relative to the application, e.g. {@code requests/view.xhtml?id=5}).
 */
public record RecordSummary(String type, Long id, String number, String title, LocalDate deadline, String author,
                            String path) {
}

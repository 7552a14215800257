package kz.ordo.requests.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.shared.ExportFormat;
import kz.ordo.shared.Messages;
import kz.ordo.shared.TableExport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The request list as a file (R-REQ-4), through {@link TableExport}: CSV (UTF-8 with BOM and semicolons, so Excel
 * opens Cyrillic and splits columns in Russian locales) or XLSX (streamed: numbers as numbers, dates as dates, at
 * most 100 rows in memory). Headers and values in the reader's language.
 */
@Stateless
@PermitAll
public class RequestExport {

    private static List<TableExport.Column<RequestRow>> columns(Locale locale) {
        return List.of(
                new TableExport.Column<>("request.number", RequestRow::getNumber),
                new TableExport.Column<>("request.type", r -> Messages.get(locale, "request.type." + r.getType())),
                new TableExport.Column<>("request.title", RequestRow::getTitle),
                new TableExport.Column<>("request.status", r -> Messages.get(locale, "request." + r.getStatus())),
                new TableExport.Column<>("request.priority", r -> Messages.get(locale, "priority." + r.getPriority())),
                new TableExport.Column<>("request.deadline", RequestRow::getDeadline),
                new TableExport.Column<>("request.department", RequestRow::getUnitName),
                new TableExport.Column<>("request.author", RequestRow::getAuthorName),
                new TableExport.Column<>("request.assignee", RequestRow::getAssigneeName),
                new TableExport.Column<>("request.project", RequestRow::getProjectCode),
                new TableExport.Column<>("request.amount", RequestRow::getAmount),
                new TableExport.Column<>("request.currency", r -> r.getCurrency() == null ? null : r.getCurrency().name()),
                new TableExport.Column<>("request.createdAt", RequestRow::getCreatedAt));
    }

    /** Writes the rows and closes the stream of rows; returns how many were written. */
    public long write(Stream<RequestRow> rows, ExportFormat format, Locale locale, ZoneId zone, OutputStream out)
            throws IOException {
        return TableExport.write(rows, columns(locale), format, "requests.title", false, locale, zone, out);
    }
}

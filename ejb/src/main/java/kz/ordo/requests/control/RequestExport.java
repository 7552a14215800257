package kz.ordo.requests.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import kz.ordo.requests.boundary.RequestRow;
import kz.ordo.shared.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The request list as a file (R-REQ-4): CSV (UTF-8 with BOM and semicolons, so Excel opens Cyrillic and
 * splits columns in Russian locales) or XLSX (Apache POI's streaming workbook: numbers as numbers, dates as
 * dates, at most 100 rows in memory). Headers and values in the reader's language.
 */
@Stateless
@PermitAll
public class RequestExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private record Column(String header, Function<RequestRow, Object> value) {
    }

    private static List<Column> columns(Locale locale) {
        return List.of(
                new Column("request.number", RequestRow::getNumber),
                new Column("request.type", r -> Messages.get(locale, "request.type." + r.getType())),
                new Column("request.title", RequestRow::getTitle),
                new Column("request.status", r -> Messages.get(locale, "request." + r.getStatus())),
                new Column("request.priority", r -> Messages.get(locale, "priority." + r.getPriority())),
                new Column("request.deadline", RequestRow::getDeadline),
                new Column("request.department", RequestRow::getUnitName),
                new Column("request.author", RequestRow::getAuthorName),
                new Column("request.assignee", RequestRow::getAssigneeName),
                new Column("request.project", RequestRow::getProjectCode),
                new Column("request.amount", RequestRow::getAmount),
                new Column("request.currency", r -> r.getCurrency() == null ? null : r.getCurrency().name()),
                new Column("request.createdAt", RequestRow::getCreatedAt));
    }

    /** Writes the rows and closes the stream of rows; returns how many were written. */
    public long write(Stream<RequestRow> rows, Format format, Locale locale, ZoneId zone, OutputStream out)
            throws IOException {
        try (rows) {
            return format == Format.CSV ? csv(rows, locale, zone, out) : xlsx(rows, locale, zone, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private long csv(Stream<RequestRow> rows, Locale locale, ZoneId zone, OutputStream out) throws IOException {
        List<Column> cols = columns(locale);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        w.write(String.join(";", cols.stream().map(c -> csvCell(Messages.get(locale, c.header()))).toList()));
        w.write("\r\n");
        AtomicLong n = new AtomicLong();
        rows.forEach(r -> {
            try {
                for (int i = 0; i < cols.size(); i++) {
                    if (i > 0) {
                        w.write(';');
                    }
                    Object v = cols.get(i).value().apply(r);
                    String s;
                    if (v == null) {
                        s = "";
                    } else if (v instanceof java.time.LocalDate d) {
                        s = date.format(d);
                    } else if (v instanceof java.time.Instant t) {
                        s = time.format(t);
                    } else if (v instanceof java.math.BigDecimal b) {
                        s = b.toPlainString().replace('.', ',');
                    } else {
                        s = v.toString();
                    }
                    w.write(csvCell(s));
                }
                w.write("\r\n");
                n.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        w.flush();
        return n.get();
    }

    /** Quotes a value when needed; a leading = + - @ is prefixed with ' so a spreadsheet never runs it. */
    static String csvCell(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains("'")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private long xlsx(Stream<RequestRow> rows, Locale locale, ZoneId zone, OutputStream out) throws IOException {
        List<Column> cols = columns(locale);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet(Messages.get(locale, "requests.title"));
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle timeStyle = wb.createCellStyle();
            timeStyle.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy hh:mm"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < cols.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(Messages.get(locale, cols.get(i).header()));
                c.setCellStyle(head);
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            AtomicLong n = new AtomicLong();
            rows.forEach(r -> {
                Row row = sheet.createRow((int) n.incrementAndGet());
                for (int i = 0; i < cols.size(); i++) {
                    Object v = cols.get(i).value().apply(r);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof java.time.LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(dateStyle);
                    } else if (v instanceof java.time.Instant t) {
                        c.setCellValue(LocalDateTime.ofInstant(t, zone));
                        c.setCellStyle(timeStyle);
                    } else if (v instanceof java.math.BigDecimal b) {
                        c.setCellValue(b.doubleValue());
                        c.setCellStyle(money);
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(n.get(), 1), 0, cols.size() - 1));
            wb.write(out);
            out.flush();
            return n.get();
        } finally {
            wb.close();
        }
    }
}

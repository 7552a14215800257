package kz.ordo.shared;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Any list as a file (R-REQ-4, R-FIN-5): CSV in UTF-8 with a BOM and semicolons (Excel opens Cyrillic and splits the
 * columns in Russian locales; decimal commas), or XLSX with Apache POI's streaming workbook (at most 100 rows in
 * memory; numbers as numbers, dates as dates, a frozen header, an autofilter). Optionally a totals row sums every
 * money column. Headers are bundle keys, shown in the reader's language.
 */
public final class TableExport {

    /** A column: the bundle key of its header and how a row gives its value (text, number, date, instant). */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private TableExport() {
    }

    /** Writes the rows and closes their stream; returns how many were written (the totals row not counted). */
    public static <T> long write(Stream<T> rows, List<Column<T>> cols, ExportFormat format, String sheetKey, boolean totals,
                                 Locale locale, ZoneId zone, OutputStream out) throws IOException {
        try (rows) {
            return format == ExportFormat.CSV ? csv(rows, cols, totals, locale, zone, out)
                    : xlsx(rows, cols, sheetKey, totals, locale, zone, out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static <T> long csv(Stream<T> rows, List<Column<T>> cols, boolean totals, Locale locale, ZoneId zone,
                                OutputStream out) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        w.write('\uFEFF');
        w.write(String.join(";", cols.stream().map(c -> csvCell(Messages.get(locale, c.header()))).toList()));
        w.write("\r\n");
        BigDecimal[] sums = new BigDecimal[cols.size()];
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
                    } else if (v instanceof LocalDate d) {
                        s = date.format(d);
                    } else if (v instanceof Instant t) {
                        s = time.format(t);
                    } else if (v instanceof BigDecimal b) {
                        s = b.toPlainString().replace('.', ',');
                        sums[i] = sums[i] == null ? b : sums[i].add(b);
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
        if (totals) {
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) {
                    w.write(';');
                }
                w.write(i == 0 ? csvCell(Messages.get(locale, "export.total"))
                        : sums[i] == null ? "" : sums[i].toPlainString().replace('.', ','));
            }
            w.write("\r\n");
        }
        w.flush();
        return n.get();
    }

    /** Quotes a value when needed; a leading = + - @ is prefixed with ' so a spreadsheet never runs it. */
    public static String csvCell(String s) {
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r") || v.contains("'")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static <T> long xlsx(Stream<T> rows, List<Column<T>> cols, String sheetKey, boolean totals, Locale locale,
                                 ZoneId zone, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet(Messages.get(locale, sheetKey));
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
            CellStyle totalMoney = wb.createCellStyle();
            totalMoney.cloneStyleFrom(money);
            totalMoney.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < cols.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(Messages.get(locale, cols.get(i).header()));
                c.setCellStyle(head);
                sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 18 * 256);
            }
            sheet.createFreezePane(0, 1);
            BigDecimal[] sums = new BigDecimal[cols.size()];
            AtomicLong n = new AtomicLong();
            rows.forEach(r -> {
                Row row = sheet.createRow((int) n.incrementAndGet());
                for (int i = 0; i < cols.size(); i++) {
                    Object v = cols.get(i).value().apply(r);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(dateStyle);
                    } else if (v instanceof Instant t) {
                        c.setCellValue(LocalDateTime.ofInstant(t, zone));
                        c.setCellStyle(timeStyle);
                    } else if (v instanceof BigDecimal b) {
                        c.setCellValue(b.doubleValue());
                        c.setCellStyle(money);
                        sums[i] = sums[i] == null ? b : sums[i].add(b);
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, (int) Math.max(n.get(), 1), 0, cols.size() - 1));
            if (totals) {
                Row total = sheet.createRow((int) n.get() + 1);
                Cell label = total.createCell(0);
                label.setCellValue(Messages.get(locale, "export.total"));
                label.setCellStyle(head);
                for (int i = 1; i < cols.size(); i++) {
                    if (sums[i] != null) {
                        Cell c = total.createCell(i);
                        c.setCellValue(sums[i].doubleValue());
                        c.setCellStyle(totalMoney);
                    }
                }
            }
            wb.write(out);
            out.flush();
            return n.get();
        } finally {
            wb.close();
        }
    }
}

package kz.ordo.batch.budgetreport;

import kz.ordo.finance.boundary.LineFigures;
import kz.ordo.shared.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The nightly budget report as XLSX (R-REP-3): a summary sheet per unit for the month and for the year to date
 * (plan, actual, committed, forecast, deviation) with a bar chart of plan against actual, and a detail sheet per
 * period with every line. Numbers as numbers.
 */
final class BudgetReportWorkbook {

    static final String[] HEAD = {"budget.unit", "budget.plan", "budget.actual", "budget.committed", "budget.forecast",
        "budget.deviation"};

    private BudgetReportWorkbook() {
    }

    /** Sums per unit, in the order units first appear. */
    static Map<String, BigDecimal[]> byUnit(List<LineFigures> lines) {
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        for (LineFigures f : lines) {
            BigDecimal[] s = out.computeIfAbsent(f.unit(), k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(f.plan());
            s[1] = s[1].add(f.actual());
            s[2] = s[2].add(f.committed());
        }
        return out;
    }

    static byte[] build(LocalDate day, List<LineFigures> month, List<LineFigures> year, Locale locale) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            XSSFSheet summary = wb.createSheet(Messages.get(locale, "report.sheet.summary"));
            summary.createRow(0).createCell(0).setCellValue(Messages.get(locale, "report.title", day.toString()));
            int monthHeader = 2;
            int monthEnd = table(summary, monthHeader, Messages.get(locale, "report.month"), byUnit(month), bold, money, locale);
            table(summary, monthEnd + 2, Messages.get(locale, "report.ytd"), byUnit(year), bold, money, locale);
            for (int i = 0; i < HEAD.length; i++) {
                summary.setColumnWidth(i, i == 0 ? 40 * 256 : 18 * 256);
            }
            if (monthEnd > monthHeader + 2) {
                chart(summary, monthHeader + 2, monthEnd - 1, locale);
            }
            detail(wb.createSheet(Messages.get(locale, "report.sheet.month")), month, bold, money, locale);
            detail(wb.createSheet(Messages.get(locale, "report.sheet.year")), year, bold, money, locale);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A titled table from {@code start}: title row, header row, one row per unit, a totals row; returns the next free row. */
    private static int table(XSSFSheet sheet, int start, String title, Map<String, BigDecimal[]> units, CellStyle bold,
                             CellStyle money, Locale locale) {
        Cell t = sheet.createRow(start).createCell(0);
        t.setCellValue(title);
        t.setCellStyle(bold);
        Row header = sheet.createRow(start + 1);
        for (int i = 0; i < HEAD.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(Messages.get(locale, HEAD[i]));
            c.setCellStyle(bold);
        }
        int r = start + 2;
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (Map.Entry<String, BigDecimal[]> e : units.entrySet()) {
            BigDecimal[] s = e.getValue();
            row(sheet.createRow(r++), e.getKey(), s, money);
            for (int i = 0; i < 3; i++) {
                total[i] = total[i].add(s[i]);
            }
        }
        Row tr = sheet.createRow(r);
        row(tr, Messages.get(locale, "export.total"), total, money);
        tr.getCell(0).setCellStyle(bold);
        return r + 1;
    }

    private static void row(Row row, String name, BigDecimal[] s, CellStyle money) {
        row.createCell(0).setCellValue(name);
        BigDecimal forecast = s[1].add(s[2]);
        BigDecimal[] values = {s[0], s[1], s[2], forecast, forecast.subtract(s[0])};
        for (int i = 0; i < values.length; i++) {
            Cell c = row.createCell(i + 1);
            c.setCellValue(values[i].doubleValue());
            c.setCellStyle(money);
        }
    }

    private static void detail(XSSFSheet sheet, List<LineFigures> lines, CellStyle bold, CellStyle money, Locale locale) {
        String[] head = {"budget.month", "budget.unit", "budget.item", "budget.plan", "budget.actual", "budget.committed",
            "budget.remainder", "budget.forecast", "budget.deviation", "budget.reason"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < head.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(Messages.get(locale, head[i]));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, i == 2 || i == 1 ? 30 * 256 : 16 * 256);
        }
        int r = 1;
        for (LineFigures f : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.month().toString().substring(0, 7));
            row.createCell(1).setCellValue(f.unit());
            row.createCell(2).setCellValue(f.item());
            BigDecimal[] v = {f.plan(), f.actual(), f.committed(), f.getRemainder(), f.getForecast(), f.getDeviation()};
            for (int i = 0; i < v.length; i++) {
                Cell c = row.createCell(3 + i);
                c.setCellValue(v[i].doubleValue());
                c.setCellStyle(money);
            }
            if (f.deviationReason() != null) {
                row.createCell(9).setCellValue(f.deviationReason());
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, head.length - 1));
    }

    /** Plan against actual per unit of the month table (rows first..last). */
    private static void chart(XSSFSheet sheet, int first, int last, Locale locale) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 7, 1, 17, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(Messages.get(locale, "report.chart"));
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        XDDFDataSource<String> units = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> plan = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        XDDFNumericalDataSource<Double> actual = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 2, 2));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.addSeries(units, plan).setTitle(Messages.get(locale, "budget.plan"), null);
        data.addSeries(units, actual).setTitle(Messages.get(locale, "budget.actual"), null);
        chart.plot(data);
    }
}

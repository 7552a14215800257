package kz.ordo.finance.boundary;

import kz.ordo.shared.BusinessException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the rows of a budget import file (XLSX with Apache POI, or CSV separated by ; or ,), header row skipped. */
final class BudgetImport {

    private BudgetImport() {
    }

    static List<String[]> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw new BusinessException("budget.error.importEmpty");
        }
        return name.endsWith(".xlsx") ? xlsx(content) : csv(content);
    }

    private static List<String[]> xlsx(byte[] content) {
        List<String[]> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] cells = new String[6];
                boolean any = false;
                for (int i = 0; i < 6; i++) {
                    Cell c = row.getCell(i);
                    if (c == null) {
                        cells[i] = "";
                    } else if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                        cells[i] = c.getLocalDateTimeCellValue().toLocalDate().toString();
                    } else if (c.getCellType() == CellType.NUMERIC) {
                        cells[i] = BigDecimal.valueOf(c.getNumericCellValue()).toPlainString();
                    } else {
                        cells[i] = fmt.formatCellValue(c);
                    }
                    any |= !cells[i].isBlank();
                }
                if (any) {
                    out.add(cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new BusinessException("budget.error.importFormat");
        }
        return out;
    }

    private static List<String[]> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\\r?\\n");
        List<String[]> out = new ArrayList<>();
        char sep = lines.length > 0 && lines[0].contains(";") ? ';' : ',';
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            out.add(split(lines[i], sep));
        }
        return out;
    }

    private static String[] split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == sep && !quoted) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString());
        return cells.toArray(String[]::new);
    }

    static LocalDate month(String s) {
        try {
            if (s.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(s).atDay(1);
            }
            if (s.matches("\\d{2}\\.\\d{4}")) {
                return YearMonth.of(Integer.parseInt(s.substring(3)), Integer.parseInt(s.substring(0, 2))).atDay(1);
            }
            return LocalDate.parse(s).withDayOfMonth(1);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new BusinessException("budget.error.importMonth", s);
        }
    }

    static BigDecimal amount(String s) {
        try {
            return new BigDecimal(s.replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new BusinessException("budget.error.importPlan", s);
        }
    }
}

package kz.ordo.web.requests;

import kz.ordo.requests.entity.FieldSpec;
import kz.ordo.web.shell.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** How stored values read on a card and in the history: option labels, dd.MM.yyyy dates, spaced numbers. */
final class FieldDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private FieldDisplay() {
    }

    static String format(Texts texts, FieldSpec f, String v) {
        if (v == null) {
            return "";
        }
        try {
            return switch (f.kind()) {
                case CHOICE -> texts.get("field." + f.key() + "." + v);
                case BOOLEAN -> texts.get("true".equals(v) ? "common.yes" : "common.no");
                case DATE -> DATE.format(LocalDate.parse(v));
                case DATETIME -> DATE_TIME.format(LocalDateTime.parse(v));
                case DECIMAL, INTEGER -> String.format(texts.locale(), "%,." + Math.max(0, new BigDecimal(v).scale()) + "f",
                        new BigDecimal(v));
                default -> v;
            };
        } catch (RuntimeException e) {
            return v;
        }
    }
}

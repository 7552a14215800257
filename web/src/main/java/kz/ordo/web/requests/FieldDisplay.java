package kz.ordo.web.requests;

import kz.ordo.requests.entity.FieldSpec;
import kz.ordo.web.shell.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How stored values read on a card and in the history: option labels, dd.MM.yyyy dates, spaced numbers. */
final class FieldDisplay {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([\\p{L}0-9._-]{2,64})");

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

    /** The comment's text as safe HTML, with @mentions highlighted. */
    static String commentHtml(String body) {
        String escaped = escape(body);
        Matcher m = MENTION.matcher(escaped);
        return m.replaceAll(r -> "<span class=\"ordo-mention\">@" + Matcher.quoteReplacement(r.group(1)) + "</span>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

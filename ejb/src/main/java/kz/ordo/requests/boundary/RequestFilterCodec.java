package kz.ordo.requests.boundary;

import kz.ordo.requests.entity.Priority;
import kz.ordo.requests.entity.RequestStatus;
import kz.ordo.requests.entity.RequestType;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A request filter as a URL query ({@code type=PAYMENT&status=NEW&q=аренда}): how saved filters are stored
 * and how a list link is bookmarked. Unknown keys and malformed values are ignored, never fatal: a saved
 * filter outlives a renamed option.
 */
public final class RequestFilterCodec {

    private RequestFilterCodec() {
    }

    public static String encode(RequestFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.type());
        m.put("status", f.status());
        m.put("priority", f.priority());
        m.put("unit", f.unitId());
        m.put("branch", f.branchId());
        m.put("city", f.cityId());
        m.put("project", f.projectId());
        m.put("author", f.authorId());
        m.put("assignee", f.assigneeId());
        m.put("from", f.createdFrom());
        m.put("to", f.createdTo());
        m.put("overdue", f.overdueOnly() ? Boolean.TRUE : null);
        m.put("q", f.text() == null || f.text().isBlank() ? null : f.text().strip());
        StringJoiner j = new StringJoiner("&");
        m.forEach((k, v) -> {
            if (v != null) {
                j.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
            }
        });
        return j.toString();
    }

    public static RequestFilter decode(String query) {
        Map<String, String> m = new LinkedHashMap<>();
        if (query != null) {
            for (String part : query.split("&")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    m.put(part.substring(0, eq), URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new RequestFilter(parse(m.get("type"), RequestType::valueOf), parse(m.get("status"), RequestStatus::valueOf),
                parse(m.get("priority"), Priority::valueOf), parse(m.get("unit"), Long::valueOf),
                parse(m.get("branch"), Long::valueOf), parse(m.get("city"), Long::valueOf),
                parse(m.get("project"), Long::valueOf), parse(m.get("author"), Long::valueOf),
                parse(m.get("assignee"), Long::valueOf), parse(m.get("from"), LocalDate::parse),
                parse(m.get("to"), LocalDate::parse), "true".equals(m.get("overdue")), m.get("q"));
    }

    private static <T> T parse(String v, Function<String, T> f) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return f.apply(v);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

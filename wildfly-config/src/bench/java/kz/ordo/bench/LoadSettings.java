package kz.ordo.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything the load benchmark can be told, read from {@code -Dload.*} system properties (Maven passes the
 * command line's {@code -D} values on to the Gatling JVM). Defaults fit the demo company of the run command.
 */
final class LoadSettings {

    /** The sortable columns of {@code requests/list.xhtml}, in the order the table shows them. */
    static final List<String> LIST_SORT_FIELDS = List.of("number", "title", "type", "status", "priority", "deadline",
            "amount", "createdAt");

    final String url = withSlash(text("load.url", "http://127.0.0.1:8080/ordo/"));
    final String password = text("load.password", "Ordo-Demo-2026");
    final int seconds = number("load.seconds", 30);
    /** Unmeasured actions each virtual user does before the measured time (JIT, caches, connection pools). */
    final int warmup = number("load.warmup", 3);
    final List<Integer> levels = Arrays.stream(text("load.concurrency", "1,16").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    final Set<Integer> scenarios = Arrays.stream(text("load.scenarios", "1,2,3,4,5,6,7,8,9,10").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf)
            .collect(Collectors.toCollection(TreeSet::new));

    final List<String> managers = list("load.managers", "gen-manager-21,gen-manager-81");
    final List<String> executors = list("load.executors", "gen-executor-1,gen-executor-2,gen-executor-3,gen-executor-4,gen-executor-5,gen-executor-6,gen-executor-7,gen-executor-8,gen-executor-9,gen-executor-10,gen-executor-11,gen-executor-12,gen-executor-13,gen-executor-14,gen-executor-15,gen-executor-16");
    final List<String> heads = list("load.heads", "gen-head-1,gen-head-2,gen-head-3,gen-head-4,gen-head-5,gen-head-6,gen-head-7,gen-head-8,gen-head-9,gen-head-10,gen-head-11,gen-head-12,gen-head-13,gen-head-14,gen-head-15,gen-head-16");
    final List<String> financiers = list("load.finance", "gen-finance-1,gen-finance-2,gen-finance-3,gen-finance-4,gen-finance-5,gen-finance-6,gen-finance-7,gen-finance-8,gen-finance-9,gen-finance-10,gen-finance-11,gen-finance-12,gen-finance-13,gen-finance-14,gen-finance-15,gen-finance-16");
    final String admin = text("load.admin", "admin");
    final String adminPassword = text("load.adminPassword", password);
    /** Bearer tokens for the REST scenarios (one per virtual user, round robin); empty: issued in setup. */
    final List<String> tokens = list("load.tokens", "");

    /** Filters of the list scenarios: a type, a status and a department (by name, or by id). */
    final String listType = text("load.list.type", "PAYMENT");
    final String listStatus = text("load.list.status", "CLOSED");
    final String unitName = text("load.unit", "Отдел закупок");
    final String unitId = text("load.unitId", "900115");
    final String sortField = text("load.list.sort", "deadline");
    final boolean sortAscending = Boolean.parseBoolean(text("load.list.asc", "true"));
    final int deepFirst = number("load.deepFirst", 2500);
    final int rows = number("load.rows", 25);

    /** The type of the requests the create and transition scenarios make. */
    final String createType = text("load.create.type", "HR");

    final String notesFile = text("load.notes", "target/load-notes.properties");

    LoadSettings() {
        if (!LIST_SORT_FIELDS.contains(sortField)) {
            throw new IllegalArgumentException("load.list.sort must be one of " + LIST_SORT_FIELDS + ", not " + sortField);
        }
        if (!List.of(10, 25, 50, 100).contains(rows)) {
            throw new IllegalArgumentException("load.rows must be one the list's page sizes 10, 25, 50, 100");
        }
        if (levels.isEmpty() || levels.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("load.concurrency must list positive numbers, e.g. 1,16");
        }
    }

    int maxLevel() {
        return levels.stream().mapToInt(Integer::intValue).max().orElse(1);
    }

    /** The settings as the report shows them (no password, no token). */
    Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("seconds", String.valueOf(seconds));
        m.put("warm-up", warmup + " unmeasured actions per virtual user, then all start together");
        m.put("concurrency", levels.stream().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("scenarios", scenarios.stream().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("managers", String.join(",", managers));
        m.put("executors", String.join(",", executors));
        m.put("heads", String.join(",", heads));
        m.put("finance", String.join(",", financiers));
        m.put("list filter", "type=" + listType + " status=" + listStatus + " department=" + unitName
                + (unitId.isEmpty() ? "" : " (id " + unitId + ")"));
        m.put("list sort", sortField + (sortAscending ? " ascending" : " descending") + ", " + rows + " rows a page");
        m.put("create type", createType);
        m.put("tokens", tokens.isEmpty() ? "issued in setup by " + admin + " (admin/users.xhtml)"
                : tokens.size() + " given by -Dload.tokens");
        return m;
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    static String text(String key, String fallback) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private static int number(String key, int fallback) {
        return Integer.parseInt(text(key, String.valueOf(fallback)));
    }

    private static List<String> list(String key, String fallback) {
        return Arrays.stream(text(key, fallback).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

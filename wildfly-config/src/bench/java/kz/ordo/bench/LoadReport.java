package kz.ordo.bench;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code target/load-report.md} from the last Gatling run ({@code target/gatling/lastRun.txt} →
 * {@code js/stats.js}, the statistics of the HTML report; {@code js/stats.json} in older Gatling) and the notes the simulation left: one table per concurrency, a row per scenario
 * (the Gatling group of its action), logins and preparation apart. Prints the two headline lines first.
 *
 * <p>Arguments: the Gatling results folder, the notes file, the report file.
 */
public final class LoadReport {

    private static final Pattern GROUP = Pattern.compile("^c(\\d+) \\| (.*)$");
    private static final String DOCUMENTED = "mvn -B -pl wildfly-config -Pload verify";
    private static final String SEP = "\u0000";

    record Row(int level, String name, long total, long ko, String p50, String p95, String p99) {
        boolean scenario() {
            return Character.isDigit(name.charAt(0));
        }

        double rps(int seconds) {
            return seconds == 0 ? 0 : (double) total / seconds;
        }
    }

    private LoadReport() {
    }

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
        Path notesFile = Path.of(args.length > 1 ? args[1] : "target/load-notes.properties");
        Path out = Path.of(args.length > 2 ? args[2] : "target/load-report.md");
        Path failures = Path.of(args.length > 3 ? args[3] : "target/load-failures.log");

        Path run = results.resolve(Files.readString(results.resolve("lastRun.txt")).strip());
        Properties notes = new Properties();
        if (Files.exists(notesFile)) {
            try (Reader r = Files.newBufferedReader(notesFile, StandardCharsets.UTF_8)) {
                notes.load(r);
            }
        }
        int seconds = Integer.parseInt(notes.getProperty("setting.seconds", "0"));
        List<Row> rows = rows(stats(run));

        List<String> headlines = headlines(rows, seconds);
        String report = render(rows, notes, seconds, run, headlines) + failedChecks(failures);
        Files.writeString(out, report, StandardCharsets.UTF_8);
        headlines.forEach(System.out::println);
        System.out.println();
        System.out.println(report);
        System.out.println("[load] report written to " + out.toAbsolutePath());
    }

    /** Gatling 3.13 writes the statistics as a script ({@code var stats = {...}}, keys unquoted, numbers as text). */
    static JsonNode stats(Path run) throws IOException {
        JsonMapper json = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        Path legacy = run.resolve("js/stats.json");
        if (Files.exists(legacy)) {
            return json.readTree(legacy.toFile());
        }
        String script = Files.readString(run.resolve("js/stats.js"), StandardCharsets.UTF_8);
        int start = script.indexOf('{');
        int end = script.indexOf("\nfunction ");
        end = script.lastIndexOf('}', end < 0 ? script.length() : end);
        if (start < 0 || end < start) {
            throw new IllegalStateException("No statistics object in " + run.resolve("js/stats.js"));
        }
        return json.readTree(script.substring(start, end + 1));
    }

    /** The top-level groups of the statistics ("c16 | 01 ..."), in scenario order. */
    static List<Row> rows(JsonNode root) {
        List<Row> rows = new ArrayList<>();
        root.path("contents").forEach(node -> {
            if (!"GROUP".equals(node.path("type").asText())) {
                return;
            }
            JsonNode s = node.path("stats");
            Matcher m = GROUP.matcher(s.path("name").asText(node.path("name").asText()));
            if (!m.matches()) {
                return;
            }
            JsonNode count = s.path("numberOfRequests");
            rows.add(new Row(Integer.parseInt(m.group(1)), m.group(2), count.path("total").asLong(0),
                    count.path("ko").asLong(0), value(s, "percentiles1"), value(s, "percentiles3"), value(s, "percentiles4")));
        });
        rows.sort(Comparator.comparingInt(Row::level).thenComparing(r -> !r.scenario()).thenComparing(Row::name));
        return rows;
    }

    private static String value(JsonNode stats, String field) {
        String v = stats.path(field).path("total").asText("-");
        return v.matches("\\d+(\\.\\d+)?") ? String.valueOf(Math.round(Double.parseDouble(v))) : "-";
    }

    static List<String> headlines(List<Row> rows, int seconds) {
        List<Row> list = rows.stream().filter(r -> r.name().startsWith("01 ")).sorted(Comparator.comparingInt(Row::level)).toList();
        List<String> out = new ArrayList<>();
        if (list.isEmpty()) {
            return out;
        }
        Row low = list.get(0);
        Row high = list.get(list.size() - 1);
        out.add("headline: list c=" + low.level() + " p95_ms=" + low.p95());
        if (high != low) {
            out.add("headline: list c=" + high.level() + " rps=" + Math.round(high.rps(seconds)) + " p95_ms=" + high.p95());
        }
        return out;
    }

    private static String render(List<Row> rows, Properties notes, int seconds, Path run, List<String> headlines) {
        StringBuilder b = new StringBuilder();
        b.append("# Ordo load benchmark\n\n");
        headlines.forEach(h -> b.append("    ").append(h).append('\n'));
        b.append('\n');
        String cmd = System.getenv("MAVEN_CMD_LINE_ARGS");
        b.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z"))).append('\n');
        b.append("- Command: `").append(cmd == null || cmd.isBlank() ? DOCUMENTED : "mvn " + cmd.strip()).append("`\n");
        b.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" processors (Runtime.availableProcessors)")
                .append(cpu()).append(", ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(' ').append(System.getProperty("os.arch"))
                .append("; JVM ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append(" (").append(System.getProperty("java.vendor"))
                .append("); Gatling in its own JVM with ").append(notes.getProperty("jvm.flags", "(flags not recorded)"))
                .append(", on the same machine as WildFly and PostgreSQL\n");
        b.append("- Machine speed before the run (SHA-256 of 16 MiB in the load tool's JVM, median of 9; lower is faster; ")
                .append("compare runs by it): ").append(notes.getProperty("machine.calibration", "(not recorded)")).append('\n');
        b.append("- Gatling run: `").append(run).append("` (HTML report: index.html there)\n");
        notes.stringPropertyNames().stream().filter(k -> k.startsWith("setting.")).sorted()
                .forEach(k -> b.append("- ").append(k.substring(8)).append(": ").append(notes.getProperty(k)).append('\n'));
        b.append("\nEach row is one action of a scenario, repeated for ").append(seconds)
                .append(" s without think time by every virtual user after its login; \"requests\" counts actions, ")
                .append("throughput is actions per second (requests ÷ ").append(seconds)
                .append(" s); times are milliseconds, an action's time is the sum of its HTTP requests' (scenario 8: ")
                .append("form GET from the type menu + save ajax + card GET). An error is an action with a failed check.\n");

        TreeSet<Integer> levels = new TreeSet<>(rows.stream().map(Row::level).toList());
        levels.addAll(numbers(notes.getProperty("setting.concurrency", "")));
        List<Integer> scenarios = numbers(notes.getProperty("setting.scenarios", ""));
        for (int level : levels) {
            b.append("\n## Concurrency ").append(level).append("\n\n");
            b.append("| scenario | requests | throughput req/s | p50 ms | p95 ms | p99 ms | errors |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|\n");
            rows.stream().filter(r -> r.level() == level && r.scenario()).forEach(r -> b.append("| ").append(r.name())
                    .append(" | ").append(r.total()).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", r.rps(seconds))).append(" | ").append(r.p50())
                    .append(" | ").append(r.p95()).append(" | ").append(r.p99()).append(" | ").append(r.ko()).append(" |\n"));
            for (int no : scenarios) {
                String prefix = String.format("%02d ", no);
                if (rows.stream().noneMatch(r -> r.level() == level && r.name().startsWith(prefix))) {
                    b.append("| ").append(OrdoLoadSimulation.SCENARIOS.getOrDefault(no, prefix))
                            .append(" | 0 | - | - | - | - | not run: login or preparation failed |\n");
                }
            }
            List<String> facts = new ArrayList<>();
            for (int no : scenarios) {
                String failed = notes.getProperty("failed." + no + ".c" + level);
                if (failed != null) {
                    facts.add(String.format("%02d: %s", no, failed));
                }
            }
            String deep = notes.getProperty("deep.c" + level);
            if (deep != null) {
                facts.add("02 deep page: " + deep);
            }
            for (int no = 4; no <= 7; no++) {
                String seen = notes.getProperty("rows." + no + ".c" + level);
                if (seen != null) {
                    facts.add(String.format("%02d: %s", no, seen));
                }
            }
            if (!facts.isEmpty()) {
                b.append('\n');
                facts.forEach(f -> b.append("- ").append(f).append('\n'));
            }
        }

        b.append("\n## Logins, preparation and logout (not in the tables above)\n\n");
        b.append("| concurrency | step | requests | p50 ms | p95 ms | p99 ms | errors |\n");
        b.append("|---:|---|---:|---:|---:|---:|---:|\n");
        rows.stream().filter(r -> !r.scenario()).forEach(r -> b.append("| ").append(r.level()).append(" | ")
                .append(r.name()).append(" | ").append(r.total()).append(" | ").append(r.p50()).append(" | ")
                .append(r.p95()).append(" | ").append(r.p99()).append(" | ").append(r.ko()).append(" |\n"));
        long errors = rows.stream().mapToLong(Row::ko).sum();
        b.append("\nErrors in total: ").append(errors).append('\n');
        return b.toString();
    }

    /**
     * The failed checks by request, from the failures log: a line "Request 'name' failed for user N: message"
     * per failure, and for the first few of each check Gatling's dump ("Request:" / "name: KO message" / ... /
     * "status:" / "302 Found" / headers), from which the status and Location of a response are shown.
     */
    static String failedChecks(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        Pattern failed = Pattern.compile("^\\S+ Request '(.+)' failed for user \\d+: (.+)$");
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> examples = new HashMap<>();
        String dump = null;
        String previous = "";
        try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                Matcher m = failed.matcher(line);
                if (m.matches()) {
                    counts.computeIfAbsent(m.group(1) + SEP + m.group(2), k -> new long[1])[0]++;
                } else if (previous.equals("Request:") && line.contains(": KO ")) {
                    int at = line.indexOf(": KO ");
                    dump = line.substring(0, at) + SEP + line.substring(at + 5);
                    if (examples.containsKey(dump)) {
                        dump = null;
                    }
                } else if (dump != null && previous.equals("status:")) {
                    examples.put(dump, "HTTP " + line.strip());
                } else if (dump != null && line.strip().regionMatches(true, 0, "Location:", 0, 9)) {
                    examples.merge(dump, line.strip(), (a, b) -> a + ", " + b);
                } else if (line.startsWith("<<<<<<<<")) {
                    dump = null;
                }
                previous = line.strip();
            }
        }
        if (counts.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\n## Failed checks (").append(log.getFileName())
                .append(" has the dumps)\n\n| request | check | count | a response |\n|---|---|---:|---|\n");
        counts.forEach((k, n) -> b.append("| ").append(cell(k.substring(0, k.indexOf(SEP)))).append(" | ")
                .append(cell(k.substring(k.indexOf(SEP) + 1))).append(" | ").append(n[0]).append(" | ")
                .append(cell(examples.getOrDefault(k, ""))).append(" |\n"));
        return b.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static List<Integer> numbers(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(x -> x.matches("\\d+"))
                .map(Integer::valueOf).toList();
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> ", " + l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}

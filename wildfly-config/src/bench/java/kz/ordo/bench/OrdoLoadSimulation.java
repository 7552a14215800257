package kz.ordo.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The Ordo load benchmark (issue 7): ten scenarios, each run for {@code load.seconds} by 1 and then by 16
 * virtual users (closed model: every user logs in once through the login form, then repeats its action
 * without think time until the time is up). The stages run one after another ({@code andThen}), all
 * scenarios at the first concurrency, then all at the next.
 *
 * <p>Every measured action is a Gatling group named {@code c<N> | <nn> <scenario>}; its time is the sum of
 * the response times of its requests. Logins, the preparation of a page (opening the list, sorting it) and
 * the logout are groups of their own ({@code c<N> | login}, {@code c<N> | prep: ...}) that the report lists
 * apart. {@link LoadReport} turns Gatling's {@code stats.json} into {@code target/load-report.md}.
 */
public class OrdoLoadSimulation extends Simulation {

    static final Map<Integer, String> SCENARIOS = new LinkedHashMap<>();

    static {
        SCENARIOS.put(1, "01 request list: type + status + department, page 1, sorted (ajax filter)");
        SCENARIOS.put(2, "02 request list: same filter, deep page (ajax paging)");
        SCENARIOS.put(3, "03 request card (requests/view.xhtml)");
        SCENARIOS.put(4, "04 my tasks (tasks/my.xhtml, executor)");
        SCENARIOS.put(5, "05 kanban board (tasks/board.xhtml, head)");
        SCENARIOS.put(6, "06 invoice registry (finance/invoices.xhtml, finance)");
        SCENARIOS.put(7, "07 budget plan/fact (budgets/lines.xhtml, finance)");
        SCENARIOS.put(8, "08 create request via page (form from the type menu + save + card)");
        SCENARIOS.put(9, "09 create request via REST (POST /api/v1/requests)");
        SCENARIOS.put(10, "10 transition ACCEPT via REST (NEW to IN_PROGRESS)");
    }

    /** Facts found while running (effective deep page, rows seen on each page), written for the report. */
    static final Map<String, String> NOTES = new ConcurrentHashMap<>();

    private static final String LIST = "requests/list.xhtml";
    private static final String VIEW_STATE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String PARTIAL_VIEW_STATE = "jakarta\\.faces\\.ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>";
    private static final String NUMBER = "[A-Z]+-\\d{4}-\\d{6}";

    /** Values for the type-specific fields (TypeFields), enough for every type's required fields. */
    private static final Map<String, String> FIELD_VALUES = new LinkedHashMap<>();
    private static final Map<String, List<String>> REQUIRED_FIELDS = Map.of(
            "PAYMENT", List.of("supplier", "paymentDue", "basis"),
            "PURCHASE", List.of("item", "quantity", "deliveryPlace", "forWhom", "urgency"),
            "CONTRACT", List.of("counterparty", "subject"),
            "MARKETING", List.of("marketingKind", "launchDate"),
            "IT", List.of("itKind", "system"),
            "HR", List.of("hrKind", "employee"),
            "REPAIR", List.of("equipmentModel", "serialNumber", "symptoms", "location", "serviceMode"),
            "INSTALLATION", List.of("objectType", "area", "goals", "desiredDate"));

    static {
        String inTwoWeeks = LocalDate.now().plusDays(14).toString();
        FIELD_VALUES.put("supplier", "ТОО «Нагрузка»");
        FIELD_VALUES.put("paymentDue", inTwoWeeks);
        FIELD_VALUES.put("basis", "Договор № 1");
        FIELD_VALUES.put("item", "Бумага A4");
        FIELD_VALUES.put("quantity", "10");
        FIELD_VALUES.put("deliveryPlace", "Склад");
        FIELD_VALUES.put("forWhom", "Офис");
        FIELD_VALUES.put("urgency", "PLANNED");
        FIELD_VALUES.put("counterparty", "ТОО «Нагрузка»");
        FIELD_VALUES.put("subject", "Поставка бумаги");
        FIELD_VALUES.put("marketingKind", "DESIGN");
        FIELD_VALUES.put("launchDate", inTwoWeeks);
        FIELD_VALUES.put("itKind", "ACCESS");
        FIELD_VALUES.put("system", "1С");
        FIELD_VALUES.put("hrKind", "CERTIFICATE");
        FIELD_VALUES.put("employee", "Иван Петров");
        FIELD_VALUES.put("equipmentModel", "Daikin FTXB");
        FIELD_VALUES.put("serialNumber", "SN-1");
        FIELD_VALUES.put("symptoms", "Не включается");
        FIELD_VALUES.put("location", "Переговорная");
        FIELD_VALUES.put("serviceMode", "CARRY_IN");
        FIELD_VALUES.put("visitConfirmed", "false");
        FIELD_VALUES.put("objectType", "OFFICE");
        FIELD_VALUES.put("area", "50");
        FIELD_VALUES.put("goals", "Видеонаблюдение");
        FIELD_VALUES.put("desiredDate", inTwoWeeks);
    }

    private final LoadSettings settings = new LoadSettings();
    private final String runKey = "L" + Long.toString(System.currentTimeMillis() % 10_000_000L, 36);
    private volatile OrdoSetup.Prepared prepared;

    public OrdoLoadSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(settings.url)
                .disableFollowRedirect()
                .disableWarmUp()
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("ru-RU,ru;q=0.9,en;q=0.5")
                .userAgentHeader("Ordo load benchmark (Gatling)");
        List<PopulationBuilder> stages = new ArrayList<>();
        for (int level : settings.levels) {
            for (int no : settings.scenarios) {
                stages.add(stage(no, level));
            }
        }
        PopulationBuilder chain = stages.get(stages.size() - 1);
        for (int i = stages.size() - 2; i >= 0; i--) {
            chain = stages.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol)
                .maxDuration(Duration.ofSeconds((settings.seconds + 300L) * stages.size()));
    }

    @Override
    public void before() {
        List<String> tokenLogins = new ArrayList<>();
        boolean rest = settings.scenarios.contains(9) || settings.scenarios.contains(10);
        if (rest && settings.tokens.isEmpty()) {
            for (int i = 0; i < Math.min(settings.maxLevel(), settings.managers.size()); i++) {
                tokenLogins.add(settings.managers.get(i));
            }
        }
        prepared = new OrdoSetup(settings).prepare(tokenLogins);
        System.out.println("[load] department " + prepared.unitName() + " = " + prepared.unitId() + "; "
                + (rest ? (settings.tokens.isEmpty() ? prepared.tokens().size() + " REST token(s) issued for "
                + prepared.tokens().keySet() : settings.tokens.size() + " REST token(s) given") : "no REST scenario"));
        settings.describe().forEach((k, v) -> NOTES.put("setting." + k, v));
        NOTES.put("setting.department id", prepared.unitId());
        // the load tool's JVM flags as it runs (set in the load profile's jvmArgs): the report names what ran
        NOTES.put("jvm.flags", String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-X")).toList()));
        NOTES.put("run.key", runKey);
        NOTES.put("machine.calibration", calibration());
    }

    /**
     * How fast this machine is right now, for comparing runs of different hours (the cores are shared, their speed
     * moves by a fifth within minutes): the median of 9 timings of one fixed piece of work — SHA-256 over 16 MiB in
     * this JVM — taken before the first login, when only the server's own background work competes.
     */
    private static String calibration() {
        byte[] data = new byte[16 << 20];
        new java.util.Random(7).nextBytes(data);
        long[] ms = new long[9];
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.digest(data); // the first pass compiles the loop
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                sha.digest(data);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2] + " ms (range " + ms[0] + "–" + ms[ms.length - 1] + ")";
    }

    @Override
    public void after() {
        Properties p = new Properties();
        p.putAll(new TreeMap<>(NOTES));
        Path file = Path.of(settings.notesFile);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "Ordo load benchmark: settings and facts seen while running");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the stages

    /**
     * One stage: {@code level} users log in (or take a REST token) and prepare, warm up with a few unmeasured
     * actions, wait for each other, and then all repeat the measured action for {@code load.seconds} from the
     * same moment, so the logins (PBKDF2, about 0.3 s of CPU each) do not overlap the measured time.
     */
    private PopulationBuilder stage(int no, int level) {
        String tag = "c" + level + " | ";
        String prep = tag + String.format("prep: %02d", no);
        AtomicInteger users = new AtomicInteger();
        AtomicInteger ready = new AtomicInteger();
        Plan plan = switch (no) {
            case 1 -> new Plan(as(settings.managers, users),
                    group(prep + " list").on(openList(), sortList(), at(LIST)),
                    g -> group(g).on(applyFilter()));
            case 2 -> new Plan(as(settings.managers, users),
                    group(prep + " deep page").on(openList(), sortList(), applyFilter(), deepPageOf(level), at(LIST)),
                    g -> group(g).on(deepPage()));
            case 3 -> new Plan(as(settings.managers, users),
                    group(prep + " card ids").on(openList().check(regex(
                            "href=\"[^\"]*/requests/view\\.xhtml\\?id=(\\d+)\">(" + NUMBER + ")</a>")
                            .captureGroups(2).findAll().saveAs("cards"))),
                    g -> exec(exec(nextCard()), group(g).on(card()), at("requests/view.xhtml?id=", "cardId")));
            case 4 -> page(prep, no, level, settings.executors, users, "tasks/my.xhtml",
                    "<tbody id=\"mine:table_data\"", "<tr data-ri=\"");
            case 5 -> page(prep, no, level, settings.heads, users, "tasks/board.xhtml",
                    "id=\"board:cols:0:column\"", "id=\"board:cols:\\d+:cards:\\d+:card\"");
            case 6 -> page(prep, no, level, settings.financiers, users, "finance/invoices.xhtml",
                    "<tbody id=\"inv:table_data\"", "<tr data-ri=\"");
            case 7 -> page(prep, no, level, settings.financiers, users, "budgets/lines.xhtml",
                    "<tbody id=\"bud:lines_data\"", "<tr data-ri=\"");
            case 8 -> new Plan(as(settings.managers, users), exec(session -> session),
                    g -> exec(exec(newKey(level)), group(g).on(exitBlockOnFail().on(createThroughPage()))));
            case 9 -> new Plan(withToken(users), null,
                    g -> exec(exec(newKey(level)), group(g).on(createThroughRest())));
            case 10 -> new Plan(withToken(users), null,
                    g -> exec(exec(newKey(level)), exec(session -> session.remove("newId")),
                            group(prep + " create to accept").on(createThroughRest()),
                            doIf(session -> session.contains("newId")).then(group(g).on(accept()))));
            default -> throw new IllegalArgumentException("No scenario " + no + " (1-10)");
        };
        boolean browser = plan.prepare() != null;
        ChainBuilder start = browser ? exec(plan.who(), login(tag), doIf(OrdoLoadSimulation::alive).then(plan.prepare()))
                : exec(plan.who());
        start = start.doIf(session -> session.isFailed()).then(exec(session -> {
            NOTES.put("failed." + no + ".c" + level, "login or preparation failed for " + session.getString("login")
                    + (no <= 2 ? " (does the list filter match requests this manager can see? -Dload.list.type,"
                    + " -Dload.list.status, -Dload.unit / -Dload.unitId)" : "") + "; see the failed checks");
            return session;
        }));
        ChainBuilder body = start
                .doIf(OrdoLoadSimulation::alive).then(repeat(settings.warmup).on(plan.action().apply(prep + " warm-up")),
                        exec(Session::markAsSucceeded))
                .exec(session -> {
                    ready.incrementAndGet();
                    return session;
                })
                .exitHereIfFailed()
                .exec(session -> session.set("waitFrom", System.currentTimeMillis()))
                .asLongAs(session -> ready.get() < level && System.currentTimeMillis() - session.getLong("waitFrom") < 300_000)
                .on(pause(Duration.ofMillis(20)))
                .during(Duration.ofSeconds(settings.seconds), false).on(plan.action().apply(tag + SCENARIOS.get(no)));
        if (browser) {
            body = body.exec(logout(tag));
        }
        return scenario(tag + SCENARIOS.get(no)).exec(body).injectOpen(atOnceUsers(level));
    }

    /** Who the virtual user is, what it does once before measuring (null: no browser session), the action. */
    private record Plan(ChainBuilder who, ChainBuilder prepare, Function<String, ChainBuilder> action) {
    }

    private static boolean alive(Session session) {
        return !session.isFailed();
    }

    /**
     * A read-only page: opened once to see whether it has rows (if it has, every later response must have them
     * too), then loaded again and again. A page that fails to open is still loaded, so its errors are counted.
     */
    private Plan page(String prep, int no, int level, List<String> logins, AtomicInteger users, String path,
                      String marker, String rowMarker) {
        ChainBuilder open = exec(session -> session.set("rowsSeen", 0))
                .exec(group(prep + " rows?").on(http("open " + path).get(path).check(status().is(200), substring(marker),
                        regex(rowMarker).count().saveAs("rowsSeen"))))
                .exec(session -> {
                    NOTES.put("rows." + no + ".c" + level, session.isFailed()
                            ? "the page did not open for " + session.getString("login") + " (see the errors)"
                            : session.getInt("rowsSeen") > 0
                            ? session.getInt("rowsSeen") + " rows/cards on the page (checked in every response)"
                            : "no rows on the page for " + session.getString("login")
                            + " (the check proves the table rendered, not that it has rows)");
                    // a page that did not render has no logout form: leave "page" unset, the logout is skipped
                    return session.isFailed() ? session.markAsSucceeded() : session.set("page", path);
                });
        return new Plan(as(logins, users), open, g -> group(g).on(http("GET " + path).get(path)
                .check(status().is(200), substring(marker), regex(VIEW_STATE).saveAs("vs"))
                .checkIf(session -> session.getInt("rowsSeen") > 0).then(regex(rowMarker).exists())));
    }

    // ---------------------------------------------------------------- login, logout

    /** The n-th virtual user of a stage takes the n-th login of the list (round robin). */
    private static ChainBuilder as(List<String> logins, AtomicInteger users) {
        return exec(session -> session.set("login", logins.get(users.getAndIncrement() % logins.size())));
    }

    private ChainBuilder login(String tag) {
        return group(tag + "login").on(
                http("login page").get("login.xhtml").check(status().is(200), regex(VIEW_STATE).saveAs("vs")),
                http("login submit").post("login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{login}")
                        .formParam("login:password", settings.password)
                        .formParam("login:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{vs}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("login.xhtml")).is(false)));
    }

    /** Remembers which page the saved view state belongs to: the logout is posted there. */
    private static ChainBuilder at(String path) {
        return exec(session -> session.set("page", path));
    }

    private static ChainBuilder at(String path, String idAttribute) {
        return exec(session -> session.set("page", path + session.getString(idAttribute)));
    }

    /** The "Log out" menu item of the layout (a plain POST of the shell form), so sessions do not pile up. */
    private static ChainBuilder logout(String tag) {
        return doIf(session -> session.contains("page") && session.contains("vs")).then(group(tag + "logout").on(
                http("logout").post("#{page}").formParam("shell", "shell").formParam("shell:logout", "shell:logout")
                        .formParam("jakarta.faces.ViewState", "#{vs}")
                        .check(status().is(302), header("Location").transform(l -> l.contains("login.xhtml")).is(true))));
    }

    private ChainBuilder withToken(AtomicInteger users) {
        return exec(session -> {
            int n = users.getAndIncrement();
            if (!settings.tokens.isEmpty()) {
                return session.set("token", settings.tokens.get(n % settings.tokens.size()));
            }
            String login = settings.managers.get(n % settings.managers.size());
            return session.set("login", login).set("token", prepared.tokens().get(login));
        });
    }

    // ---------------------------------------------------------------- the request list

    private HttpRequestActionBuilder openList() {
        int sortIndex = LoadSettings.LIST_SORT_FIELDS.indexOf(settings.sortField);
        return http("open " + LIST).get(LIST).check(status().is(200), regex(VIEW_STATE).saveAs("vs"),
                regex("<th id=\"(requests:table:[^\"]+)\" class=\"[^\"]*ui-sortable-column").findAll()
                        .transform(ids -> ids.get(sortIndex)).saveAs("sortKey"),
                substring("<tbody id=\"requests:table_data\""));
    }

    /** A PrimeFaces ajax request as the browser sends it: partial/ajax, source, execute, render, view state. */
    private static HttpRequestActionBuilder ajax(String name, String path, String source, String execute, String render) {
        return http(name).post(path)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam("jakarta.faces.ViewState", "#{vs}")
                .check(status().is(200), substring("<partial-response"), regex(PARTIAL_VIEW_STATE).optional().saveAs("vs"));
    }

    /** A click on a column header: the table remembers the order for the filter and paging requests after it. */
    private HttpRequestActionBuilder sortList() {
        return ajax("list: sort by " + settings.sortField, LIST, "requests:table", "requests:table", "requests:table")
                .formParam("requests", "requests")
                .formParam("requests:table_sorting", "true")
                .formParam("requests:table_skipChildren", "true")
                .formParam("requests:table_encodeFeature", "true")
                .formParam("requests:table_sortKey", "#{sortKey}")
                .formParam("requests:table_sortDir", settings.sortAscending ? "1" : "-1")
                .check(substring("<update id=\"requests:table\">"));
    }

    /** The filter form's "Apply" button (process @form, update the table): count and first page in SQL. */
    private HttpRequestActionBuilder applyFilter() {
        return ajax("list: apply filter", LIST, "requests:apply", "requests", "requests:table")
                .formParam("requests", "requests")
                .formParam("requests:apply", "requests:apply")
                .formParam("requests:saved_input", "")
                .formParam("requests:filterName", "")
                .formParam("requests:text", "")
                .formParam("requests:type_input", settings.listType)
                .formParam("requests:status_input", settings.listStatus)
                .formParam("requests:priority_input", "")
                .formParam("requests:city_input", "")
                .formParam("requests:branch_input", "")
                .formParam("requests:unit_input", session -> prepared.unitId())
                .formParam("requests:project_input", "")
                .formParam("requests:assignee_input", "")
                .formParam("requests:assignee_hinput", "")
                .formParam("requests:author_input", "")
                .formParam("requests:author_hinput", "")
                .formParam("requests:from_input", "")
                .formParam("requests:to_input", "")
                .formParam("requests:table_rppDD", String.valueOf(settings.rows))
                .check(substring("<update id=\"requests:table\">"), substring("<tr data-ri=\"0\""),
                        regex("<th id=\"#{sortKey}\" class=\"[^\"]*ui-state-active"),
                        regex("ui-paginator-current\">[^<]*/\\s*([^<]+)<").saveAs("total"));
    }

    /** The deep page asked for, or the last full page when fewer rows match (noted for the report). */
    private ChainBuilder deepPageOf(int level) {
        return exec(session -> {
            String total = session.getString("total");
            long n = Long.parseLong(total.replaceAll("\\D", ""));
            int rows = settings.rows;
            long wanted = (settings.deepFirst / rows) * (long) rows;
            long last = Math.max(0, ((n - 1) / rows) * rows);
            long first = Math.min(wanted, last);
            NOTES.put("deep.c" + level, "the page from row " + (first + 1) + " (" + rows + " rows a page), "
                    + total.strip() + " rows match the filter" + (first < wanted ? "; asked for row " + (wanted + 1)
                    + ", so this is the last page" : ""));
            return session.set("deepFirst", first);
        });
    }

    /** The paginator's request for a page (PrimeFaces: _pagination, _first, _rows, only the rows come back). */
    private HttpRequestActionBuilder deepPage() {
        return ajax("list: page at row #{deepFirst}", LIST, "requests:table", "requests:table", "requests:table")
                .formParam("requests", "requests")
                .formParam("requests:table_pagination", "true")
                .formParam("requests:table_first", "#{deepFirst}")
                .formParam("requests:table_rows", String.valueOf(settings.rows))
                .formParam("requests:table_skipChildren", "true")
                .formParam("requests:table_encodeFeature", "true")
                .check(substring("<update id=\"requests:table\">"), substring("<tr data-ri=\"#{deepFirst}\""));
    }

    // ---------------------------------------------------------------- the card

    private static Function<Session, Session> nextCard() {
        return session -> {
            List<List<String>> cards = session.getList("cards");
            int i = session.contains("cardIndex") ? session.getInt("cardIndex") : 0;
            List<String> card = cards.get(i % cards.size());
            return session.set("cardIndex", i + 1).set("cardId", card.get(0)).set("cardNo", card.get(1));
        };
    }

    private static HttpRequestActionBuilder card() {
        return http("GET requests/view.xhtml").get("requests/view.xhtml?id=#{cardId}")
                .check(status().is(200), substring("id=\"card:number\">#{cardNo}<"), regex(VIEW_STATE).saveAs("vs"));
    }

    // ---------------------------------------------------------------- creating requests

    /** A unique key per action, put into the title, so the check finds exactly the request just made. */
    private Function<Session, Session> newKey(int level) {
        return session -> {
            int n = session.contains("n") ? session.getInt("n") + 1 : 1;
            return session.set("n", n).set("key", runKey + "-c" + level + "-u" + session.userId() + "-" + n);
        };
    }

    /**
     * What a person does to create a request: choose "New request" → the type in the menu, which opens
     * requests/edit.xhtml?type=… with that type's fields; fill everything in and press "Save" (ajax; the answer is
     * a redirect to the new card), then open the card, which shows the new number in the "created" message.
     */
    private ChainBuilder createThroughPage() {
        String edit = "requests/edit.xhtml"; // the form posts to its own page, without the query
        String menuLink = edit + "?type=" + settings.createType;
        return exec(
                http("open " + menuLink).get(menuLink).check(status().is(200), regex(VIEW_STATE).saveAs("vs"),
                        substring("id=\"requestForm:type_input\""),
                        // from the literal name=" on (a pattern with a literal start is searched by skipping, not
                        // tried at every character of the page: 0.10 instead of 0.50 ms per form, a third of the
                        // load tool's CPU in this scenario); the name comes before the data-field in every input
                        regex("name=\"([^\"]+)\"[^>]*? data-field=\"([^\"]+)\"")
                                .captureGroups(2).findAll().saveAs("typeFields")),
                at(edit),
                ajax("form: save", edit, "requestForm:save", "requestForm", "requestForm")
                        .formParam("requestForm:save", "requestForm:save")
                        .formParamMap(this::filledForm)
                        .check(regex("<redirect url=\"[^\"]*/requests/view\\.xhtml\\?id=(\\d+)\"").saveAs("newId")),
                http("card of the new request").get("requests/view.xhtml?id=#{newId}")
                        .check(status().is(200), regex("id=\"card:number\">(" + NUMBER + ")<").exists(),
                                substring("#{key}"),
                                regex("ui-messages-info-summary\">[^<]*" + NUMBER).exists(),
                                regex(VIEW_STATE).saveAs("vs")),
                at("requests/view.xhtml?id=", "newId"));
    }

    /** The filled-in request form as the browser serialises it; the type's fields are those the form showed. */
    private Map<String, Object> filledForm(Session session) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("requestForm", "requestForm");
        f.put("requestForm:type_input", settings.createType);
        f.put("requestForm:title", title("форма", session));
        f.put("requestForm:description", "Создано нагрузочным тестом Gatling");
        // the department is an autocomplete: the text typed and the chosen item's value
        f.put("requestForm:unit_input", "Отдел");
        f.put("requestForm:unit_hinput", prepared.unitId());
        f.put("requestForm:priority_input", "MEDIUM");
        f.put("requestForm:deadline_input", "");
        f.put("requestForm:project_input", "");
        f.put("requestForm:project_hinput", "");
        boolean payment = "PAYMENT".equals(settings.createType);
        f.put("requestForm:amount_input", payment ? "10 000,00" : "");
        f.put("requestForm:amount_hinput", payment ? "10000.00" : "");
        f.put("requestForm:currency_input", "KZT");
        List<List<String>> fields = session.getList("typeFields");
        for (List<String> nameAndKey : fields) {
            f.put(nameAndKey.get(0), FIELD_VALUES.getOrDefault(nameAndKey.get(1), ""));
        }
        return f;
    }

    private HttpRequestActionBuilder createThroughRest() {
        return http("POST /api/v1/requests").post("api/v1/requests")
                .header("Authorization", "Bearer #{token}")
                .asJson()
                .body(StringBody(this::restBody))
                .check(status().is(201), jsonPath("$.number").ofString().transform(n -> n.matches(NUMBER)).is(true),
                        jsonPath("$.title").is(session -> title("REST", session)),
                        jsonPath("$.id").ofLong().saveAs("newId"), jsonPath("$.version").ofLong().saveAs("version"));
    }

    private String restBody(Session session) {
        StringBuilder fields = new StringBuilder();
        for (String key : REQUIRED_FIELDS.getOrDefault(settings.createType, List.of())) {
            fields.append(fields.length() == 0 ? "" : ",").append(json(key)).append(':').append(json(FIELD_VALUES.get(key)));
        }
        boolean payment = "PAYMENT".equals(settings.createType);
        return "{\"type\":" + json(settings.createType) + ",\"title\":" + json(title("REST", session))
                + ",\"description\":\"Создано нагрузочным тестом Gatling\",\"unitId\":" + prepared.unitId()
                + ",\"priority\":\"MEDIUM\"" + (payment ? ",\"amount\":\"10000.00\",\"currency\":\"KZT\"" : "")
                + ",\"fields\":{" + fields + "}}";
    }

    /** "Accept into work" by the manager who created it (allowed: nobody is assigned, priority not urgent). */
    private static HttpRequestActionBuilder accept() {
        return http("POST /api/v1/requests/{id}/transitions ACCEPT").post("api/v1/requests/#{newId}/transitions")
                .header("Authorization", "Bearer #{token}")
                .asJson()
                .body(StringBody("{\"action\":\"ACCEPT\",\"version\":#{version}}"))
                .check(status().is(200), jsonPath("$.status").is("IN_PROGRESS"), jsonPath("$.assignee").notNull());
    }

    private static String title(String how, Session session) {
        return "Нагрузочный тест (" + how + ") " + session.getString("key");
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

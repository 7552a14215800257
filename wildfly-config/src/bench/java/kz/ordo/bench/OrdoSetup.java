package kz.ordo.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the scenarios need before they start, fetched once with a plain HTTP client (not measured): the id of
 * the department the list is filtered by and the requests are created in, and a REST token per manager login.
 * Ordo issues API tokens only on the users page (an administrator's "Issue API token" button, shown once), so
 * this drives that page as the administrator: filter by login, open the user, press the button, read the
 * message. Pass {@code -Dload.tokens=...} to use tokens issued beforehand instead.
 */
final class OrdoSetup {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern UNIT_SELECT = Pattern.compile("<select id=\"requests:unit_input\".*?</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]*)</option>");

    record Prepared(String unitId, String unitName, Map<String, String> tokens) {
    }

    private final LoadSettings settings;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    OrdoSetup(LoadSettings settings) {
        this.settings = settings;
    }

    Prepared prepare(List<String> tokenLogins) {
        try {
            login(settings.admin, settings.adminPassword);
            Map<String, String> units = departments();
            String unitId = settings.unitId;
            if (unitId.isEmpty()) {
                List<String> named = units.entrySet().stream().filter(e -> e.getValue().equals(settings.unitName))
                        .map(Map.Entry::getKey).toList();
                if (named.isEmpty()) {
                    throw new IllegalStateException("No department named '" + settings.unitName + "' in the filter of"
                            + " requests/list.xhtml; pass -Dload.unit=NAME or -Dload.unitId=ID (id=name): " + units);
                }
                unitId = named.get(0);
                if (named.size() > 1) {
                    System.out.println("[load] " + named.size() + " departments are named '" + settings.unitName
                            + "'; using the first in the list, id " + unitId + " (choose one with -Dload.unitId)");
                }
            } else if (!units.containsKey(unitId)) {
                throw new IllegalStateException("No department with id " + unitId + " in the filter of requests/list.xhtml");
            }
            Map<String, String> tokens = new LinkedHashMap<>();
            for (String login : tokenLogins) {
                if (!tokens.containsKey(login)) {
                    tokens.put(login, issueToken(login));
                }
            }
            return new Prepared(unitId, units.get(unitId), tokens);
        } catch (IOException e) {
            throw new IllegalStateException("Setup against " + settings.url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Setup interrupted", e);
        }
    }

    private void login(String login, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = get("login.xhtml");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + settings.url + "login.xhtml answered " + page.statusCode()
                    + ": is Ordo running?");
        }
        HttpResponse<String> done = post("login.xhtml", Map.of("login", "login", "login:username", login,
                "login:password", password, "login:submit", "", "jakarta.faces.ViewState", viewState(page.body())), false);
        String location = done.headers().firstValue("Location").orElse("");
        if (done.statusCode() != 302 || location.contains("login.xhtml")) {
            throw new IllegalStateException("Login of " + login + " failed (HTTP " + done.statusCode() + ")");
        }
    }

    /** Id to name of the departments offered by the request list's filter, in its order (names may repeat). */
    private Map<String, String> departments() throws IOException, InterruptedException {
        HttpResponse<String> list = get("requests/list.xhtml");
        Matcher select = UNIT_SELECT.matcher(list.body());
        if (list.statusCode() != 200 || !select.find()) {
            throw new IllegalStateException("requests/list.xhtml answered " + list.statusCode() + " without the department filter");
        }
        Map<String, String> units = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(select.group());
        while (option.find()) {
            units.put(option.group(1), unescape(option.group(2)));
        }
        return units;
    }

    /** Presses "Issue API token" for {@code login} on admin/users.xhtml and reads the token from the message. */
    private String issueToken(String login) throws IOException, InterruptedException {
        String path = "admin/users.xhtml";
        HttpResponse<String> page = get(path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode() + " for " + settings.admin
                    + " (an administrator is needed to issue REST tokens; or pass -Dload.tokens)");
        }
        String vs = viewState(page.body());
        String found = ajax(path, vs, "users:apply", "users", "users:table", Map.of("users", "users",
                "users:text", login, "users:role_input", "", "users:status_input", ""));
        Matcher row = Pattern.compile("<td role=\"gridcell\">" + Pattern.quote(login)
                + "</td>.*?<button id=\"(users:table:\\d+:[^\"]+)\"", Pattern.DOTALL).matcher(found);
        if (!row.find()) {
            throw new IllegalStateException("User " + login + " not found on " + path);
        }
        String edit = row.group(1);
        String dialog = ajax(path, vs, edit, edit, "userForm", Map.of("users", "users", "users:text", login));
        if (!dialog.contains("userForm:issueToken")) {
            throw new IllegalStateException("The user dialog of " + login + " has no 'Issue API token' button");
        }
        String issued = ajax(path, vs, "userForm:issueToken", "userForm:issueToken", "userForm",
                Map.of("userForm", "userForm"));
        Matcher token = Pattern.compile("ui-messages-info-summary\">[^<]*" + Pattern.quote(login)
                + "[^<]*:\\s*([A-Za-z0-9_-]{20,})\\s*<").matcher(issued);
        if (!token.find()) {
            throw new IllegalStateException("No token in the answer to 'Issue API token' for " + login);
        }
        return token.group(1);
    }

    private String ajax(String path, String viewState, String source, String execute, String render,
                        Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", source);
        form.put("jakarta.faces.partial.execute", execute);
        form.put("jakarta.faces.partial.render", render);
        form.put(source, source);
        form.put("jakarta.faces.ViewState", viewState);
        HttpResponse<String> r = post(path, form, true);
        if (r.statusCode() != 200 || !r.body().contains("<partial-response") || r.body().contains("<redirect")) {
            throw new IllegalStateException(path + " (" + source + ") answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(settings.url + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> form, boolean ajax)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.url + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            b.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No jakarta.faces.ViewState in the page");
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}

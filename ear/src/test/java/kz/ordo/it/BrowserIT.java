package kz.ordo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kz.ordo.requests.entity.RequestType;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real pages in headless Chromium (Debian's chromium + chromium-driver) against the deployed EAR, as the
 * demo users of the test server.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final String PASSWORD = "Ordo-Demo-2026";
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static Path downloads;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ordo();
    }

    /** A failed test leaves a screenshot and the page source in target/browser-failures for whoever reads the run. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher failures = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
                String name = context.getRequiredTestMethod().getName();
                Files.write(dir.resolve(name + ".png"),
                        ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            } catch (Exception e) {
                cause.addSuppressed(e);
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws Exception {
        downloads = Files.createTempDirectory("ordo-downloads");
        driver = newBrowser();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static WebDriver newBrowser() throws Exception {
        Path profile = Files.createTempDirectory("ordo-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(System.getProperty("ordo.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=ru", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("ordo.it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void freshSession() {
        driver.get(TestInfra.baseUrl() + "login.xhtml");
        driver.manage().deleteAllCookies();
    }

    private static String text(String locale, String key) {
        return ResourceBundle.getBundle("kz.ordo.i18n.messages", Locale.forLanguageTag(locale)).getString(key);
    }

    private static void logIn(String login, String password) {
        driver.get(TestInfra.baseUrl() + "login.xhtml");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        user.clear();
        user.sendKeys(login);
        driver.findElement(By.cssSelector("input[id^='login:password']")).sendKeys(password);
        // a full-page POST: wait for its answer (a new document, without this mark), or the next driver.get may race
        // with it (a late answer replacing the freshly loaded form after it was typed into, then an empty form sent)
        ((JavascriptExecutor) driver).executeScript("window.ordoLoginSent = true");
        driver.findElement(By.id("login:submit")).click();
        wait.until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.ordoLoginSent === undefined && document.readyState === 'complete'"));
            } catch (org.openqa.selenium.WebDriverException navigating) {
                return false;
            }
        });
    }

    /** The page heading once it reads {@code expected} (the page reloads after a click). */
    private static String heading(String expected) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String h = d.findElement(By.tagName("h1")).getText();
            return h.equals(expected) ? h : null;
        });
    }

    private static void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("userMenuButton"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='logout']"))).click();
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    private static String loginError() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error-summary"))).getText();
    }

    private static void pick(String menuId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.getWidgetById(arguments[0]); var before = w.getSelectedValue(); w.selectValue(arguments[1]);"
                        + " if (before !== arguments[1]) { w.input.trigger('change'); }", menuId, value);
    }

    /** Fills a type-specific field of the request form (found by its data-field), after the type's ajax update. */
    static void field(String key, String value) {
        WebElement el = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='" + key + "']")));
        if (el.getTagName().equals("select")) {
            new org.openqa.selenium.support.ui.Select(el).selectByValue(value);
        } else if ("date".equals(el.getAttribute("type")) || "datetime-local".equals(el.getAttribute("type"))) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", el, value);
        } else {
            el.clear();
            el.sendKeys(value);
        }
    }

    @Test
    void a_manager_creates_a_request_through_the_page_and_finds_it_in_the_list() {
        driver.get(TestInfra.baseUrl() + "login.xhtml");
        String before = driver.manage().getCookieNamed("JSESSIONID") == null ? null
                : driver.manage().getCookieNamed("JSESSIONID").getValue();
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        Cookie after = driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(after != null && after.isHttpOnly(), "session cookie is HttpOnly");
        assertNotEquals(before, after.getValue(), "a new session id after login");

        // "New request" on the list is a menu of the types; the form opens with IT's fields
        driver.findElement(By.id("requests:create_button")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':create-IT']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestForm:title")));
        field("itKind", "ACCESS");
        field("system", "1С:Бухгалтерия");
        // the department is searched by a word of its name or its branch's
        choose("requestForm:unit", "IT", "IT-отдел · Алматы, центральный офис");
        String title = "Ноутбук для нового бухгалтера " + System.nanoTime();
        driver.findElement(By.id("requestForm:title")).sendKeys(title);
        driver.findElement(By.id("requestForm:description")).sendKeys("Нужен до конца месяца <b>срочно</b>");
        driver.findElement(By.id("requestForm:save")).click();

        wait.until(ExpectedConditions.urlContains("/requests/view.xhtml"));
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:number"))).getText();
        assertTrue(number.matches("IT-\\d{4}-\\d{6}"), number);
        assertEquals(title, driver.findElement(By.id("card:title")).getText());
        assertEquals("Нужен до конца месяца <b>срочно</b>", driver.findElement(By.id("card:tabs:description")).getText(),
                "user text is shown as text, never as markup");
        assertEquals(text("ru", "request.NEW"), driver.findElement(By.id("card:status")).getText());

        driver.get(TestInfra.baseUrl() + "requests/list.xhtml");
        WebElement filter = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requests:text")));
        filter.sendKeys(number);
        driver.findElement(By.id("requests:apply")).click();
        // the table is re-rendered by ajax: read it until it shows the one matching row
        String table = wait.ignoring(StaleElementReferenceException.class).until(d -> {
            String t = d.findElement(By.id("requests:table")).getText();
            return t.contains(number) && t.contains("1–1 / 1") ? t : null;
        });
        assertTrue(table.contains(title), table);
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        logIn("manager", "not-the-password");
        assertEquals(text("ru", "login.error.invalid"), loginError());
        assertTrue(driver.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void repeated_failures_lock_the_account_with_a_clear_message() {
        for (int i = 0; i < 5; i++) {
            logIn("lawyer", "wrong-" + i);
        }
        String prefix = text("ru", "login.error.locked").substring(0, 30);
        // the fifth answer replaces the fourth's message: wait for it rather than read the page too early
        String locked = wait.ignoring(StaleElementReferenceException.class).until(d -> loginError().startsWith(prefix) ? loginError() : null);
        assertTrue(locked.startsWith(prefix), locked);
        logIn("lawyer", PASSWORD);
        String again = wait.ignoring(StaleElementReferenceException.class).until(d -> loginError().startsWith(prefix) ? loginError() : null);
        assertTrue(again.startsWith(prefix), "the right password is refused during the lock");
    }

    @Test
    void the_language_switch_shows_the_pages_in_kazakh_and_english() {
        driver.get(TestInfra.baseUrl() + "login.xhtml");
        assertEquals(text("ru", "login.title"), driver.findElement(By.tagName("h1")).getText());
        driver.findElement(By.id("shell:lang-kk")).click();
        assertEquals(text("kk", "login.title"), heading(text("kk", "login.title")));
        assertNotEquals(text("ru", "login.title"), text("kk", "login.title"));
        assertEquals("kk", driver.findElement(By.tagName("html")).getAttribute("lang"));
        driver.findElement(By.id("shell:lang-en")).click();
        assertEquals("Log in to Ordo", heading("Log in to Ordo"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));

        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        assertEquals("Requests", driver.findElement(By.tagName("h1")).getText(), "the choice survives login");
    }

    @Test
    void logout_ends_the_session_and_errors_show_no_internals() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(TestInfra.baseUrl() + "requests/view.xhtml?id=987654321");
        String page = driver.getPageSource();
        assertTrue(page.contains(text("ru", "error.404")), "unknown or foreign id answers 404");
        assertFalse(page.contains("Exception") || page.contains("at kz.ordo"), "no stack trace on the error page");

        driver.get(TestInfra.baseUrl() + "requests/list.xhtml");
        logOut();
        driver.get(TestInfra.baseUrl() + "requests/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void a_manager_pages_the_workload_of_their_people_and_sorts_it_by_open_tasks() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.findElement(By.id("m-workload")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("workload:table")));
        String report = driver.findElement(By.cssSelector("#workload\\:table .ui-paginator-current")).getText();
        assertTrue(report.matches("1–\\d+ / \\d+"), "a page of people with their number: " + report);
        String header = text("ru", "workload.open");
        By th = By.xpath("//th[.//*[normalize-space(text())='" + header + "']]");
        driver.findElement(th).click();
        // the header takes its order at the click, the rows come from the server with the ajax request it queues
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(th).getAttribute("aria-sort") != null);
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        boolean descending = "descending".equals(driver.findElement(th).getAttribute("aria-sort"));
        List<Long> open = new java.util.ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#workload\\:table_data tr"))) {
            open.add(Long.parseLong(row.findElements(By.tagName("td")).get(1).getText().replaceAll("[^0-9]", "")));
        }
        assertFalse(open.isEmpty());
        for (int i = 1; i < open.size(); i++) {
            assertTrue(descending ? open.get(i - 1) >= open.get(i) : open.get(i - 1) <= open.get(i),
                    "sorted by open tasks on the server (" + (descending ? "descending" : "ascending") + "): " + open);
        }
    }

    @Test
    void the_admin_sees_the_audit_log_and_a_manager_does_not() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        assertTrue(driver.findElements(By.id("menu")).size() == 1);
        assertFalse(driver.getPageSource().contains("m-audit"), "no admin menu for a manager");
        driver.get(TestInfra.baseUrl() + "admin/audit.xhtml");
        assertTrue(driver.getPageSource().contains(text("ru", "error.403")), "the server refuses the admin page");

        driver.manage().deleteAllCookies();
        logIn("admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        // the top bar's submenu opens on a click and its link leads to the page
        assertFalse(driver.findElement(By.id("m-audit")).isDisplayed(), "the submenu starts closed");
        driver.findElement(By.cssSelector("#m-admin > summary")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("m-audit"))).click();
        wait.until(ExpectedConditions.urlContains("/admin/audit.xhtml"));
        String table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:table"))).getText();
        assertTrue(table.contains("manager"), "login events of the manager are in the log");
    }

    @Test
    void remember_me_keeps_a_consenting_user_logged_in_until_logout() {
        logIn("executor", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        assertEquals(null, driver.manage().getCookieNamed("JREMEMBERMEID"), "no persistent cookie without consent");
        driver.manage().deleteAllCookies();

        driver.get(TestInfra.baseUrl() + "login.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys("finance");
        driver.findElement(By.cssSelector("input[id^='login:password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("#login\\:rememberMe .ui-chkbox-box")).click();
        driver.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        Cookie token = driver.manage().getCookieNamed("JREMEMBERMEID");
        assertTrue(token != null && token.isHttpOnly(), "a persistent, HttpOnly token after consent");

        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.get(TestInfra.baseUrl() + "requests/list.xhtml");
        assertTrue(driver.getCurrentUrl().contains("/requests/list.xhtml"), "the token logs the user back in");
        assertEquals(text("ru", "requests.title"), driver.findElement(By.tagName("h1")).getText());

        logOut();
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie("JREMEMBERMEID", token.getValue(), "/ordo"));
        driver.get(TestInfra.baseUrl() + "requests/list.xhtml");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    @Test
    void an_admin_creates_a_user_who_can_then_log_in() {
        logIn("admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(TestInfra.baseUrl() + "admin/users.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("users:create"))).click();
        String login = "new.user" + (System.nanoTime() % 100000);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:login"))).sendKeys(login);
        driver.findElement(By.id("userForm:fullName")).sendKeys("Новый Сотрудник");
        String unitValue = (String) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('userForm:unit_input').options[2].value;");
        pick("userForm:unit", unitValue);
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector(\"input[name='userForm:roles'][value='EXECUTOR']\").click();");
        driver.findElement(By.cssSelector("input[id^='userForm:password']")).sendKeys("Stepnoy-Veter-77");
        driver.findElement(By.id("userForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                MessageFormatText.of(text("ru", "admin.users.created"), login)));

        driver.manage().deleteAllCookies();
        logIn(login, "Stepnoy-Veter-77");
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        assertEquals(login, driver.findElement(By.id("userMenuButton")).getText().strip());
    }

    @Test
    void the_request_list_fits_a_phone_screen() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requests:table")));
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow <= 0, "no horizontal scrolling at phone width, overflow " + overflow + " px");
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** Formats a bundle pattern the way the server does. */
    static final class MessageFormatText {
        static String of(String pattern, Object... args) {
            return new java.text.MessageFormat(pattern, Locale.forLanguageTag("ru")).format(args);
        }
    }

    // ---- the request module (issue 3) ----

    private static JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    /** Picks the option of a PrimeFaces select whose label is {@code label}. */
    private static void pickLabel(String menuId, String label) {
        String value = (String) js().executeScript("var o = Array.from(document.getElementById(arguments[0] + '_input')"
                + ".options).find(x => x.text.trim() === arguments[1]); return o ? o.value : null;", menuId, label);
        assertTrue(value != null, "no option " + label + " in " + menuId);
        pick(menuId, value);
    }

    private static String cardStatus() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:status"))).getText();
    }

    /** Clicks a workflow button of the card and waits for the status to become {@code expectedKey}. */
    private static void action(String action, String expectedKey) {
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action='" + action + "']"))).click();
        if (expectedKey != null) {
            wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("card:status")).getText()
                    .equals(text("ru", expectedKey)));
        }
    }

    /** Opens a tab of a card's tab view by the tab's id and waits for an element of its (lazily loaded) content. */
    private static void openTab(String tabId, String waitForId) {
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href='#card:tabs:" + tabId + "']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
    }

    /** Attaches a file of the given kind on the card's Files tab and waits until the table lists it. */
    private static void attach(String kind, Path file) {
        openTab("filesTab", "card:tabs:files");
        pick("card:tabs:uploadKind", kind);
        sendFile("card:tabs:upload_input", file);
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("card:tabs:files")).getText()
                .contains(file.getFileName().toString()));
    }

    /** Gives a file to a PrimeFaces upload's input (which an ajax update may have just replaced). */
    private static void sendFile(String inputId, Path file) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.id(inputId)).sendKeys(file.toString());
            return true;
        });
    }

    private static String openCard(String url) {
        driver.get(url);
        return cardStatus();
    }

    /** Fills and saves the new-request form for {@code type}, opened as the "New request" menus link it; returns the card's URL. */
    private static String createThroughForm(RequestType type, String title) {
        driver.get(TestInfra.baseUrl() + "requests/edit.xhtml?type=" + type.name());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestForm:title")));
        java.util.Map<String, String> values = kz.ordo.platform.SampleFields.of(type, java.time.LocalDate.now());
        values.forEach(BrowserIT::field);
        driver.findElement(By.id("requestForm:title")).sendKeys(title);
        choose("requestForm:unit", "хозяйств", "Административно-хозяйственный отдел");
        if (type == RequestType.PAYMENT) {
            driver.findElement(By.id("requestForm:amount_input")).sendKeys("125000");
        }
        driver.findElement(By.id("requestForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/requests/view.xhtml"));
        return driver.getCurrentUrl();
    }

    @Test
    void every_request_type_is_created_through_its_form_and_missing_fields_are_named_in_russian() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        // the list's "New request" button offers the types; the form opens with the chosen type's fields
        driver.findElement(By.cssSelector("[id$=':create_button']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$=':create-IT']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='system']")));
        assertEquals(text("ru", "request.type.IT"), driver.findElement(By.id("requestForm:type_label")).getText());
        assertFalse(driver.findElements(By.cssSelector("#shell a[href*='edit.xhtml?type=PAYMENT']")).isEmpty(),
                "the top bar's New request menu links every type");
        // a made-up type in the link: the form says so in the language the user chose (the browser asks for
        // Russian), and shows no type's fields
        driver.findElement(By.id("shell:lang-kk")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "kk"));
        driver.get(TestInfra.baseUrl() + "requests/edit.xhtml?type=NOPE");
        assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")))
                .getText().contains(text("kk", "request.error.type")));
        assertTrue(driver.findElements(By.cssSelector("[data-field]")).isEmpty(), "no type's fields");
        driver.findElement(By.id("shell:lang-ru")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
        // the bare form: the type is chosen in the form, which then fetches that type's fields
        driver.get(TestInfra.baseUrl() + "requests/edit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestForm:title")));
        pick("requestForm:type", "PAYMENT");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-field='supplier']")));
        driver.findElement(By.id("requestForm:title")).sendKeys("Оплата без реквизитов");
        driver.findElement(By.id("requestForm:save")).click();
        String errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")))
                .getText();
        assertTrue(errors.contains("Заполните поле «Поставщик»"), errors);
        assertTrue(errors.contains("Заполните поле «Сумма»"), errors);
        assertTrue(errors.contains(text("ru", "request.error.department")), errors);
        assertTrue(driver.getCurrentUrl().contains("edit.xhtml"), "nothing saved");

        for (RequestType type : RequestType.values()) {
            createThroughForm(type, "Заявка через форму " + type);
            String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:number"))).getText();
            assertTrue(number.startsWith(type.prefix() + "-"), number);
            String details = driver.findElement(By.id("card:tabs")).getText();
            java.util.Map<String, String> values = kz.ordo.platform.SampleFields.of(type, java.time.LocalDate.now());
            kz.ordo.requests.entity.TypeFields.of(type).stream().filter(f -> values.containsKey(f.key()))
                    .forEach(f -> assertTrue(details.contains(text("ru", f.label())), type + " shows " + f.key()));
        }
    }

    @Test
    void a_payment_gets_its_documents_a_comment_and_walks_from_new_to_closed() throws Exception {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        String card = createThroughForm(RequestType.PAYMENT, "Оплата охраны за декабрь");
        String number = driver.findElement(By.id("card:number")).getText();
        assertEquals(text("ru", "request.NEW"), cardStatus());

        Path invoice = Files.createTempFile("счёт-", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        attach("INVOICE", invoice);
        Path basis = Files.createTempFile("договор-", ".pdf");
        Files.writeString(basis, "%PDF-1.4\n% basis\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        attach("BASIS", basis);
        String fileHref = driver.findElement(By.cssSelector("[data-file='" + invoice.getFileName() + "']")).getAttribute("href");
        assertTrue(fileHref.matches(".*/ordo/files/\\d+"), fileHref);

        openTab("commentsTab", "card:tabs:newComment");
        driver.findElement(By.id("card:tabs:newComment")).sendKeys("@executor возьмите, пожалуйста, в работу; @nobody.here");
        driver.findElement(By.id("card:tabs:addComment")).click();
        WebElement mention = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ordo-mention")));
        assertEquals("@executor", mention.getText());
        String warning = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-warn"))).getText();
        assertTrue(warning.contains("@nobody.here") && !warning.contains("@executor"), "who was not notified: " + warning);
        assertEquals(1, driver.findElements(By.cssSelector(".ordo-mention")).size(), "only the mention that reached someone is marked");
        logOut();

        logIn("executor", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        openCard(card);
        action("ACCEPT", "request.IN_PROGRESS");
        action("SEND_FOR_APPROVAL", "request.ON_APPROVAL");
        logOut();

        logIn("head", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        openCard(card);
        action("APPROVE", "request.AWAITING");
        action("COMPLETE", "request.DONE");
        logOut();

        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        openCard(card);
        action("CLOSE", "request.CLOSED");
        assertTrue(driver.findElements(By.cssSelector("[data-action]")).isEmpty(), "a closed request offers no action");
        openTab("historyTab", "card:tabs:history");
        String history = driver.findElement(By.id("card:tabs:history")).getText();
        assertTrue(history.contains(text("ru", "request.ON_APPROVAL") + " → " + text("ru", "request.AWAITING")), history);
        assertTrue(history.contains("Айгерим Сапарова"), "who approved is in the history: " + history);

        logOut();
        logIn("sales", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(card);
        assertTrue(driver.getPageSource().contains(text("ru", "error.404")), "another city's request is not shown");
        driver.get(fileHref);
        assertFalse(driver.getPageSource().contains("PDF-1.4"), "nor its file");
        assertTrue(number.startsWith("PAY-"));
    }

    @Test
    void a_request_returned_for_rework_shows_the_reason() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        String card = createThroughForm(RequestType.HR, "Справка о доходах");
        logOut();
        logIn("executor", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        openCard(card);
        action("ACCEPT", "request.IN_PROGRESS");
        logOut();
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        openCard(card);
        action("RETURN_FOR_REWORK", null);
        WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:reason")));
        driver.findElement(By.id("card:confirmAction")).click();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))).getText();
        assertTrue(error.contains(text("ru", "request.error.reasonRequired")), error);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:reason"))).sendKeys("Укажите период: с января по июнь");
        driver.findElement(By.id("card:confirmAction")).click();
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("card:status")).getText()
                .equals(text("ru", "request.REWORK")));
        assertEquals("Укажите период: с января по июнь", driver.findElement(By.id("card:statusReason")).getText());
        assertTrue(reason != null);
    }

    @Test
    void the_filtered_list_exports_to_an_xlsx_that_opens_in_apache_poi() throws Exception {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        String marker = "xls" + System.nanoTime();
        createThroughForm(RequestType.PURCHASE, "Экспорт " + marker + " один");
        createThroughForm(RequestType.PURCHASE, "Экспорт " + marker + " два");
        driver.get(TestInfra.baseUrl() + "requests/list.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requests:text"))).sendKeys(marker);
        driver.findElement(By.id("requests:apply")).click();
        wait.ignoring(StaleElementReferenceException.class).until(d ->
                d.findElement(By.id("requests:table")).getText().contains("1–2 / 2"));
        Path xlsx = download("requests:exportXlsx", ".xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "header and the two rows the filter shows");
            assertEquals(text("ru", "request.number"), sheet.getRow(0).getCell(0).getStringCellValue());
            for (int i = 1; i <= 2; i++) {
                assertTrue(sheet.getRow(i).getCell(2).getStringCellValue().contains(marker));
            }
        }
    }

    /** Clicks a download button and waits for the file it saves. */
    private static Path download(String buttonId, String extension) throws Exception {
        try (var files = Files.list(downloads)) {
            files.forEach(f -> f.toFile().delete());
        }
        driver.findElement(By.id(buttonId)).click();
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    // ---- tasks (issue 4) ----

    private static void click(String id) {
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private static void taskStatusIs(String key) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("card:status")).getText()
                .equals(text("ru", key)));
    }

    /** Opens the request card, then the task of that title from its Tasks tab; returns the task card's URL. */
    private static String openTaskOf(String requestCard, String taskTitle) {
        openCard(requestCard);
        openTab("tasksTab", "card:tabs:tasks");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-task='" + taskTitle + "']"))).click();
        wait.until(ExpectedConditions.urlContains("/tasks/view.xhtml"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:status")));
        return driver.getCurrentUrl();
    }

    @Test
    void an_executor_submits_a_result_with_a_file_and_the_manager_returns_it_then_accepts_the_resubmission() throws Exception {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        String request = createThroughForm(RequestType.HR, "Справка для посольства");
        logOut();

        logIn("executor", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        openCard(request);
        action("ACCEPT", "request.IN_PROGRESS");
        String task = openTaskOf(request, "Подготовить документ");
        assertEquals(text("ru", "task.TODO"), driver.findElement(By.id("card:status")).getText());
        click("card:take");
        taskStatusIs("task.IN_PROGRESS");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:resultText"))).sendKeys("Справка подготовлена");
        click("card:submit");
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))).getText();
        assertTrue(error.contains(text("ru", "task.error.fileRequired")), error);
        Path scan = Files.createTempFile("справка-", ".pdf");
        Files.writeString(scan, "%PDF-1.4\n% certificate\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        attach("OTHER", scan);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:resultText"))).sendKeys("Справка подготовлена");
        click("card:submit");
        taskStatusIs("task.REVIEW");
        logOut();

        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(task);
        taskStatusIs("task.REVIEW");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:reason"))).sendKeys("Нужна печать отдела кадров");
        click("card:return");
        taskStatusIs("task.REWORK");
        assertEquals("Нужна печать отдела кадров", driver.findElement(By.id("card:reworkReason")).getText());
        logOut();

        logIn("executor", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(TestInfra.baseUrl() + "tasks/my.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-task='Подготовить документ']")));
        driver.get(task);
        assertEquals("Нужна печать отдела кадров", wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id("card:reworkReason"))).getText(), "the executor sees why it came back");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:resultText"))).sendKeys("Поставили печать");
        click("card:submit");
        taskStatusIs("task.REVIEW");
        logOut();

        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(task);
        click("card:accept");
        taskStatusIs("task.DONE");
        assertEquals(text("ru", "request.DONE"), openCard(request), "the request is done with its only task");
    }

    @Test
    void a_board_card_dropped_on_a_forbidden_column_goes_back_with_a_message() {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        String request = createThroughForm(RequestType.PURCHASE, "Закупка мониторов");
        action("ACCEPT", "request.IN_PROGRESS");
        driver.get(TestInfra.baseUrl() + "tasks/board.xhtml");
        By card = By.xpath("//div[@data-column='TODO']//div[@data-card='Запросить коммерческие предложения']");
        WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(card));
        WebElement done = driver.findElement(By.cssSelector("[data-column='DONE']"));
        new org.openqa.selenium.interactions.Actions(driver).clickAndHold(source).moveByOffset(10, 10)
                .moveToElement(done).moveByOffset(2, 2).release().perform();
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))).getText();
        assertTrue(error.contains("«" + text("ru", "task.TODO") + "» в «" + text("ru", "task.DONE") + "»"), error);
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.visibilityOfElementLocated(card));

        // the same task's card: a subtask added by the manager is listed under it
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@data-card='Запросить коммерческие предложения']//a")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:tabs:subtaskTitle"))).sendKeys("Позвонить поставщикам");
        click("card:tabs:addSubtask");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-subtask='Позвонить поставщикам']")));
        assertTrue(request.contains("/requests/view.xhtml"));
    }

    // ---- notifications (issue 5) ----

    private static int bellCount() {
        List<WebElement> b = driver.findElements(By.id("shell:bellCount"));
        return b.isEmpty() ? 0 : Integer.parseInt(b.get(0).getText().replace("+", ""));
    }

    @Test
    void the_bell_count_rises_without_a_reload_when_a_manager_assigns_a_task() throws Exception {
        logIn("executor", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(TestInfra.baseUrl() + "tasks/my.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("shell:bellLink")));
        int before = bellCount();
        js().executeScript("window.ordoNoReload = 'still here';");

        WebDriver executorBrowser = driver;
        WebDriverWait executorWait = wait;
        WebDriver managerBrowser = newBrowser();
        try {
            driver = managerBrowser;
            wait = new WebDriverWait(managerBrowser, Duration.ofSeconds(20));
            logIn("manager", PASSWORD);
            wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
            openCard(createThroughForm(RequestType.IT, "Настроить принтер на 3 этаже"));
            openTab("tasksTab", "card:tabs:taskTitle");
            driver.findElement(By.id("card:tabs:taskTitle")).sendKeys("Проверить картридж");
            driver.findElement(By.id("card:tabs:taskAssignee_input")).sendKeys("Ерлан");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-autocomplete-item"))).click();
            click("card:tabs:addTask");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-task='Проверить картридж']")));
        } finally {
            managerBrowser.quit();
            driver = executorBrowser;
            wait = executorWait;
        }
        wait.until(d -> bellCount() == before + 1);
        assertEquals("still here", js().executeScript("return window.ordoNoReload;"), "the page was not reloaded");
        click("shell:bellLink");
        wait.until(ExpectedConditions.urlContains("/notifications/list.xhtml"));
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-notification='ASSIGNED']")));
        assertTrue(first.getText().contains("вам назначено"), first.getText());
        first.click();
        wait.until(ExpectedConditions.urlContains("/tasks/view.xhtml"));
        assertEquals("Проверить картридж", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:title"))).getText());
    }

    @Test
    void an_admin_sees_the_outbox_and_the_jobs_and_starts_the_escalations_now() {
        logIn("admin", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(TestInfra.baseUrl() + "admin/notifications.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("na:tabs:defaults")));
        openTabOf("na:tabs", "templatesTab", "na:tabs:templates");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-template='ASSIGNED-ru']"))).click();
        WebElement subject = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tplForm:subject")));
        subject.clear();
        subject.sendKeys("{number} {неизвестно}");
        click("tplForm:saveTemplate");
        String error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))).getText();
        assertTrue(error.contains("{неизвестно}"), error);

        driver.get(TestInfra.baseUrl() + "admin/jobs.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-job='escalations']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.id("jobs:refresh")).click();
            return !d.findElements(By.cssSelector("[data-run-status='COMPLETED']")).isEmpty();
        });

        choose("jobs:recipient", "Айгерим", "Айгерим Сапарова");
        click("jobs:addRecipient");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-recipient='head']")));
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#jobs\\:recipients .ui-button-danger"))).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-recipient='head']")).isEmpty());
    }

    private static void openTabOf(String tabView, String tabId, String waitForId) {
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("a[href='#" + tabView + ":" + tabId + "']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(waitForId)));
    }

    // ---- finance (issue 6) ----

    @Test
    void an_invoice_is_registered_approved_through_two_steps_paid_and_exported() throws Exception {
        String number = "СФ-" + System.nanoTime() % 1_000_000;
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(TestInfra.baseUrl() + "finance/invoice.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:number"))).sendKeys(number);
        choose("card:counterparty", "Канцтовары", "ТОО «Канцтовары Алматы» (990740000683)");
        driver.findElement(By.id("card:amount_input")).sendKeys("1500000");
        driver.findElement(By.id("card:purpose")).sendKeys("Бумага и картриджи на год");
        pickLabel("card:unit", "Административно-хозяйственный отдел");
        choose("card:line", "канцт", "Административно-хозяйственный отдел · Канцтовары");
        pickLabel("card:project", "OFFICE — Содержание офисов");
        choose("card:paymentRequest", "аренду", "Оплата счёта за аренду офиса, ноябрь");
        click("card:save");
        wait.until(ExpectedConditions.urlContains("finance/invoice.xhtml?id="));
        assertTrue(driver.findElement(By.id("card:line_input")).getAttribute("value").contains("Канцтовары"),
                "the saved line is shown again");
        assertEquals(text("ru", "invoice.RECEIVED"), cardStatus());
        click("card:submit");
        String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error"))).getText();
        assertTrue(refusal.contains(text("ru", "file.kind.INVOICE")) && refusal.contains(text("ru", "file.kind.BASIS")), refusal);
        Path invoiceFile = Files.createTempFile("счёт-", ".pdf");
        Files.writeString(invoiceFile, "%PDF-1.4\n% invoice\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        Path basis = Files.createTempFile("договор-", ".pdf");
        Files.writeString(basis, "%PDF-1.4\n% contract\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        attach("INVOICE", invoiceFile);
        attach("BASIS", basis);
        click("card:submit");
        wait.until(d -> d.findElement(By.id("card:status")).getText().equals(text("ru", "invoice.ON_APPROVAL")));
        String card = driver.getCurrentUrl();
        logOut();

        logIn("finance", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(card);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-approve='1']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-decision='APPROVED']")));
        assertEquals(text("ru", "invoice.ON_APPROVAL"), cardStatus(), "1,500,000 KZT needs the head too");
        logOut();

        logIn("head", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(card);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-approve='2']"))).click();
        wait.until(d -> d.findElement(By.id("card:status")).getText().equals(text("ru", "invoice.APPROVED")));
        assertTrue(driver.findElement(By.id("card:chain")).getText().contains("Айгерим Сапарова"), "who approved is on the card");
        assertTrue(driver.findElement(By.id("card:lineShown")).getText().contains("Канцтовары"));
        assertTrue(driver.findElement(By.id("card:requestLink")).getText().contains("Оплата счёта за аренду офиса"));
        assertTrue(driver.findElement(By.id("card")).getText().contains("OFFICE — Содержание офисов"));
        logOut();

        logIn("finance", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(card);
        click("card:toPayment");
        wait.until(d -> d.findElement(By.id("card:status")).getText().equals(text("ru", "invoice.IN_PAYMENT")));
        click("card:paid");
        wait.until(d -> d.findElement(By.id("card:status")).getText().equals(text("ru", "invoice.PAID")));

        driver.get(TestInfra.baseUrl() + "finance/settings.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-rule='1-FINANCE']")));
        driver.get(TestInfra.baseUrl() + "finance/invoices.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inv:text"))).sendKeys(number);
        click("inv:apply");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-invoice='" + number + "']")));
        Path xlsx = download("inv:xlsx", ".xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "header, the invoice, the totals row");
            assertEquals(number, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1_500_000.0, sheet.getRow(1).getCell(4).getNumericCellValue(), 0.001, "a number, not text");
            assertEquals(text("ru", "invoice.PAID"), sheet.getRow(1).getCell(9).getStringCellValue());
            assertEquals(text("ru", "export.total"), sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(1_500_000.0, sheet.getRow(2).getCell(6).getNumericCellValue(), 0.001);
        }
    }

    @Test
    void finance_opens_the_budget_page_and_imports_a_line_from_csv() throws Exception {
        String item = "Обучение " + System.nanoTime() % 1_000_000;
        logIn("finance", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(TestInfra.baseUrl() + "budgets/lines.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bud:lines")));
        // the table shows a page of lines (50) in month, unit, item order: look at the one department
        pickLabel("bud:unitFilter", "Финансовый отдел");
        click("bud:apply");
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        Path csv = Files.createTempFile("бюджет-", ".csv");
        Files.writeString(csv, "month,unit,item,plan\n" + java.time.YearMonth.now() + ",Финансовый отдел," + item + ",125000\n");
        sendFile("bud:import_input", csv);
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("bud:lines")).getText().contains(item));
        assertTrue(driver.findElement(By.id("bud:lines")).getText().contains("125"), "the plan is shown");

        String typed = "Семинары " + System.nanoTime() % 1_000_000;
        click("bud:add");
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty() && PF('lineDialog').isVisible()")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lineForm:item"))).sendKeys(typed);
        pickLabel("lineForm:unit", "Финансовый отдел");
        pickLabel("lineForm:lineProject", "OFFICE — Содержание офисов");
        choose("lineForm:lineOwner", "Гульнара", "Гульнара Ахметова");
        driver.findElement(By.id("lineForm:plan_input")).sendKeys("40000");
        click("lineForm:save");
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("bud:lines")).getText().contains(typed));
        String row = driver.findElement(By.xpath("//tr[.//*[@data-line='" + typed + "']]")).getText();
        assertTrue(row.contains("Содержание офисов") && row.contains("Гульнара Ахметова"), "project and owner on the line: " + row);

        // a row's own button on the paged table: the deviation's reason is written for that line
        String why = "Перенос семинара " + System.nanoTime() % 1_000;
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//tr[.//*[@data-line='" + typed + "']]//button"))).click();
        wait.until(d -> Boolean.TRUE.equals(js().executeScript(
                "return PrimeFaces.ajax.Queue.isEmpty() && PF('reasonDialog').isVisible()")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reasonForm:reason"))).sendKeys(why);
        click("reasonForm:save");
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(
                By.xpath("//tr[.//*[@data-line='" + typed + "']]")).getText().contains(why));

        String spendTotal = driver.findElement(By.id("bud:spend:spendTotalPlan")).getText();
        assertTrue(new BigDecimal(spendTotal.replaceAll("[^0-9,]", "").replace(',', '.')).compareTo(new BigDecimal("125000")) >= 0,
                "the over/under-spend table has its totals row: " + spendTotal);
        Path spend = download("bud:spendXlsx", ".xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(spend))) {
            var sheet = wb.getSheetAt(0);
            assertEquals(text("ru", "budget.dimension.UNIT"), sheet.getRow(0).getCell(0).getStringCellValue());
            boolean found = false;
            for (int r = 1; r < sheet.getLastRowNum(); r++) {
                found |= "Финансовый отдел".equals(sheet.getRow(r).getCell(0).getStringCellValue())
                        && sheet.getRow(r).getCell(1).getNumericCellValue() >= 125_000.0;
            }
            assertTrue(found, "the imported plan counts in its unit's row, as a number");
            assertEquals(text("ru", "export.total"), sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue());
        }
    }

    @Test
    void a_payment_over_its_budget_line_needs_the_financial_director_and_the_head() throws Exception {
        logIn("manager", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
        driver.get(TestInfra.baseUrl() + "requests/edit.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestForm:title")));
        pick("requestForm:type", RequestType.PAYMENT.name());
        kz.ordo.platform.SampleFields.of(RequestType.PAYMENT, java.time.LocalDate.now()).forEach(BrowserIT::field);
        WebElement supplier = driver.findElement(By.cssSelector("[data-field='supplier']"));
        supplier.clear();
        supplier.sendKeys("Клим");
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'КлиматСервис')]"))).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-field='supplier']")).getAttribute("value").equals("ТОО «КлиматСервис»"));
        driver.findElement(By.id("requestForm:title")).sendKeys("Ремонт кровли склада");
        choose("requestForm:unit", "хозяйств", "Административно-хозяйственный отдел");
        driver.findElement(By.id("requestForm:amount_input")).sendKeys("3500000");
        choose("requestForm:budgetLine", "ремонт", "Административно-хозяйственный отдел · Ремонт и обслуживание");
        driver.findElement(By.id("requestForm:save")).click();
        wait.until(ExpectedConditions.urlContains("/requests/view.xhtml"));
        String card = driver.getCurrentUrl();
        assertTrue(driver.findElement(By.id("card:tabs:budgetLine")).getText().contains("Ремонт и обслуживание"),
                "the card names the line with its remainder");
        Path invoice = Files.createTempFile("счёт-", ".pdf");
        Files.writeString(invoice, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        attach("INVOICE", invoice);
        Path basis = Files.createTempFile("договор-", ".pdf");
        Files.writeString(basis, "%PDF-1.4\n% basis\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        attach("BASIS", basis);
        action("ACCEPT", "request.IN_PROGRESS");
        action("SEND_FOR_APPROVAL", "request.ON_APPROVAL");
        assertEquals(text("ru", "request.overLimit").strip(), driver.findElement(By.id("card:overLimit")).getText().strip(),
                "3,500,000 > the 3,000,000 planned");
        logOut();

        logIn("finance", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(card);
        action("APPROVE", "request.ON_APPROVAL");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:firstApproval")));
        assertTrue(driver.findElement(By.id("card:firstApproval")).getText().contains("Гульнара Ахметова"));
        logOut();

        logIn("head", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(card);
        action("APPROVE", "request.AWAITING");
    }

    @Test
    void finance_keeps_the_counterparty_directory_and_exports_it() throws Exception {
        logIn("finance", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(TestInfra.baseUrl() + "finance/counterparties.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cps:query"))).sendKeys("Клима");
        click("cps:search");
        wait.ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("cps:table")).getText()
                .contains("ТОО «КлиматСервис»") && !d.findElement(By.id("cps:table")).getText().contains("Канцтовары"));
        Path csv = download("cps:csv", ".csv");
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a BOM, for Excel");
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("ТОО «КлиматСервис»") && text.contains("000740000728") && !text.contains("Канцтовары"),
                "the filtered directory: " + text);
    }

    @Test
    void finance_gives_a_request_type_an_approval_chain_and_the_head_approves_through_it() throws Exception {
        logIn("finance", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/requests/"));
        driver.get(TestInfra.baseUrl() + "finance/settings.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fs:rules")));
        pick("fs:appliesTo", "REPAIR");
        pick("fs:role", "HEAD");
        click("fs:addRule");
        wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-rule-for='REPAIR-1-HEAD']")));
        logOut();
        try {
            logIn("manager", PASSWORD);
            wait.until(ExpectedConditions.urlContains("/requests/list.xhtml"));
            String card = createThroughForm(RequestType.REPAIR, "Починить дверь склада");
            action("ACCEPT", "request.IN_PROGRESS");
            action("SEND_FOR_APPROVAL", "request.ON_APPROVAL");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-step='1-HEAD']")));
            assertTrue(driver.findElements(By.cssSelector("[data-action='APPROVE']")).isEmpty(), "the manager is not the step's approver");
            logOut();

            logIn("head", PASSWORD);
            wait.until(ExpectedConditions.urlContains("/requests/"));
            driver.get(card);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card:approvalComment"))).sendKeys("В рамках сметы");
            action("APPROVE", "request.AWAITING");
            assertEquals("APPROVED", driver.findElement(By.cssSelector("[data-step='1-HEAD']")).getAttribute("data-decision"));
            assertTrue(driver.findElement(By.id("card:chain")).getText().contains("В рамках сметы"), "the approval's comment");
            assertTrue(driver.findElement(By.id("card:chain")).getText().contains("Айгерим Сапарова"), "who approved is on the card");
            logOut();
        } finally {
            logIn("finance", PASSWORD);
            wait.until(ExpectedConditions.urlContains("/requests/"));
            driver.get(TestInfra.baseUrl() + "finance/settings.xhtml");
            wait.ignoring(StaleElementReferenceException.class).until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//tr[.//*[@data-rule-for='REPAIR-1-HEAD']]//button"))).click();
            wait.until(d -> d.findElements(By.cssSelector("[data-rule-for='REPAIR-1-HEAD']")).isEmpty());
        }
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion that contains {@code expected}. */
    private static void choose(String id, String typed, String expected) {
        wait.until(d -> Boolean.TRUE.equals(js().executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement input = d.findElement(By.id(id + "_input"));
            input.clear();
            input.sendKeys(typed);
            return true;
        });
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            for (WebElement item : d.findElements(By.cssSelector(".ui-autocomplete-panel:not([style*='display: none']) .ui-autocomplete-item"))) {
                if (item.isDisplayed() && item.getText().contains(expected)) {
                    item.click();
                    return true;
                }
            }
            return false;
        });
        wait.until(d -> d.findElement(By.id(id + "_input")).getAttribute("value").contains(expected));
    }
}

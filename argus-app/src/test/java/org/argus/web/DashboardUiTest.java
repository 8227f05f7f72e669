package org.argus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's, driven through its chromedriver), over a real
 * server and store: each page opens without a console error (a Content-Security-Policy violation is
 * one), an actor leads to an event and the event to its sentence highlighted in its article, and a
 * title holding markup shows as text. One browser serves every test. With -Dargus.screenshots=DIR
 * (tools/screenshots) each page's picture is written there for the docs.
 *
 * <p>Without Chromium the tests fail, saying how to install it, unless ARGUS_SKIP_BROWSER_TESTS=1
 * says to skip them.
 */
@DisabledIfEnvironmentVariable(named = "ARGUS_SKIP_BROWSER_TESTS", matches = "1",
        disabledReason = "ARGUS_SKIP_BROWSER_TESTS=1: the dashboard's browser tests are skipped")
class DashboardUiTest {
    private static final Path CHROMIUM = Path.of(env("ARGUS_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(env("ARGUS_CHROMEDRIVER", "/usr/bin/chromedriver"));
    /** Selenium warns that it has no DevTools bindings for this Chromium; WebDriver needs none. */
    private static final java.util.logging.Logger SELENIUM_DEVTOOLS = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");
    private static WebFixture.Served served;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @BeforeAll
    static void openBrowser() throws IOException {
        SELENIUM_DEVTOOLS.setLevel(Level.SEVERE);
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "the dashboard's browser tests need Chromium and its driver: " + (Files.isExecutable(CHROMIUM) ? "" : CHROMIUM + " is missing; ")
                    + (Files.isExecutable(CHROMEDRIVER) ? "" : CHROMEDRIVER + " is missing; ")
                    + "install them with tools/test (or apt-get install chromium chromium-driver), point ARGUS_CHROMIUM and ARGUS_CHROMEDRIVER "
                    + "at them, or set ARGUS_SKIP_BROWSER_TESTS=1 to skip these tests";
            fail(missing);
        }
        served = WebFixture.serve(WebFixture.db(), null, WebConfig.DEFAULT_MAX_BODY, new StringWriter());
        profile = Files.createTempDirectory("argus-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (served != null) {
            served.close();
        }
    }

    /** No page may log an error: a blocked script or style (CSP), a failed request, an exception. */
    @AfterEach
    void noConsoleErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors);
    }

    private static void open(String path) {
        browser.get(served.url(path));
    }

    private static List<WebElement> waitFor(String css, int atLeast) {
        wait.until(d -> d.findElements(By.cssSelector(css)).size() >= atLeast);
        return browser.findElements(By.cssSelector(css));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The page as the docs show it (only when asked: -Dargus.screenshots=DIR). */
    private static void screenshot(String name) throws IOException {
        String dir = System.getProperty("argus.screenshots");
        Path target = dir == null || dir.isBlank() ? Path.of("target", "screenshots") : Path.of(dir);
        Files.createDirectories(target);
        js("window.scrollTo(0, 0)");
        Files.write(target.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void theOverviewShowsCountsTheChartAndArticleTitlesAsText() throws IOException {
        open("/");
        waitFor("#stats .stat", 4);
        assertTrue(browser.findElement(By.id("stats")).getText().contains("3 articles"), browser.findElement(By.id("stats")).getText());
        waitFor("#chart svg rect", 1);
        List<WebElement> titles = waitFor("#articles a.title", 3);
        assertTrue(titles.stream().anyMatch(t -> t.getText().equals(WebFixture.MARKUP_TITLE)), "the title's markup shows as text");
        assertEquals(List.of(), browser.findElements(By.cssSelector("main img, main b")), "no element from the title's markup");
        waitFor("#top-actors a", 3);
        screenshot("overview");
        WebElement search = browser.findElement(By.cssSelector("#search input[name=q]"));
        search.sendKeys("kidal");
        browser.findElement(By.cssSelector("#search button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#articles a.title")).size() == 1);
        assertEquals(WebFixture.MARKUP_TITLE, browser.findElement(By.cssSelector("#articles a.title")).getText());
        assertTrue(browser.findElement(By.cssSelector("#articles .snippet")).getText().toLowerCase().contains("kidal"));
    }

    @Test
    void anActorLeadsToAnEventAndTheEventToItsSentenceHighlighted() throws IOException {
        open("/actors");
        waitFor("#actors a", 3);
        screenshot("actors");
        browser.findElement(By.linkText("Mali")).click();
        wait.until(ExpectedConditions.textToBe(By.id("name"), "Mali"));
        WebElement accusation = waitFor("#events li.event", 2).stream().filter(li -> li.getText().contains("ACCUSE") && li.getText().contains("Niger"))
                .findFirst().orElseThrow(() -> new AssertionError("Mali's accusation of Niger is a key event"));
        waitFor("#alliances li.edge", 1);
        screenshot("actor");
        WebElement sentence = accusation.findElement(By.cssSelector("a.sentence"));
        assertTrue(sentence.getText().contains("Mali accused Niger of sheltering the rebels."), sentence.getText());
        sentence.click();
        waitFor("#text .hl", 1);
        String highlighted = (String) js("return [...document.querySelectorAll('#text .hl')].map(s => s.textContent).join('')");
        assertEquals("Mali accused Niger of sheltering the rebels.", highlighted);
        assertTrue(browser.findElement(By.cssSelector("#text .hl.trigger")).getText().equals("accused"), "the event's trigger is marked in it");
        assertTrue(waitFor("#details .event-card", 1).get(0).getText().contains("ACCUSE"));
        assertTrue((Boolean) js("const r = document.getElementById('highlight').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight;"),
                "the sentence is in view");
        screenshot("article");
    }

    @Test
    void anArticleTitleHoldingMarkupShowsAsTextAndOnlyWebLinksLeadOut() {
        open("/articles/sahel-1");
        wait.until(ExpectedConditions.textToBe(By.id("title"), WebFixture.MARKUP_TITLE));
        assertEquals(0L, js("return document.getElementById('title').children.length"));
        assertEquals(List.of(), browser.findElements(By.tagName("img")));
        assertTrue(browser.getTitle().contains("<b>talks</b>"), browser.getTitle());
        assertEquals("https://wire.example/sahel-1", browser.findElement(By.cssSelector("a.original")).getAttribute("href"));
        waitFor("#text .mention", 3).get(0).click();
        assertTrue(waitFor("#details .actor-card", 1).get(0).getText().startsWith("Actor:"));
        open("/articles/sahel-2");
        wait.until(ExpectedConditions.textToBe(By.id("title"), "Niger rejects claims"));
        waitFor("#text .quote", 1);
        assertEquals(List.of(), browser.findElements(By.cssSelector("a.original")), "a javascript: address is no link");
    }

    @Test
    void theTimelineFiltersByTypeAndOpensAnEventsReports() throws IOException {
        open("/timeline");
        waitFor("#timeline li.event", 3);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("type"))).selectByVisibleText("SUPPORT");
        browser.findElement(By.cssSelector("#filter button")).click();
        wait.until(d -> d.findElements(By.cssSelector("#timeline li.event")).stream().allMatch(li -> li.getText().contains("SUPPORT"))
                && d.findElements(By.cssSelector("#timeline li.event")).size() == 2);
        WebElement first = browser.findElement(By.cssSelector("#timeline li.event summary"));
        first.click();
        WebElement report = waitFor("#timeline details[open] a.sentence", 1).get(0);
        screenshot("timeline");
        String text = report.getText().replaceAll("^\u201c|\u201d$", "");
        report.click();
        waitFor("#text .hl", 1);
        assertEquals(text, js("return [...document.querySelectorAll('#text .hl')].map(s => s.textContent).join('').replace(/\\s+/g, ' ')"));
    }

    @Test
    void theAllianceNetworkShowsAnEdgesEvidenceOnClickAndFollowsTheDates() throws IOException {
        open("/alliances");
        wait.until(d -> !String.valueOf(d.findElement(By.id("graph")).getAttribute("data-edges")).equals("null"));
        waitFor("#graph canvas", 1);
        assertTrue(Integer.parseInt(browser.findElement(By.id("graph")).getAttribute("data-edges")) >= 3);
        assertFalse(browser.findElements(By.cssSelector("#edges .relation.support")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#edges .relation.oppose")).isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js("const cy = document.getElementById('graph')._cyreg.cy;"
                + "const e = cy.edges().filter(x => cy.getElementById(x.data('source')).data('name').startsWith('Algeria')"
                + " && x.data('relation') === 'SUPPORT')[0]; const p = e.renderedMidpoint(); return {x: p.x, y: p.y};");
        WebElement graph = browser.findElement(By.id("graph"));
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - graph.getRect().getWidth() / 2.0);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - graph.getRect().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, x, y).click().perform();
        waitFor("#edge li.evidence", 1);
        String panel = browser.findElement(By.id("edge")).getText();
        assertTrue(panel.contains("Algeria (DZA) supports Mali (MLI)") && panel.contains("Algeria backed Mali"), panel);
        screenshot("alliances");
        js("const s = document.getElementById('from'); s.value = s.max; s.dispatchEvent(new Event('change'));");
        wait.until(d -> "1".equals(d.findElement(By.id("graph")).getAttribute("data-edges")));
        assertTrue(browser.findElement(By.id("edges")).getText().contains("France (FRA) opposes Mali (MLI)"),
                browser.findElement(By.id("edges")).getText());
    }

    @Test
    void theClaimsPageShowsWhoAssertsAndWhoDenies() throws IOException {
        open("/claims");
        WebElement dispute = waitFor("#claims li.dispute", 1).get(0);
        assertTrue(dispute.getText().startsWith("Niger (NER) is accused and denies"), dispute.getText());
        assertTrue(dispute.findElements(By.cssSelector("a.sentence")).size() >= 2);
        assertTrue(dispute.getText().contains("asserted by Mali (MLI)") && dispute.getText().contains("denial"), dispute.getText());
        screenshot("claims");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}

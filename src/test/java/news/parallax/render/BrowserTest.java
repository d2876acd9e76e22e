package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens every page type of the fixture site from {@code file://} in headless Chromium: axe-core finds
 * no serious or critical WCAG 2.1 A/AA violation in the light and dark themes at phone and desktop
 * widths; search works offline under the pages' Content-Security-Policy; the skip link is the first
 * thing the keyboard reaches and shows a focus ring. Saves a screenshot of every page type at both
 * widths to {@code target/screenshots/}, and the README's two screenshots to the folder named by
 * {@code -Dparallax.screenshots=DIR}. Skips when no Chromium is installed.
 */
class BrowserTest {

    static final List<String> PAGES = List.of("index.html", "sources/alpha.html", "clusters/q1.html",
            "speakers/index.html", "speakers/ana-ruiz.html", "framing.html", "citations.html", "timeline.html",
            "search.html", "methodology.html", "404.html");
    /** Pages of the seed story through the whole pipeline, prefixed "seeds/": the overview and the first of each kind. */
    static List<String> seedPages() {
        List<String> pages = new ArrayList<>(List.of("seeds/index.html"));
        for (String dir : List.of("sources", "clusters", "speakers")) {
            TestSites.files(TestSites.seeds().resolve(dir), ".html").stream()
                    .filter(p -> !p.getFileName().toString().equals("index.html")).findFirst()
                    .ifPresent(p -> pages.add("seeds/" + dir + "/" + p.getFileName()));
        }
        return pages;
    }
    private static final List<Path> CHROMIUM = List.of(Path.of("/usr/lib/chromium/chromium"),
            Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private static Playwright playwright;
    private static Browser browser;
    private static String axe;

    @BeforeAll
    static void launch() throws IOException {
        Optional<Path> chromium = CHROMIUM.stream().filter(Files::isExecutable).findFirst();
        Assumptions.assumeTrue(chromium.isPresent(), "no Chromium installed: browser tests skipped");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get()).setHeadless(true));
        try (InputStream in = BrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertThat(in).as("axe-core on the test class path").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        TestSites.fixture();
        TestSites.seeds();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    static Stream<Arguments> pagesInEachLook() {
        List<Arguments> list = new ArrayList<>();
        for (String page : Stream.concat(PAGES.stream(), seedPages().stream()).toList()) {
            list.add(Arguments.of(page, ColorScheme.LIGHT, 1280));
            list.add(Arguments.of(page, ColorScheme.DARK, 1280));
            list.add(Arguments.of(page, ColorScheme.LIGHT, 390));
        }
        return list.stream();
    }

    private static String url(String page) {
        Path file = page.startsWith("seeds/")
                ? TestSites.SEEDS.resolve(page.substring("seeds/".length()))
                : TestSites.FIXTURE.resolve(page);
        return file.toAbsolutePath().toUri().toString();
    }

    @ParameterizedTest(name = "{0} {1} {2}px")
    @MethodSource("pagesInEachLook")
    void axeFindsNoSeriousOrCriticalViolation(String page, ColorScheme scheme, int width) throws IOException {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, 900).setColorScheme(scheme).setBypassCSP(true))) {
            Page p = context.newPage();
            p.navigate(url(page));
            p.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            Object violations = p.evaluate("async () => {"
                    + " const r = await axe.run(document, {runOnly: {type: 'tag', values:"
                    + " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});"
                    + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + " .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3)"
                    + " .map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | ')); }");
            assertThat((List<?>) violations).as(page + " " + scheme + " " + width).isEmpty();
            if (scheme == ColorScheme.LIGHT || width == 1280) {
                screenshot(p, page, scheme, width);
            }
        }
    }

    private static void screenshot(Page p, String page, ColorScheme scheme, int width) throws IOException {
        String name = page.replace('/', '-').replace(".html", "") + "-" + width
                + (scheme == ColorScheme.DARK ? "-dark" : "") + ".png";
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        p.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }

    /**
     * The README's screenshots, of the seed story at desktop width: the top of the overview, and the
     * cluster page of the first row of its coverage matrix (the most widely carried statement).
     */
    @Test
    void readmeScreenshotsWhenAsked() throws IOException {
        String readme = System.getProperty("parallax.screenshots", "");
        Assumptions.assumeFalse(readme.isEmpty(), "no -Dparallax.screenshots=DIR: README screenshots not taken");
        Path out = Path.of(readme);
        Files.createDirectories(out);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setColorScheme(ColorScheme.LIGHT))) {
            Page p = context.newPage();
            p.navigate(url("seeds/index.html"));
            // tall enough to show the key numbers, the sources and the top of the coverage matrix
            p.setViewportSize(1280, 1500);
            p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("overview.png")));
            p.setViewportSize(1280, 900);
            assertThat(p.locator("table.matrix tbody th a").count()).as("the seed story has clusters").isPositive();
            p.locator("table.matrix tbody th a").first().click();
            p.waitForLoadState();
            assertThat(p.url()).contains("/clusters/");
            p.screenshot(new Page.ScreenshotOptions().setPath(out.resolve("cluster.png")));
        }
    }

    @Test
    void searchFindsQuotesOfflineFromFileUnderTheContentSecurityPolicy() {
        try (BrowserContext context = browser.newContext()) {
            Page p = context.newPage();
            List<String> errors = new ArrayList<>();
            p.onConsoleMessage(m -> {
                if (m.type().equals("error")) {
                    errors.add(m.text());
                }
            });
            p.onPageError(errors::add);
            p.navigate(url("search.html"));
            assertThat(p.isVisible("#search-help")).isTrue();
            p.fill("#q", "bridges carried");
            p.waitForSelector("#results li");
            assertThat(p.locator("#results li").count()).isGreaterThan(0);
            assertThat(p.locator("#results li a").first().getAttribute("href")).isEqualTo("clusters/q1.html");
            p.fill("#q", "Ruiz");
            p.waitForSelector("#results li");
            assertThat(p.textContent("#results")).contains("Ana Ruiz");
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndShowsAFocusRing() {
        try (BrowserContext context = browser.newContext()) {
            Page p = context.newPage();
            p.navigate(url("index.html"));
            p.keyboard().press("Tab");
            assertThat(p.evaluate("() => document.activeElement.className")).isEqualTo("skip");
            assertThat(p.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
            assertThat(p.evaluate("() => document.activeElement.getBoundingClientRect().left >= 0")).isEqualTo(true);
        }
    }

    @Test
    void pagesReadWithoutJavaScript() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
            Page p = context.newPage();
            p.navigate(url("index.html"));
            assertThat(p.locator("table.matrix tbody tr").count()).isEqualTo(7);
            p.navigate(url("search.html"));
            assertThat(p.textContent("main")).contains("Search needs JavaScript");
            // no help on a search field that is not there
            assertThat(p.isVisible("#search-help")).isFalse();
        }
    }
}

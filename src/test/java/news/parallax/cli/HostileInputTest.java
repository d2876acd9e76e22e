package news.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text is inert: article text, metadata, file and folder names full of HTML, script,
 * event-handler attributes, javascript: URLs and template syntax come out escaped in every page,
 * attribute, JSON file, SVG and feed, and no output path leaves the output folder. Every generated
 * file is checked, so the test keeps guarding the site as page types are added.
 */
class HostileInputTest {

    private static final String SCRIPT = "</script><script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(2)>";
    private static final String LINK = "<a href=\"javascript:alert(3)\">click</a>";
    private static final String TEMPLATE = "{{ 7*7 }} {% for x in [1,2] %}{{x}}{% endfor %} ${7*7} #{7*7}";
    private static final String SVG = "<svg onload=alert(4)><circle r=1 /></svg>";
    private static final String STYLE = "<style>body{display:none}</style><iframe src=\"javascript:alert(5)\"></iframe>";
    private static final String ALL = SCRIPT + " " + IMG + " " + LINK + " " + TEMPLATE + " " + SVG + " " + STYLE;

    @TempDir
    static Path tmp;
    private static Path site;
    private static Map<String, byte[]> files;

    @BeforeAll
    static void buildAHostileSite() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Path story = Files.createDirectories(input.resolve("<b onmouseover=alert(6)>story {{x}}"));
        Path plain = Files.createDirectories(input.resolve("plain"));
        Files.writeString(plain.resolve("a.txt"), "Council Passes Budget\n\nThe council voted on Monday.\n", StandardCharsets.UTF_8);
        write(story.resolve(IMG + ".txt"), "Headline " + SCRIPT + "\n\nBy Jane " + IMG + "\n\n"
                + "WASHINGTON (" + LINK + ") \u2014 \u201c" + ALL + "\u201d the mayor said of " + SCRIPT + ".\n\n"
                + "A caption " + IMG + " (Photo " + SCRIPT + "/" + LINK + ")\n\n"
                + "\u201cWe " + TEMPLATE + " will win,\u201d said " + LINK + ", the mayor. " + ALL + "\n");
        write(story.resolve("{{ 7*7 }}.md"), "---\ntitle: '" + SCRIPT.replace("'", "''") + "'\noutlet: '" + LINK.replace("'", "''")
                + "'\nurl: 'javascript:alert(7)'\nbyline: '" + IMG.replace("'", "''") + "'\npublished: '" + TEMPLATE + "'\n---\n"
                + "# " + IMG + "\n\n\u201c" + SCRIPT + " is what we want,\u201d said Jane Doe. " + ALL + "\n\n"
                + "The council " + SVG + " voted. " + ALL + "\n");
        write(story.resolve("j.json"), new ObjectMapper().writeValueAsString(Map.of(
                "title", STYLE, "outlet", "<script>alert(8)</script>", "url", " JaVaScRiPt:alert(9)",
                "byline", TEMPLATE, "published", IMG,
                "text", "Headline\n\n\u201c" + ALL + "\u201d, she said.\n\nThe council voted. " + ALL + "\n")));
        write(story.resolve("story.json"), new ObjectMapper().writeValueAsString(Map.of(
                "title", ALL, "sources", Map.of("j", Map.of("outlet", SVG)))));
        site = tmp.resolve("site");
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", site.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        files = CliRun.snapshot(site);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void everyOutputPathIsAPlainNameInsideTheOutputFolder() {
        assertThat(files).isNotEmpty();
        assertThat(files.keySet()).allMatch(p -> p.matches("[A-Za-z0-9._/-]+") && !p.contains("..") && !p.startsWith("/"),
                "a plain ASCII relative path");
        try (var s = Files.list(tmp)) {
            // beside the output: only the input and the build cache (docs/performance.md)
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly(".parallax-cache", "in", "site");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noPageHasAnInjectedScriptHandlerOrJavascriptUrl() {
        List<String> pages = files.keySet().stream().filter(p -> p.endsWith(".html")).toList();
        assertThat(pages).hasSizeGreaterThan(3);
        for (String page : pages) {
            assertInert(page, Jsoup.parse(text(page)));
        }
    }

    @Test
    void noSvgOrFeedOrOtherMarkupFileHasAnInjectedElement() {
        for (String file : files.keySet()) {
            if (file.endsWith(".svg") || file.endsWith(".xml") || file.endsWith(".atom") || file.endsWith(".rss")) {
                assertInert(file, Jsoup.parse(text(file), "", Parser.xmlParser()));
            }
        }
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyThatForbidsInlineScript() {
        for (String page : files.keySet().stream().filter(p -> p.endsWith(".html")).toList()) {
            Element csp = Jsoup.parse(text(page)).selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as("%s has a CSP meta tag", page).isNotNull();
            String policy = csp.attr("content");
            assertThat(policy).as(page).contains("script-src 'self'").contains("default-src 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
    }

    @Test
    void templateSyntaxInTheInputIsPrintedNotEvaluated() {
        String all = String.join("\n", files.keySet().stream().filter(p -> p.endsWith(".html"))
                .map(p -> Jsoup.parse(text(p)).text()).toList());
        assertThat(all).contains("{{ 7*7 }}").contains("{% for x in [1,2] %}");
    }

    @Test
    void jsonFilesParseAndKeepTheHostileTextAsData() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> data = new ArrayList<>();
        for (String file : files.keySet()) {
            if (file.endsWith(".json")) {
                json.readTree(files.get(file));
                data.add(text(file));
            }
        }
        assertThat(String.join("\n", data)).contains("onerror=alert(2)").contains("alert(1)");
    }

    private static String text(String file) {
        return new String(files.get(file), StandardCharsets.UTF_8);
    }

    private static void assertInert(String file, Document doc) {
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            assertThat(List.of("iframe", "object", "embed", "base", "frame", "form")).as("%s: <%s>", file, tag).doesNotContain(tag);
            if (tag.equals("script")) {
                assertScriptIsAllowed(file, e);
            }
            if (tag.equals("style")) {
                assertThat(e.data()).as("%s: <style> content", file).doesNotContain("display:none}");
            }
            if (tag.equals("img")) {
                assertThat(e.attr("src")).as("%s: image source", file).isNotEqualTo("x");
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                assertThat(name).as("%s: attribute on <%s>", file, tag).doesNotStartWith("on");
                assertThat(value).as("%s: %s=\"%s\" on <%s>", file, name, a.getValue(), tag)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text/html");
            }
        }
    }

    private static void assertScriptIsAllowed(String file, Element script) {
        String type = script.attr("type").toLowerCase(Locale.ROOT);
        if (type.equals("application/ld+json") || type.equals("application/json")) {
            assertThat(script.data()).as("%s: JSON in a script element", file).doesNotContain("<").doesNotContain("alert(1)</");
            return;
        }
        assertThat(script.hasAttr("src")).as("%s: a <script> without src (inline script): %s", file, script.outerHtml()).isTrue();
        assertThat(script.data()).as("%s: script body", file).isBlank();
        String src = script.attr("src");
        assertThat(src).as("%s: script source", file).matches("[A-Za-z0-9_./-]+\\.js(?:\\?[A-Za-z0-9=._-]*)?")
                .doesNotContain("//");
    }
}

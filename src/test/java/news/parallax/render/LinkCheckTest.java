package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Follows every href and src of the generated sites: each must name a file of the site (and an element
 * with that id when it has a fragment); nothing may be loaded from another host; no inline script or
 * style attribute (the pages' Content-Security-Policy forbids both).
 */
class LinkCheckTest {

    private final Map<Path, Document> parsed = new HashMap<>();

    static Stream<Path> sites() {
        return Stream.of(TestSites.fixture(), TestSites.seeds(), TestSites.seedQuotes());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyInternalLinkLandsOnAFileAndAnId(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : TestSites.files(site, ".html")) {
            Document doc = parse(page);
            for (Element el : doc.select("[href], [src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                check(site, page, ref).ifPresent(problem -> broken.add(site.relativize(page) + ": " + ref + " " + problem));
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void nothingIsLoadedFromAnotherHostAndNothingIsInline(Path site) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path page : TestSites.files(site, ".html")) {
            Document doc = parse(page);
            for (Element el : doc.select("script[src], link[href], img[src], iframe, object, embed")) {
                String ref = el.hasAttr("src") ? el.attr("src") : el.attr("href");
                if (ref.matches("(?i)^[a-z][a-z0-9+.-]*:.*|^//.*")) {
                    bad.add(site.relativize(page) + ": loads " + ref);
                }
            }
            for (Element el : doc.select("script:not([src])")) {
                if (!el.attr("type").equals("application/ld+json")) {
                    bad.add(site.relativize(page) + ": inline script");
                }
            }
            doc.select("[style], style").forEach(el -> bad.add(site.relativize(page) + ": inline style on " + el.tagName()));
            doc.getAllElements().forEach(el -> el.attributes().forEach(a -> {
                if (a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")) {
                    bad.add(site.relativize(page) + ": event handler attribute " + a.getKey());
                }
            }));
        }
        assertThat(bad).isEmpty();
    }

    private java.util.Optional<String> check(Path site, Path page, String ref) throws IOException {
        if (ref.isEmpty()) {
            return java.util.Optional.of("is empty");
        }
        URI uri = URI.create(ref);
        if (uri.getScheme() != null) {
            return uri.getScheme().equals("https") || uri.getScheme().equals("http")
                    ? java.util.Optional.empty() : java.util.Optional.of("has an unexpected scheme");
        }
        String path = uri.getPath();
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            // only the 404 page uses root-relative links (it is served at any depth)
            target = site.resolve(path.substring(1));
        } else {
            target = page.getParent().resolve(path).normalize();
        }
        if (!target.startsWith(site)) {
            return java.util.Optional.of("leaves the site");
        }
        if (Files.isDirectory(target) || path.endsWith("/")) {
            return java.util.Optional.of("names a folder (write index.html so file:// works)");
        }
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.of("names no file");
        }
        String fragment = uri.getFragment();
        if (fragment != null && target.toString().endsWith(".html") && parse(target).getElementById(fragment) == null) {
            return java.util.Optional.of("names no element with that id");
        }
        return java.util.Optional.empty();
    }

    private Document parse(Path page) throws IOException {
        Document doc = parsed.get(page);
        if (doc == null) {
            doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            parsed.put(page, doc);
        }
        return doc;
    }
}

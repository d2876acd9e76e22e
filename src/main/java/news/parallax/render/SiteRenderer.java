package news.parallax.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import news.parallax.model.Comparison;
import news.parallax.model.SiteFiles;
import news.parallax.model.Story;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders compared stories into the files of a site, in memory. Templates are read once, from the jar
 * or (for {@code serve}) from a templates folder on disk. Thread-safe.
 *
 * <p>Layout: a site of one story has the story's overview at {@code index.html}; a site of several has
 * an index of stories there and each story under {@code <slug>/}. Links are relative everywhere.
 */
public final class SiteRenderer {

    private final PebbleEngine engine;
    private final Optional<Path> templateDir;
    private final String baseUrl;

    private SiteRenderer(PebbleEngine engine, Optional<Path> templateDir, String baseUrl) {
        this.engine = engine;
        this.templateDir = templateDir;
        this.baseUrl = baseUrl;
    }

    /**
     * A renderer.
     *
     * @param templateDir a templates folder to read instead of the copy in the jar (for live preview)
     * @param baseUrl     the site's public address ("" when unknown), used only where an absolute
     *                    address is required (feed, sitemap, canonical links)
     */
    public static SiteRenderer create(Optional<Path> templateDir, String baseUrl) {
        Loader<String> loader;
        if (templateDir.isPresent()) {
            FileLoader files = new FileLoader() {
                @Override
                public String resolveRelativePath(String relativePath, String anchorPath) {
                    return relative(relativePath) ? super.resolveRelativePath(relativePath, anchorPath) : null;
                }
            };
            files.setPrefix(templateDir.get().toAbsolutePath().toString());
            loader = files;
        } else {
            ClasspathLoader classpath = new ClasspathLoader(SiteRenderer.class.getClassLoader()) {
                @Override
                public String resolveRelativePath(String relativePath, String anchorPath) {
                    return relative(relativePath) ? super.resolveRelativePath(relativePath, anchorPath) : null;
                }
            };
            classpath.setPrefix("templates");
            loader = classpath;
        }
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaping()) // the same escaping as Pebble's, faster
                .extension(new RecordAttributes.Extension()) // the view records' attributes, without reflection
                .extension(new RecordAttributes.Sites()) // and a cache of the type read at each attribute
                .extension(new PageNodes()) // text and escaped values to the page writer as bytes (after the escaper)
                .newLineTrimming(true)
                .defaultLocale(Locale.ROOT)
                .cacheActive(true)
                .build();
        String base = baseUrl.endsWith("/") || baseUrl.isEmpty() ? baseUrl : baseUrl + "/";
        return new SiteRenderer(engine, templateDir, base);
    }

    /**
     * Whether Pebble's loaders would resolve a template name named in an include or extends against the
     * template that names it: only a name that starts "./" or "../" (after turning backslashes into
     * slashes); for any other they return null. Our templates name none such, and asking the loader costs
     * two regular expressions for every include of every page.
     */
    private static boolean relative(String name) {
        return name != null && name.startsWith(".");
    }

    private static final String METHODOLOGY = "methodology.html";
    private static final String NOT_FOUND = "404.html";

    /** The templates the pages are rendered from, and those they extend or include. */
    private static final List<String> TEMPLATES = List.of("layout", "crumbs", "matrix-rows", "story", "cluster",
            "source", "speaker", "speakers", "search", "timeline", "citations", "framing", "index", "methodology", "404");

    /**
     * Parses and compiles the templates now (they are cached), so that the first story does not wait
     * for it: for a warm-up thread. Changes no output; a template that cannot be read is left for the
     * page that needs it to report.
     */
    public void warmUp() {
        for (String name : TEMPLATES) {
            try {
                engine.getTemplate(name);
            } catch (RuntimeException e) {
                // reported, with its page, when a page is rendered from it
            }
        }
    }

    /** All files of the site for these stories (sorted by slug). */
    public SiteFiles render(List<Comparison> comparisons) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        boolean many = comparisons.size() > 1;
        List<StorySummary> summaries = new ArrayList<>();
        for (Comparison c : comparisons) {
            SortedMap<String, byte[]> story = renderStory(c, many);
            files.putAll(story);
            summaries.add(summary(c, story));
        }
        files.putAll(renderIndex(summaries, many));
        return new SiteFiles(files);
    }

    /**
     * The files of one story: its pages and {@code data/<slug>.json}. They depend on this story alone
     * (and on the templates, the base address and {@code many}), so a build can render each story as
     * soon as it is compared, and reuse them while the story does not change.
     *
     * @param many true in a site of several stories (the story's pages go under {@code <slug>/})
     */
    public SortedMap<String, byte[]> renderStory(Comparison comparison, boolean many) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        String slug = comparison.analysis().story().slug();
        StoryPages pages = new StoryPages(this, comparison, storyFolder(slug, many));
        pages.renderInto(files);
        files.put("data/" + slug + ".json", DataFiles.story(comparison.analysis(), pages::words));
        return files;
    }

    /**
     * The folder that holds a story's pages and nothing else: {@code <slug>/} in a site of several stories,
     * "" in a site of one (its pages share the root with the site's). The story's data file is outside it.
     */
    public static String storyFolder(String slug, boolean many) {
        return many ? slug + "/" : "";
    }

    /**
     * All that {@link #renderIndex} needs of a story: what the index, the feed and the sitemap show.
     *
     * @param files the story's files, from {@link #renderStory}
     */
    public StorySummary summary(Comparison comparison, SortedMap<String, byte[]> files) {
        return new StorySummary(StoryView.of(comparison), Feeds.latest(comparison.analysis().story()).toString(),
                files.keySet().stream().filter(p -> p.endsWith(".html")).toList());
    }

    /**
     * The files of the site that are not any one story's: {@code data/index.json}, the index of stories
     * (when {@code many}), the methodology, 404, feed and sitemap, and the assets: {@link #renderFixed} and
     * {@link #renderListing} together.
     *
     * @param stories the summaries of all stories, in index order (by slug)
     */
    public SortedMap<String, byte[]> renderIndex(List<StorySummary> stories, boolean many) {
        SortedMap<String, byte[]> files = renderFixed();
        files.putAll(renderListing(stories, many));
        return files;
    }

    /**
     * The site-wide files that depend on no story: the methodology, the 404 page and the assets. They
     * depend only on the templates and the base address, so a rebuild may carry them over.
     */
    public SortedMap<String, byte[]> renderFixed() {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(METHODOLOGY, page("methodology", METHODOLOGY, methodology()));
        files.put(NOT_FOUND, notFound());
        for (String asset : assetNames()) {
            files.put("assets/" + asset, asset(asset));
        }
        return files;
    }

    /**
     * The site-wide files that list the stories: {@code data/index.json}, the index of stories (when
     * {@code many}), the feed and the sitemap (which also lists the pages of {@link #renderFixed}). They
     * depend on the stories' summaries, the base address and the templates alone.
     *
     * @param stories the summaries of all stories, in index order (by slug)
     */
    public SortedMap<String, byte[]> renderListing(List<StorySummary> stories, boolean many) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        List<StoryView> views = stories.stream().map(StorySummary::view).toList();
        List<Feeds.Item> items = stories.stream().map(s -> new Feeds.Item(s.view().slug(), s.view().title(),
                Instant.parse(s.updated()), many ? s.view().href() : "index.html", s.view().summary())).toList();
        files.put("data/index.json", DataFiles.index(views));
        if (many) {
            Map<String, Object> ctx = rootContext("Home");
            // newest first, as a reader of a news site expects; stories with no date last, then by slug
            ctx.put("stories", views.stream().sorted(Comparator.comparing(StoryView::date).reversed()
                    .thenComparing(StoryView::slug)).toList());
            files.put("index.html", page("index", "index.html", ctx));
        }
        files.put("feed.xml", Feeds.atom(baseUrl, many ? "Parallax" : views.isEmpty() ? "Parallax"
                : views.get(0).title() + " \u00b7 Parallax", items));
        SortedSet<String> pages = new TreeSet<>(files.keySet());
        pages.add(METHODOLOGY); // the one page of renderFixed in the sitemap (not the 404 page)
        stories.forEach(s -> pages.addAll(s.pages()));
        files.put("sitemap.xml", Feeds.sitemap(baseUrl, pages.stream()
                .filter(p -> p.endsWith(".html") && !p.equals(NOT_FOUND)).toList()));
        return files;
    }

    /** The context of a page outside any story: the site-wide navigation. */
    private Map<String, Object> rootContext(String current) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("nav", List.of(new Views.Link("index.html", "Home", current.equals("Home")),
                new Views.Link("methodology.html", "Methodology", current.equals("Methodology"))));
        ctx.put("scripts", List.of());
        return ctx;
    }

    private Map<String, Object> methodology() {
        Map<String, Object> ctx = rootContext("Methodology");
        String markdown = new String(template("methodology.md"), StandardCharsets.UTF_8);
        Parser parser = Parser.builder().build();
        HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).build();
        ctx.put("bodyHtml", html.render(parser.parse(markdown)));
        return ctx;
    }

    /**
     * The page GitHub Pages serves for a missing address. It may be shown at any depth, so its links
     * cannot be relative: they are absolute from the base URL when one is given, else root-relative
     * (right for a site at the root of its host, such as {@code serve} or a user site).
     */
    private byte[] notFound() {
        String root = baseUrl.isEmpty() ? "/" : baseUrl;
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("nav", List.of(new Views.Link(root + "index.html", "Home", false),
                new Views.Link(root + "methodology.html", "Methodology", false)));
        ctx.put("scripts", List.of());
        return page("404", "404.html", ctx, root, new PageWriter());
    }

    /** Renders template {@code name} for a page at {@code path} (relative to the site root). */
    byte[] page(String name, String path, Map<String, Object> context) {
        return page(name, path, context, rootOf(path), new PageWriter());
    }

    /** {@link #page(String, String, Map)}, written with {@code out} (one writer for many pages, one at a time). */
    byte[] page(String name, String path, Map<String, Object> context, PageWriter out) {
        return page(name, path, context, rootOf(path), out);
    }

    private byte[] page(String name, String path, Map<String, Object> context, String root, PageWriter out) {
        Map<String, Object> ctx = new HashMap<>(context);
        ctx.put("root", root);
        ctx.put("baseUrl", baseUrl);
        ctx.put("path", path.isEmpty() ? "index.html" : path);
        PebbleTemplate template = engine.getTemplate(name);
        out.reset(); // nothing of a page that failed before
        try {
            template.evaluate(out, ctx, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render template " + name, e);
        }
        return out.bytes();
    }

    /** "../" once per folder level of {@code path}. */
    static String rootOf(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    private List<String> assetNames() {
        return List.of(new String(asset("assets.list"), StandardCharsets.UTF_8).split("\n")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#") && !s.equals("assets.list"))
                .toList();
    }

    private byte[] template(String name) {
        try {
            if (templateDir.isPresent()) {
                return Files.readAllBytes(templateDir.get().resolve(name));
            }
            try (InputStream in = SiteRenderer.class.getResourceAsStream("/templates/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing template file templates/" + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template file " + name, e);
        }
    }

    private byte[] asset(String name) {
        try {
            if (templateDir.isPresent()) {
                return Files.readAllBytes(templateDir.get().resolve("assets").resolve(name));
            }
            try (InputStream in = SiteRenderer.class.getResourceAsStream("/templates/assets/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing asset templates/assets/" + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read asset " + name, e);
        }
    }
}

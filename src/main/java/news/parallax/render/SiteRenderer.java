package news.parallax.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import news.parallax.model.Comparison;
import news.parallax.model.SiteFiles;

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
            FileLoader files = new FileLoader();
            files.setPrefix(templateDir.get().toAbsolutePath().toString());
            loader = files;
        } else {
            ClasspathLoader classpath = new ClasspathLoader(SiteRenderer.class.getClassLoader());
            classpath.setPrefix("templates");
            loader = classpath;
        }
        loader.setSuffix(".peb");
        loader.setCharset("UTF-8");
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.ROOT)
                .cacheActive(true)
                .build();
        String base = baseUrl.endsWith("/") || baseUrl.isEmpty() ? baseUrl : baseUrl + "/";
        return new SiteRenderer(engine, templateDir, base);
    }

    /** All files of the site for these stories (sorted by slug). */
    public SiteFiles render(List<Comparison> comparisons) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        boolean many = comparisons.size() > 1;
        for (Comparison c : comparisons) {
            files.putAll(renderStory(c, many));
        }
        files.putAll(renderIndex(comparisons.stream().map(this::summary).toList(), many));
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
        new StoryPages(this, comparison, many ? slug + "/" : "").renderInto(files);
        files.put("data/" + slug + ".json", DataFiles.story(comparison.analysis()));
        return files;
    }

    /** What the index of stories shows of a story; all {@link #renderIndex} needs of it. */
    public StoryView summary(Comparison comparison) {
        return StoryView.of(comparison);
    }

    /**
     * The files of the site that are not any one story's: {@code data/index.json}, the index of stories
     * (when {@code many}) and the assets.
     *
     * @param stories the summaries of all stories, in index order (by slug)
     */
    public SortedMap<String, byte[]> renderIndex(List<StoryView> stories, boolean many) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put("data/index.json", DataFiles.index(stories));
        if (many) {
            Map<String, Object> ctx = new HashMap<>();
            ctx.put("stories", stories);
            files.put("index.html", page("index", "", ctx));
        }
        for (String asset : assetNames()) {
            files.put("assets/" + asset, asset(asset));
        }
        return files;
    }

    /** Renders template {@code name} for a page at {@code path} (relative to the site root). */
    byte[] page(String name, String path, Map<String, Object> context) {
        Map<String, Object> ctx = new HashMap<>(context);
        ctx.put("root", rootOf(path));
        ctx.put("baseUrl", baseUrl);
        ctx.put("path", path.isEmpty() ? "index.html" : path);
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, ctx, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render template " + name, e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "../" once per folder level of {@code path}. */
    static String rootOf(String path) {
        int depth = (int) path.chars().filter(ch -> ch == '/').count();
        return "../".repeat(depth);
    }

    private List<String> assetNames() {
        return List.of(new String(asset("assets.list"), StandardCharsets.UTF_8).split("\n")).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#") && !s.equals("assets.list"))
                .toList();
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

package news.parallax.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import news.parallax.model.Block;
import news.parallax.model.Problem;
import news.parallax.model.Source;
import news.parallax.model.Story;
import news.parallax.text.Slugs;

/**
 * Reads a story folder, or a folder of story folders, into {@link Story} values.
 *
 * <p>A folder that holds article files ({@code .txt}, {@code .md}, {@code .json} other than
 * {@code story.json}) is one story; otherwise each sub-folder that holds article files is a story.
 * Problems with the input are collected and thrown together, each naming its file.
 */
public final class StoryReader {

    private static final Set<String> EXTENSIONS = Set.of("txt", "md", "json");
    private static final Set<String> ARTICLE_KEYS = Set.of("title", "outlet", "url", "published", "byline", "text");
    private static final Set<String> FRONT_MATTER_KEYS = Set.of("title", "outlet", "url", "published", "byline");
    private static final Set<String> STORY_KEYS = Set.of("title", "sources");
    private static final Set<String> SOURCE_KEYS = Set.of("outlet", "url", "published", "byline", "title", "headline");

    private final NewsTextParser parser;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    /** Made on first use: only Markdown front matter needs it, and it is slow to make (class loading). */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new YAMLMapper();
    }

    public StoryReader(NewsTextParser parser) {
        this.parser = parser;
    }

    /** A reader with the standard news-text rules. */
    public static StoryReader standard() {
        return new StoryReader(NewsTextParser.standard());
    }

    /** Reads every story under {@code input}, sorted by slug. */
    public List<Story> read(Path input) throws BadInputException {
        List<Problem> problems = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        for (Path dir : storyFolders(input)) {
            try {
                stories.add(readStory(dir));
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        stories.sort(Comparator.comparing(Story::slug));
        return List.copyOf(stories);
    }

    /**
     * The story folders under {@code input}, sorted by name: {@code input} itself when it holds article
     * files, else each of its sub-folders that does; no two may have the same slug. {@link #readStory}
     * reads each one.
     */
    public static List<Path> storyFolders(Path input) throws BadInputException {
        if (!Files.isDirectory(input)) {
            throw new BadInputException(new Problem(input.toString(), 0,
                    Files.exists(input) ? "is not a folder: give a story folder or a folder of story folders"
                            : "does not exist: give a story folder or a folder of story folders"));
        }
        List<Path> storyDirs = new ArrayList<>();
        if (!articleFiles(input).isEmpty()) {
            storyDirs.add(input);
        } else {
            for (Path sub : listSorted(input)) {
                if (Files.isDirectory(sub) && !articleFiles(sub).isEmpty()) {
                    storyDirs.add(sub);
                } else if (Files.isSymbolicLink(sub) && !Files.exists(sub)) {
                    throw new BadInputException(new Problem(sub.toString(), 0, "is a symbolic link that leads nowhere"
                            + " (a loop or a missing target): remove it or point it at a story folder"));
                }
            }
        }
        if (storyDirs.isEmpty()) {
            throw new BadInputException(new Problem(input.toString(), 0,
                    "holds no article files (.txt, .md, .json) and no story folders with any"));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, Path> slugs = new HashMap<>();
        for (Path dir : storyDirs) {
            Path twin = slugs.putIfAbsent(slugOf(dir).toLowerCase(Locale.ROOT), dir);
            if (twin != null) {
                problems.add(new Problem(dir.toString(), 0, "has the same name in URLs (\"" + slugOf(dir) + "\") as "
                        + twin.getFileName() + ": rename one of the two story folders"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return List.copyOf(storyDirs);
    }

    /** Reads one story folder. */
    public Story readStory(Path dir) throws BadInputException {
        List<Problem> problems = new ArrayList<>();
        StoryConfig config = readConfig(dir, problems);
        List<Source> sources = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        List<Path> files = articleFiles(dir);
        int index = 0;
        for (Path file : files) {
            String id = idOf(file);
            Path twin = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), file);
            if (twin != null) {
                // ids differing only in case would collide on case-insensitive file systems
                problems.add(new Problem(file.toString(), 0, "has the same id \"" + id + "\" as " + twin.getFileName()
                        + ": rename one of them (the id is the file name without its extension)"));
                continue;
            }
            try {
                sources.add(readArticle(file, id, index++, config.sources().getOrDefault(id, Map.of())));
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            }
        }
        for (String key : config.sources().keySet()) {
            if (!seen.containsKey(key.toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(dir.resolve("story.json").toString(), 0,
                        "names source \"" + key + "\" but the folder has no article file with that name"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        String slug = slugOf(dir);
        String title = config.title().filter(t -> !t.isBlank()).orElseGet(() -> sources.stream().map(Source::headline)
                .flatMap(Optional::stream).findFirst().orElse(slug));
        return new Story(slug, title, sources);
    }

    /**
     * Reads one article file on its own (for {@code extract}): a story of one source, labelled with
     * {@code name} (its path relative to the input) and sourced from the file alone.
     */
    public Story readSingle(Path file, String name) throws BadInputException {
        Source source = readArticle(file, idOf(file), 0, Map.of());
        return new Story(source.id(), name, List.of(source));
    }

    /** True for the files a story folder's articles may be: .txt, .md and .json other than story.json. */
    public static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals("story.json") && EXTENSIONS.contains(extension(name));
    }

    private Source readArticle(Path file, String id, int index, Map<String, String> meta) throws BadInputException {
        String name = file.getFileName().toString();
        String ext = extension(name);
        String raw = decode(file);
        Map<String, String> fields = new HashMap<>();
        String text;
        int from = 0;
        switch (ext) {
            case "json" -> {
                JsonNode node = parseJson(file, raw);
                checkKeys(file, node, ARTICLE_KEYS, "an article .json");
                fields.putAll(strings(file, node));
                text = fields.getOrDefault("text", "");
                fields.remove("text");
            }
            case "md" -> {
                text = raw;
                from = raw.startsWith("\uFEFF") ? 1 : 0;
                FrontMatter fm = FrontMatter.find(raw, from);
                if (fm != null) {
                    JsonNode node = parseYaml(file, fm.yaml(), fm.firstLine());
                    checkKeys(file, node, FRONT_MATTER_KEYS, "front matter");
                    fields.putAll(strings(file, node));
                    from = fm.end();
                }
            }
            default -> {
                text = raw;
                // a UTF-8 byte-order mark stays in the text (offsets index the file as decoded) but is skipped
                from = raw.startsWith("\uFEFF") ? 1 : 0;
            }
        }
        if (isBlank(text, from)) {
            throw new BadInputException(new Problem(file.toString(), 0,
                    "has no article text: write the article in it or remove the file"));
        }
        meta.forEach(fields::putIfAbsent);
        NewsTextParser.Parsed parsed = parser.parse(text, from);
        if (parsed.blocks().stream().noneMatch(b -> b.kind() == Block.Kind.BODY)) {
            throw new BadInputException(new Problem(file.toString(), 0,
                    "has a headline or metadata but no body paragraphs: add the article text below them"));
        }
        Optional<String> outlet = Optional.ofNullable(fields.get("outlet")).or(parsed::outlet);
        String label = outlet.orElse("Source " + letter(index));
        Optional<String> headline = Optional.ofNullable(fields.get("title")).or(parsed::headline);
        Optional<String> published = Optional.ofNullable(fields.get("published"))
                .map(given -> Dates.iso(given).orElse(given)).or(parsed::published);
        return new Source(id, name, label, outlet, headline,
                Optional.ofNullable(fields.get("byline")).or(parsed::byline), published,
                Optional.ofNullable(fields.get("url")), text, parsed.blocks());
    }

    /** True when {@code text} from {@code from} holds only white space, no-break spaces and invisible marks. */
    private static boolean isBlank(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B')) {
                return false;
            }
        }
        return true;
    }

    /** "A".."Z", then "AA", "AB", ... */
    static String letter(int index) {
        StringBuilder sb = new StringBuilder();
        int i = index;
        do {
            sb.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return sb.toString();
    }

    private static String decode(Path file) throws BadInputException {
        return TextDecoder.decode(file);
    }

    private StoryConfig readConfig(Path dir, List<Problem> problems) {
        Path file = dir.resolve("story.json");
        if (!Files.exists(file)) {
            return StoryConfig.NONE;
        }
        try {
            JsonNode node = parseJson(file, decode(file));
            checkKeys(file, node, STORY_KEYS, "story.json");
            Optional<String> title = Optional.empty();
            if (node.has("title") && !node.get("title").isNull()) {
                // a blank title counts as no title: the story then takes a headline
                title = Optional.of(text(file, node.get("title"), "title")).map(String::strip).filter(t -> !t.isEmpty());
            }
            Map<String, Map<String, String>> sources = new HashMap<>();
            JsonNode s = node.get("sources");
            if (s != null) {
                if (!s.isObject()) {
                    throw bad(file, "\"sources\" must be an object of file name -> {outlet, url, published, byline}");
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = s.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    checkKeys(file, e.getValue(), SOURCE_KEYS, "sources." + e.getKey());
                    Map<String, String> fields = strings(file, e.getValue());
                    if (fields.containsKey("headline")) {
                        fields.put("title", fields.remove("headline"));
                    }
                    sources.put(idOf(Path.of(e.getKey())), fields);
                }
            }
            return new StoryConfig(title, sources);
        } catch (BadInputException e) {
            problems.addAll(e.problems());
            return StoryConfig.NONE;
        }
    }

    private JsonNode parseJson(Path file, String raw) throws BadInputException {
        try {
            JsonNode node = json.readTree(raw.startsWith("\uFEFF") ? raw.substring(1) : raw);
            if (node == null || !node.isObject()) {
                throw bad(file, "must hold one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            String column = at == null ? "" : " column " + at.getColumnNr();
            throw new BadInputException(new Problem(file.toString(), line,
                    "is not valid JSON" + column + ": " + e.getOriginalMessage()));
        }
    }

    private JsonNode parseYaml(Path file, String raw, int firstLine) throws BadInputException {
        try {
            JsonNode node = Yaml.MAPPER.readTree(raw);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return json.createObjectNode();
            }
            if (!node.isObject()) {
                throw bad(file, "front matter must be a YAML mapping of title, outlet, url, published, byline");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : firstLine + Math.max(0, at.getLineNr() - 1);
            throw new BadInputException(new Problem(file.toString(), line,
                    "has invalid YAML front matter: " + e.getOriginalMessage()));
        }
    }

    private static void checkKeys(Path file, JsonNode node, Set<String> allowed, String what) throws BadInputException {
        if (!node.isObject()) {
            throw bad(file, what + " must be an object");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!allowed.contains(key)) {
                throw bad(file, what + " has an unknown key \"" + key + "\"; allowed: "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static Map<String, String> strings(Path file, JsonNode node) throws BadInputException {
        Map<String, String> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            String value = text(file, e.getValue(), e.getKey());
            if (!value.isBlank() || e.getKey().equals("text")) {
                // a blank value counts as absent: never show an empty outlet or byline
                out.put(e.getKey(), e.getKey().equals("text") ? value : value.strip());
            }
        }
        return out;
    }

    private static String text(Path file, JsonNode value, String key) throws BadInputException {
        if (!value.isTextual()) {
            throw bad(file, "\"" + key + "\" must be a string, not " + value.getNodeType().name().toLowerCase(Locale.ROOT)
                    + (value.isValueNode() ? ": put the value in quotes" : ""));
        }
        return value.asText();
    }

    private static BadInputException bad(Path file, String message) {
        return new BadInputException(new Problem(file.toString(), 0, message));
    }

    private static List<Path> articleFiles(Path dir) throws BadInputException {
        List<Path> out = new ArrayList<>();
        for (Path p : listSorted(dir)) {
            // broken links and special files are kept, so that reading them reports the problem
            if (isArticleFile(p) && !Files.isDirectory(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static List<Path> listSorted(Path dir) throws BadInputException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new BadInputException(new Problem(dir.toString(), 0, "cannot be listed (" + e.getMessage() + ")"));
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot <= 0 ? name : name.substring(0, dot);
        return Slugs.of(base);
    }

    private static String slugOf(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return Slugs.of(name == null ? "story" : name.toString());
    }

    private record StoryConfig(Optional<String> title, Map<String, Map<String, String>> sources) {
        static final StoryConfig NONE = new StoryConfig(Optional.empty(), Map.of());
    }
}

package news.parallax.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import news.parallax.render.StorySummary;
import news.parallax.render.StoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StoryCacheTest {

    @TempDir
    Path tmp;

    private Path story(String name, String text) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in").resolve(name));
        Files.writeString(dir.resolve("a.txt"), text, StandardCharsets.UTF_8);
        return dir;
    }

    private static CachedStory entry(String slug) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        files.put(slug + "/index.html", "<p>\u00e9</p>".getBytes(StandardCharsets.UTF_8));
        files.put("data/" + slug + ".json", "{}".getBytes(StandardCharsets.UTF_8));
        return new CachedStory(new StorySummary(new StoryView(slug, "A title", slug + "/index.html", 3, 7, 2, "2025-01-02"),
                "1970-01-01T00:00:00Z", List.of(slug + "/index.html")), 3, files);
    }

    @Test
    void aStoryProbablyChangedWhenAnInputIsNewerThanTheLedgerOrThereIsNoLedger() throws Exception {
        Path one = story("one", "Text.");
        story("two", "More text.");
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("site");
        assertThat(StoryCache.probablyChanged(input, output)).as("no build yet").isTrue();

        Path ledger = StoryCache.beside(output, "s").ledger().orElseThrow();
        Files.createDirectories(ledger.getParent());
        Files.write(ledger, new byte[] {1});
        FileTime built = FileTime.fromMillis(Files.getLastModifiedTime(ledger).toMillis());
        FileTime before = FileTime.fromMillis(built.toMillis() - 60_000);
        for (Path p : List.of(input, one, one.resolve("a.txt"), tmp.resolve("in/two"), tmp.resolve("in/two/a.txt"))) {
            Files.setLastModifiedTime(p, before);
        }
        assertThat(StoryCache.probablyChanged(input, output)).as("nothing newer than the last build").isFalse();

        Files.setLastModifiedTime(tmp.resolve("in/two/a.txt"), FileTime.fromMillis(built.toMillis() + 1_000));
        assertThat(StoryCache.probablyChanged(input, output)).as("an article edited since").isTrue();
    }

    @Test
    void theFirstInputNewerThanTheLedgerIsFoundInsideTheStoryThatChanged() throws Exception {
        Path one = story("one", "Text.");
        Path two = story("two", "More text.");
        Path input = tmp.resolve("in");
        Path output = tmp.resolve("site");
        assertThat(StoryCache.firstNewer(input, output)).as("no build yet").contains(input);

        Path ledger = StoryCache.beside(output, "s").ledger().orElseThrow();
        Files.createDirectories(ledger.getParent());
        Files.write(ledger, new byte[] {1});
        FileTime built = FileTime.fromMillis(Files.getLastModifiedTime(ledger).toMillis());
        FileTime before = FileTime.fromMillis(built.toMillis() - 60_000);
        for (Path p : List.of(input, one, one.resolve("a.txt"), two, two.resolve("a.txt"))) {
            Files.setLastModifiedTime(p, before);
        }
        assertThat(StoryCache.firstNewer(input, output)).isEmpty();

        Files.setLastModifiedTime(two.resolve("a.txt"), FileTime.fromMillis(built.toMillis() + 1_000));

        assertThat(StoryCache.firstNewer(input, output)).hasValueSatisfying(p -> assertThat(p).startsWith(two));
    }

    @Test
    void anEntryReadsBackAsItWasWritten() throws Exception {
        StoryCache cache = StoryCache.in(tmp.resolve("cache"), "s");
        String key = cache.key(story("one", "Text."));
        cache.put(key, entry("one"));

        StoryCache.Entry back = cache.get(key).orElseThrow();

        assertThat(back.summary()).isEqualTo(entry("one").summary());
        assertThat(back.articles()).isEqualTo(3);
        assertThat(back.paths()).containsExactly("data/one.json", "one/index.html");
        assertThat(back.files().keySet()).containsExactly("data/one.json", "one/index.html");
        assertThat(new String(back.files().get("one/index.html"), StandardCharsets.UTF_8)).isEqualTo("<p>\u00e9</p>");
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void theKeyChangesWithTheFilesTheFolderNameAndTheSettings() throws Exception {
        StoryCache cache = StoryCache.in(tmp.resolve("cache"), "s");
        Path one = story("one", "Text.");
        String key = cache.key(one);

        assertThat(cache.key(one)).isEqualTo(key);
        assertThat(cache.key(story("two", "Text."))).isNotEqualTo(key);
        assertThat(StoryCache.in(tmp.resolve("cache"), "other").key(one)).isNotEqualTo(key);
        Files.writeString(one.resolve("a.txt"), "Text!", StandardCharsets.UTF_8);
        assertThat(cache.key(one)).isNotEqualTo(key);
        Files.writeString(one.resolve("a.txt"), "Text.", StandardCharsets.UTF_8);
        Files.writeString(one.resolve("story.json"), "{}", StandardCharsets.UTF_8);
        assertThat(cache.key(one)).isNotEqualTo(key);
    }

    @Test
    void hiddenFilesAreNotPartOfTheKey() throws Exception {
        StoryCache cache = StoryCache.in(tmp.resolve("cache"), "s");
        Path one = story("one", "Text.");
        String key = cache.key(one);
        Files.writeString(one.resolve(".DS_Store"), "x", StandardCharsets.UTF_8);

        assertThat(cache.key(one)).isEqualTo(key);
    }

    @Test
    void aTruncatedOrForeignEntryIsAMissNotAnError() throws Exception {
        StoryCache cache = StoryCache.in(tmp.resolve("cache"), "s");
        String key = cache.key(story("one", "Text."));
        cache.put(key, entry("one"));
        Path file = tmp.resolve("cache").resolve(key + ".story");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));

        assertThat(cache.get(key)).isEmpty();
        Files.writeString(file, "not a cache entry", StandardCharsets.UTF_8);
        assertThat(cache.get(key)).isEmpty();
        assertThat(cache.misses()).isEqualTo(2);
    }

    @Test
    void retainOnlyDeletesEveryOtherEntry() throws Exception {
        StoryCache cache = StoryCache.in(tmp.resolve("cache"), "s");
        String one = cache.key(story("one", "One."));
        String two = cache.key(story("two", "Two."));
        cache.put(one, entry("one"));
        cache.put(two, entry("two"));

        cache.retainOnly(List.of(two));

        assertThat(cache.get(one)).isEmpty();
        assertThat(cache.get(two)).isPresent();
    }

    @Test
    void aDisabledCacheHoldsNothing() throws Exception {
        StoryCache cache = StoryCache.disabled();
        cache.put("k", entry("one"));

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void theCacheOfAnOutputIsBesideItNotInsideIt() throws Exception {
        Path output = tmp.resolve("site");
        StoryCache cache = StoryCache.beside(output, "s");
        cache.put(cache.key(story("one", "Text.")), entry("one"));

        assertThat(tmp.resolve(".parallax-cache/site")).isDirectory();
        assertThat(output).doesNotExist();
    }

    @Test
    void theCodeVersionOfAJarChangesWithTheContentOfAnyEntry() throws Exception {
        Path one = jar("one.jar", "lexicon.txt", "said\ntold\n");
        Path same = jar("same.jar", "lexicon.txt", "said\ntold\n");
        Path other = jar("other.jar", "lexicon.txt", "said\nwrote\n");

        assertThat(CodeVersion.of(one)).isEqualTo(CodeVersion.of(same)).hasSize(32);
        assertThat(CodeVersion.of(other)).isNotEqualTo(CodeVersion.of(one));
    }

    private Path jar(String name, String entry, String content) throws Exception {
        Path file = tmp.resolve(name);
        try (var out = new ZipOutputStream(Files.newOutputStream(file))) {
            ZipEntry e = new ZipEntry(entry);
            e.setTime(0);
            out.putNextEntry(e);
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    @ParameterizedTest
    @MethodSource("summaries")
    void aSummaryRoundTripsFieldByField(StorySummary summary) throws Exception {
        var out = new ByteArrayOutputStream();
        SummaryCodec.write(new DataOutputStream(out), summary);

        StorySummary back = SummaryCodec.read(new DataInputStream(new ByteArrayInputStream(out.toByteArray())));

        assertThat(back).isEqualTo(summary);
    }

    static List<StorySummary> summaries() {
        return List.of(
                new StorySummary(new StoryView("s", "t", "s/index.html", 1, 2, 0, ""), "1970-01-01T00:00:00Z", List.of()),
                new StorySummary(new StoryView(null, null, null, 0, 0, 0, null), "", List.of("a.html")),
                new StorySummary(new StoryView("caf\u00e9", "\u201cQuoted\u201d \ud83d\ude00 title", "caf\u00e9/index.html",
                        5, 40, 12, "2025-03-30"), "2025-03-30T12:00:00Z",
                        List.of("caf\u00e9/index.html", "caf\u00e9/clusters/c1.html", "caf\u00e9/sources/a.html")));
    }

    @Test
    void aTruncatedSummaryIsAnErrorNotAWrongValue() throws Exception {
        var out = new ByteArrayOutputStream();
        SummaryCodec.write(new DataOutputStream(out), summaries().get(2));
        byte[] bytes = out.toByteArray();

        for (int cut = 0; cut < bytes.length; cut++) {
            var in = new DataInputStream(new ByteArrayInputStream(Arrays.copyOf(bytes, cut)));
            assertThatThrownBy(() -> SummaryCodec.read(in)).as("cut at %d", cut).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void theCodeVersionOfAFolderChangesWithAnyFileInIt() throws Exception {
        Path code = Files.createDirectories(tmp.resolve("classes/news"));
        Files.writeString(code.resolve("A.class"), "one", StandardCharsets.UTF_8);
        String before = CodeVersion.of(tmp.resolve("classes"));
        Files.writeString(code.resolve("lexicon.txt"), "word", StandardCharsets.UTF_8);

        assertThat(CodeVersion.of(tmp.resolve("classes"))).isNotEqualTo(before).hasSize(32);
    }
}

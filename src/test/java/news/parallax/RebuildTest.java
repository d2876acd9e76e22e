package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild that carries unchanged stories over from the cache and the previous output makes exactly
 * the files and folders of a full build without the cache, whatever changed: a story, a template, the
 * list of stories, the base address, or the output itself.
 */
class RebuildTest {

    @TempDir
    Path tmp;

    private final Pipeline pipeline = Pipeline.standard(Optional.empty(), "").withThreads(2);

    /** Asserts that {@code output} holds the same files (bytes) and folders as {@code full}. */
    /** Rebuilds {@code output} from {@code input}, checks it equals a full build of the same input, and reports. */
    private Pipeline.Report rebuildEqualToAFullBuild(Path input, Path output) throws Exception {
        Pipeline.Report rebuild = pipeline.build(input, output);
        pipeline.withoutCache().build(input, tmp.resolve("full"));
        assertSameSite(output, tmp.resolve("full"));
        return rebuild;
    }

    private static void assertSameSite(Path output, Path full) throws IOException {
        assertThat(listing(output)).isEqualTo(listing(full));
        assertThat(SiteTrees.text(SiteTrees.read(output))).isEqualTo(SiteTrees.text(SiteTrees.read(full)));
    }

    @Test
    void anUnchangedStoryIsCarriedOverAsTheSameFilesAndAChangedOneIsWrittenAgain() throws Exception {
        Path input = SiteTrees.stories(tmp, 3);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Object kept = inode(output.resolve("story-00/index.html"));
        Object changed = inode(output.resolve("story-01/index.html"));
        SiteTrees.append(input.resolve("story-01").resolve(SiteTrees.seedFiles().get(0).getFileName()),
                "\n\nThe mayor said the budget would be cut by a third.\n");

        Pipeline.Report rebuild = rebuildEqualToAFullBuild(input, output);

        assertThat(rebuild.reused()).isEqualTo(2);
        if (kept != null) {
            assertThat(inode(output.resolve("story-00/index.html"))).isEqualTo(kept);
            assertThat(inode(output.resolve("story-01/index.html"))).isNotEqualTo(changed);
        }
    }

    @Test
    void aRebuildWithNothingChangedKeepsTheSiteWideFilesAndRepairsAnEditedOne() throws Exception {
        Path input = SiteTrees.stories(tmp, 2);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Object index = inode(output.resolve("index.html"));
        Object feed = inode(output.resolve("feed.xml"));
        Object methodology = inode(output.resolve("methodology.html"));
        Path notFound = output.resolve("404.html");
        Files.writeString(notFound, Files.readString(notFound, StandardCharsets.UTF_8) + "<!-- edited -->",
                StandardCharsets.UTF_8);

        Pipeline.Report rebuild = rebuildEqualToAFullBuild(input, output);

        assertThat(rebuild.reused()).isEqualTo(2);
        if (index != null) {
            assertThat(inode(output.resolve("index.html"))).isEqualTo(index);
            assertThat(inode(output.resolve("feed.xml"))).isEqualTo(feed);
            assertThat(inode(output.resolve("methodology.html"))).isEqualTo(methodology);
        }
    }

    @Test
    void aStoryWhoseTitleChangesRewritesTheIndexOfStories() throws Exception {
        Path input = SiteTrees.stories(tmp, 2);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Object index = inode(output.resolve("index.html"));
        Object methodology = inode(output.resolve("methodology.html"));
        Path story = input.resolve("story-01").resolve("story.json");
        Files.writeString(story, "{\"title\": \"A title given later\"}", StandardCharsets.UTF_8);

        Pipeline.Report rebuild = rebuildEqualToAFullBuild(input, output);

        assertThat(rebuild.reused()).isEqualTo(1);
        assertThat(output.resolve("index.html")).content(StandardCharsets.UTF_8).contains("A title given later");
        if (index != null) {
            assertThat(inode(output.resolve("index.html"))).isNotEqualTo(index);
            assertThat(inode(output.resolve("methodology.html"))).isEqualTo(methodology);
        }
    }

    @Test
    void aChangedTemplateRendersEveryStoryAgain() throws Exception {
        Path templates = copyOf(Path.of("templates"), tmp.resolve("templates"));
        Path input = SiteTrees.stories(tmp, 2);
        Path output = tmp.resolve("site");
        Pipeline.standard(Optional.of(templates), "").build(input, output); // as serve does: a pipeline a build
        Path layout = templates.resolve("layout.peb");
        Files.writeString(layout, Files.readString(layout, StandardCharsets.UTF_8)
                .replace("Made with Parallax", "Made by Parallax"), StandardCharsets.UTF_8);

        Pipeline.Report rebuild = Pipeline.standard(Optional.of(templates), "").build(input, output);
        Pipeline.standard(Optional.of(templates), "").withoutCache().build(input, tmp.resolve("full"));

        assertThat(rebuild.reused()).isZero();
        assertThat(output.resolve("story-00/index.html")).content(StandardCharsets.UTF_8).contains("Made by Parallax");
        assertSameSite(output, tmp.resolve("full"));
    }

    @Test
    void addingAndRemovingStoriesReusesTheOthersAndRewritesTheIndex() throws Exception {
        Path input = SiteTrees.stories(tmp, 3);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        SiteTrees.stories(tmp.resolve("more"), 4);
        Files.move(tmp.resolve("more/stories/story-03"), input.resolve("story-03"));
        deleteTree(input.resolve("story-00"));

        Pipeline.Report rebuild = rebuildEqualToAFullBuild(input, output);

        assertThat(rebuild.reused()).isEqualTo(2);
        assertThat(output.resolve("story-00")).doesNotExist();
        assertThat(output.resolve("index.html")).content(StandardCharsets.UTF_8).contains("story-03/index.html");
    }

    @Test
    void aNewBaseAddressRendersEveryStoryAgain() throws Exception {
        Path input = SiteTrees.stories(tmp, 2);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Pipeline based = Pipeline.standard(Optional.empty(), "https://example.org/news/").withThreads(2);

        Pipeline.Report rebuild = based.build(input, output);
        based.withoutCache().build(input, tmp.resolve("full"));

        assertThat(rebuild.reused()).isZero();
        assertThat(output.resolve("feed.xml")).content(StandardCharsets.UTF_8).contains("https://example.org/news/");
        assertSameSite(output, tmp.resolve("full"));
    }

    @Test
    void pagesEditedDeletedOrAddedInTheOutputAreRepaired() throws Exception {
        Path input = SiteTrees.stories(tmp, 3);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Path page = output.resolve("story-00/index.html");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, text.replace("<main", "<MAIN"), StandardCharsets.UTF_8); // same size, other bytes
        Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(page).toMillis() + 5_000));
        Files.delete(output.resolve("data/story-01.json"));
        Files.writeString(output.resolve("story-02/sources/stray.html"), "stray", StandardCharsets.UTF_8);
        Files.createDirectories(output.resolve("story-02/empty"));

        Pipeline.Report rebuild = rebuildEqualToAFullBuild(input, output);

        assertThat(rebuild.reused()).isEqualTo(3);
    }

    @Test
    void aSiteOfOneStoryIsCarriedOverFileByFile() throws Exception {
        Path input = SiteTrees.stories(tmp, 1).resolve("story-00");
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Object kept = inode(output.resolve("sources/" + sourcePage(output)));

        Pipeline.Report rebuild = rebuildEqualToAFullBuild(input, output);

        assertThat(rebuild.reused()).isEqualTo(1);
        if (kept != null) {
            assertThat(inode(output.resolve("sources/" + sourcePage(output)))).isEqualTo(kept);
        }
    }

    private static String sourcePage(Path site) throws IOException {
        try (Stream<Path> pages = Files.list(site.resolve("sources"))) {
            return pages.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
    }

    /** Every file and folder under {@code root} ("name/" for a folder), sorted. */
    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Object inode(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}

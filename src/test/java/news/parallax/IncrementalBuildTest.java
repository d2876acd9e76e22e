package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBuildTest {

    @TempDir
    Path tmp;

    private final Pipeline pipeline = Pipeline.standard(Optional.empty(), "").withThreads(2);

    @Test
    void aRebuildWithNothingChangedReusesEveryStoryAndWritesTheSameBytes() throws Exception {
        Path input = SiteTrees.stories(tmp, 4);
        Path output = tmp.resolve("site");
        Pipeline.Report first = pipeline.build(input, output);
        var before = SiteTrees.text(SiteTrees.read(output));

        Pipeline.Report second = pipeline.build(input, output);

        assertThat(first.reused()).isZero();
        assertThat(second.reused()).isEqualTo(4);
        assertThat(SiteTrees.text(SiteTrees.read(output))).isEqualTo(before);
    }

    @Test
    void aRebuildAfterOneStoryChangedReanalysesOnlyThatStoryAndEqualsAFullBuild() throws Exception {
        Path input = SiteTrees.stories(tmp, 5);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Path changed = input.resolve("story-03");
        try (var files = Files.list(changed)) {
            SiteTrees.append(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().get(1),
                    "\n\nOfficials said the vote would take place next week.\n");
        }

        Pipeline.Report rebuild = pipeline.build(input, output);
        pipeline.withoutCache().build(input, tmp.resolve("full"));

        assertThat(rebuild.reused()).isEqualTo(4);
        assertThat(SiteTrees.text(SiteTrees.read(output))).isEqualTo(SiteTrees.text(SiteTrees.read(tmp.resolve("full"))));
    }

    @Test
    void renamingAStoryFolderIsAChangeOfThatStory() throws Exception {
        Path input = SiteTrees.stories(tmp, 3);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        Files.move(input.resolve("story-01"), input.resolve("story-renamed"));

        Pipeline.Report rebuild = pipeline.build(input, output);
        pipeline.withoutCache().build(input, tmp.resolve("full"));

        assertThat(rebuild.reused()).isEqualTo(2);
        assertThat(SiteTrees.text(SiteTrees.read(output))).isEqualTo(SiteTrees.text(SiteTrees.read(tmp.resolve("full"))));
    }

    @Test
    void goingFromOneStoryToManyRebuildsEveryStory() throws Exception {
        Path input = SiteTrees.stories(tmp, 1);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        SiteTrees.stories(tmp.resolve("more"), 2);
        Files.move(tmp.resolve("more/stories/story-01"), input.resolve("story-01"));

        Pipeline.Report rebuild = pipeline.build(input, output);
        pipeline.withoutCache().build(input, tmp.resolve("full"));

        assertThat(rebuild.reused()).isZero();
        assertThat(SiteTrees.text(SiteTrees.read(output))).isEqualTo(SiteTrees.text(SiteTrees.read(tmp.resolve("full"))));
    }

    @Test
    void theCacheLivesBesideTheOutputAndOnlyHoldsTheLastBuild() throws Exception {
        Path input = SiteTrees.stories(tmp, 3);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        SiteTrees.append(input.resolve("story-00").resolve(SiteTrees.seedFiles().get(0).getFileName()), "\nMore.\n");
        pipeline.build(input, output);

        Path cache = tmp.resolve(".parallax-cache/site");
        try (var entries = Files.list(cache)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("published.ledger")).toList())
                    .hasSize(3).allMatch(n -> n.matches("[0-9a-f]{32}\\.story"));
        }
        try (var published = Files.walk(output)) {
            assertThat(published.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("cache"));
        }
    }

    @Test
    void withoutTheCacheNothingIsReusedOrWritten() throws Exception {
        Path input = SiteTrees.stories(tmp, 2);
        Pipeline.Report first = pipeline.withoutCache().build(input, tmp.resolve("site"));
        Pipeline.Report second = pipeline.withoutCache().build(input, tmp.resolve("site"));

        assertThat(first.reused() + second.reused()).isZero();
        assertThat(tmp.resolve(".parallax-cache")).doesNotExist();
    }
}

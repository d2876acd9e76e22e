package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.IntStream;
import news.parallax.ingest.BadInputException;
import news.parallax.model.Comparison;
import news.parallax.model.SiteFiles;
import news.parallax.model.Story;
import news.parallax.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelBuildTest {

    @TempDir
    Path tmp;

    private final Pipeline pipeline = Pipeline.standard(Optional.empty(), "").withoutCache();

    @Test
    void storiesBuiltInParallelAreTheSameBytesAsTheWholeSiteRenderedInMemory() throws Exception {
        Path input = SiteTrees.stories(tmp, 5);
        pipeline.withThreads(4).build(input, tmp.resolve("site"));

        List<Story> stories = pipeline.ingest(input);
        List<Comparison> comparisons = stories.stream().map(pipeline::analyse).map(pipeline::compare).toList();
        SiteFiles inMemory = SiteRenderer.create(Optional.empty(), "").render(comparisons);

        assertThat(SiteTrees.text(SiteTrees.read(tmp.resolve("site")))).isEqualTo(SiteTrees.text(inMemory.files()));
    }

    @Test
    void parallelAndSequentialBuildsAreByteIdentical() throws Exception {
        Path input = SiteTrees.stories(tmp, 6);
        Pipeline.Report parallel = pipeline.withThreads(3).build(input, tmp.resolve("parallel"));
        Pipeline.Report sequential = pipeline.withThreads(1).build(input, tmp.resolve("sequential"));

        assertThat(SiteTrees.text(SiteTrees.read(tmp.resolve("parallel"))))
                .isEqualTo(SiteTrees.text(SiteTrees.read(tmp.resolve("sequential"))));
        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel.stories()).isEqualTo(6);
        assertThat(parallel.articles()).isEqualTo(6 * (int) SiteTrees.seedFiles().stream()
                .filter(p -> p.toString().endsWith(".txt")).count());
    }

    @Test
    void theIndexListsEveryStoryInSlugOrder() throws Exception {
        Path input = SiteTrees.stories(tmp, 12);
        pipeline.withThreads(4).build(input, tmp.resolve("site"));

        String index = Files.readString(tmp.resolve("site/data/index.json"), StandardCharsets.UTF_8);
        List<Integer> at = IntStream.range(0, 12)
                .mapToObj(i -> index.indexOf(String.format(Locale.ROOT, "\"story-%02d\"", i))).toList();
        assertThat(at).doesNotContain(-1).isSorted();
    }

    @Test
    void badInputInOneStoryPublishesNothingAndNamesTheFile() throws Exception {
        Path input = SiteTrees.stories(tmp, 4);
        Path output = tmp.resolve("site");
        pipeline.build(input, output);
        SortedMap<String, byte[]> before = SiteTrees.read(output);
        Path broken = input.resolve("story-02/broken.txt");
        Files.write(broken, new byte[] {'a', 0, 'b'});

        assertThatThrownBy(() -> pipeline.withThreads(2).build(input, output))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).contains("broken.txt")));
        assertThat(SiteTrees.text(SiteTrees.read(output))).isEqualTo(SiteTrees.text(before));
        try (var left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site.new-"));
        }
    }

    @Test
    void aSiteOfOneStoryHasTheStoryAtItsRoot() throws IOException, BadInputException {
        Pipeline.Report report = pipeline.build(SiteTrees.SEEDS, tmp.resolve("site"));

        assertThat(report.stories()).isEqualTo(1);
        assertThat(tmp.resolve("site/index.html")).exists();
        assertThat(tmp.resolve("site/data/index.json")).exists();
        assertThat(report.files()).isEqualTo(SiteTrees.read(tmp.resolve("site")).size());
    }
}

package news.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;

/**
 * Fuzzing ingest with Jazzer. In a plain {@code mvn verify} each method runs once per file of its
 * regression corpus ({@code src/test/resources/news/parallax/ingest/IngestFuzzTestInputs/<method>/});
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=IngestFuzzTest} fuzzes (see docs/robustness.md).
 * The property: any bytes give a story or a {@link BadInputException}, never another exception, and
 * every block lies inside the text, in order.
 */
class IngestFuzzTest {

    private static final NewsTextParser PARSER = NewsTextParser.standard();
    private static final StoryReader READER = StoryReader.standard();

    @FuzzTest(maxDuration = "3m")
    void parserNeverFailsAndKeepsBlocksInsideTheText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        assertBlocksInside(parsed.blocks(), text.length());
        parsed.published().ifPresent(p -> assertThat(p).isNotBlank());
    }

    @FuzzTest(maxDuration = "3m")
    void anyBytesAsAnArticleGiveAStoryOrABadInputReport(FuzzedDataProvider data) throws IOException {
        String extension = data.pickValue(new String[] {"txt", "md", "json"});
        byte[] bytes = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("parallax-fuzz");
        try {
            Path file = Files.write(dir.resolve("a." + extension), bytes);
            try {
                Story story = READER.readStory(dir);
                Source s = story.sources().get(0);
                assertBlocksInside(s.blocks(), s.text().length());
                assertThat(s.body()).isNotEmpty();
            } catch (BadInputException e) {
                assertThat(e.problems()).isNotEmpty().allMatch(p -> p.file().equals(file.toString()));
            }
        } finally {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @FuzzTest(maxDuration = "3m")
    void dateNormalisationNeverFailsAndGivesIsoOrNothing(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Dates.iso(text).ifPresent(iso -> assertThat(iso).matches("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?"));
    }

    static void assertBlocksInside(List<Block> blocks, int length) {
        int end = 0;
        for (Block b : blocks) {
            assertThat(b.start()).isGreaterThanOrEqualTo(end);
            assertThat(b.end()).isLessThanOrEqualTo(length);
            end = b.end();
        }
    }
}

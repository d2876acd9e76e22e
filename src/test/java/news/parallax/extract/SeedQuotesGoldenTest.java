package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quotes, reported speech and speakers found in the seed story, against a golden file checked by
 * reading it side by side with the articles.
 *
 * <p>To regenerate after an intended change (then read the diff before committing):
 * {@code mvn -q -o test -Dtest=SeedQuotesGoldenTest -Dparallax.regenerate=true}
 */
class SeedQuotesGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/news/parallax/extract/seed-quotes.json");
    private static Story story;
    private static Extraction found;

    @BeforeAll
    static void extract() throws Exception {
        List<Story> stories = StoryReader.standard().read(Path.of("seeds"));
        assertThat(stories).hasSize(1);
        story = stories.get(0);
        found = QuoteFinder.standard().find(story);
    }

    @Test
    void seedQuotesAndSpeakersMatchTheGoldenFile() throws Exception {
        String actual = json(found);
        if (Boolean.getBoolean("parallax.regenerate")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void everyStatementsTextIsItsSliceOfTheSourceText() {
        assertThat(found.statements()).isNotEmpty().allSatisfy(s -> {
            Source source = story.source(s.source());
            assertThat(source.text().substring(s.start(), s.end())).isEqualTo(s.text());
        });
    }

    @Test
    void everySpeakerOfAStatementIsListedAndEveryListedSpeakerSpeaks() {
        List<String> ids = found.speakers().stream().map(Speaker::id).toList();
        assertThat(found.statements()).allSatisfy(s -> s.speaker().ifPresent(id -> assertThat(ids).contains(id)));
        assertThat(ids).allSatisfy(id -> assertThat(found.statements())
                .anySatisfy(s -> assertThat(s.speaker()).contains(id)));
    }

    @Test
    void quotesExcludeTheirQuotationMarks() {
        assertThat(found.statements()).filteredOn(s -> s.kind() == Statement.Kind.QUOTE).allSatisfy(s -> {
            String text = story.source(s.source()).text();
            assertThat(QuoteMarks.isOpening(text.charAt(s.start()))).isFalse();
            assertThat(QuoteMarks.isOpening(text.charAt(s.start() - 1))).as("opening mark before %s", s.id()).isTrue();
        });
    }

    private static String json(Extraction ex) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode speakers = root.putArray("speakers");
        for (Speaker s : ex.speakers()) {
            ObjectNode o = speakers.addObject().put("id", s.id()).put("name", s.name()).put("kind", s.kind().name());
            s.aliases().forEach(o.putArray("aliases")::add);
            s.titles().forEach(o.putArray("titles")::add);
        }
        ArrayNode statements = root.putArray("statements");
        for (Statement s : ex.statements()) {
            statements.addObject().put("id", s.id()).put("kind", s.kind().jsonName()).put("start", s.start())
                    .put("end", s.end()).put("speaker", s.speaker().orElse(null)).put("partial", s.partial())
                    .put("verb", s.verb().orElse(null)).put("text", s.text());
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}

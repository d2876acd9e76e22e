package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.Analysis;
import news.parallax.model.SiteFiles;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the default story. */
class PipelineOnSeedsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = Pipeline.standard(Optional.empty(), "");
    }

    @Test
    void seedsAreOneStoryOfFiveSourcesWithTheTitleOfStoryJson() throws Exception {
        List<Story> stories = pipeline.ingest(SEEDS);
        assertThat(stories).hasSize(1);
        Story story = stories.get(0);
        assertThat(story.sources()).hasSize(5);
        assertThat(story.title()).isNotBlank();
        for (Source s : story.sources()) {
            assertThat(s.body()).as(s.file() + " body").isNotEmpty();
            assertThat(s.words()).as(s.file() + " words").isGreaterThan(200);
        }
    }

    @Test
    void everyStatementTextIsExactlyItsSliceOfTheSourceText() throws Exception {
        for (Story story : pipeline.ingest(SEEDS)) {
            Analysis analysis = pipeline.analyse(story);
            for (Statement st : analysis.statements()) {
                String text = story.source(st.source()).text();
                assertThat(text.substring(st.start(), st.end())).as(st.id()).isEqualTo(st.text());
            }
        }
    }

    @Test
    void dataFilesFollowTheContract(@TempDir Path tmp) throws Exception {
        pipeline.build(SEEDS, tmp.resolve("out"));
        SiteFiles site = new SiteFiles(SiteTrees.read(tmp.resolve("out")));
        ObjectMapper json = new ObjectMapper();
        JsonNode index = json.readTree(site.files().get("data/index.json"));
        assertThat(index.get("stories")).hasSize(1);
        JsonNode entry = index.get("stories").get(0);
        assertThat(fieldNames(entry)).containsExactly("slug", "title", "file");
        JsonNode story = json.readTree(site.files().get(entry.get("file").asText()));
        assertThat(fieldNames(story)).containsExactly("story", "sources", "speakers", "statements", "clusters");
        assertThat(fieldNames(story.get("sources").get(0)))
                .containsExactly("id", "file", "label", "outlet", "headline", "byline", "published", "words");
        for (JsonNode st : story.get("statements")) {
            assertThat(fieldNames(st)).containsExactly("id", "source", "kind", "text", "start", "end", "speaker",
                    "partial", "verb");
            String file = Files.readString(SEEDS.resolve(st.get("source").asText() + ".txt"));
            assertThat(file.substring(st.get("start").asInt(), st.get("end").asInt())).isEqualTo(st.get("text").asText());
        }
        for (JsonNode c : story.get("clusters")) {
            assertThat(fieldNames(c)).containsExactly("id", "kind", "statements", "sources", "differences");
        }
    }

    @Test
    void twoBuildsWriteIdenticalBytes(@TempDir Path tmp) throws Exception {
        pipeline.build(SEEDS, tmp.resolve("a"));
        SiteFiles first = new SiteFiles(SiteTrees.read(tmp.resolve("a")));
        Pipeline.standard(Optional.empty(), "").withoutCache().build(SEEDS, tmp.resolve("b"));
        SiteFiles second = new SiteFiles(SiteTrees.read(tmp.resolve("b")));
        assertThat(second.files().keySet()).isEqualTo(first.files().keySet());
        for (Map.Entry<String, byte[]> e : first.files().entrySet()) {
            assertThat(Arrays.equals(second.files().get(e.getKey()), e.getValue())).as(e.getKey()).isTrue();
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

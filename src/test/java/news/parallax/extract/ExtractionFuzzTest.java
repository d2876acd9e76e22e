package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.parallax.ingest.NewsTextParser;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * Fuzzing extraction with Jazzer: one to three articles of arbitrary text, parsed by ingest, then
 * {@code Extractor.standard().extract(story)}. The property: it never throws, and every statement's
 * text is exactly its [start, end) slice of its source's text. Regression corpus in
 * {@code src/test/resources/news/parallax/extract/ExtractionFuzzTestInputs/<method>/}.
 */
class ExtractionFuzzTest {

    private static final NewsTextParser PARSER = NewsTextParser.standard();
    private static final Extractor EXTRACTOR = Extractor.standard();

    @FuzzTest(maxDuration = "3m")
    void extractionNeverFailsAndEveryStatementIsASliceOfItsSource(FuzzedDataProvider data) {
        int count = data.consumeInt(1, 3);
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(2000);
            NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
            sources.add(new Source("s" + i, "s" + i + ".txt", "Source " + (char) ('A' + i), parsed.outlet(),
                    parsed.headline(), parsed.byline(), parsed.published(), Optional.empty(), text, parsed.blocks()));
        }
        Story story = new Story("fuzz", "Fuzz", sources);
        Extraction extraction = EXTRACTOR.extract(story);
        for (Statement s : extraction.statements()) {
            String text = story.source(s.source()).text();
            assertThat(s.end()).isLessThanOrEqualTo(text.length());
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
        }
    }
}

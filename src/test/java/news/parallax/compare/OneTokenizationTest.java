package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The framing analyses tokenize each body paragraph once ({@link Words#allAndOutsideQuotes}): the words, and
 * those outside quotations, are the words of the paragraph and of the paragraph with its quotations blanked
 * ({@link QuotedText#blankQuotes}, the oracle), and the distinctive words and loaded terms are those of the two
 * tokenizations.
 */
class OneTokenizationTest {

    private static void assertSameAsTwoTokenizations(String text) {
        List<String> all = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        Words.allAndOutsideQuotes(text, all, outside);
        assertThat(all).as("%s", text).isEqualTo(Words.all(text));
        assertThat(outside).as("%s", text).isEqualTo(Words.all(QuotedText.blankQuotes(text)));
    }

    @Test
    void randomTextsOfMarksJoinersAndLettersGiveTheWordsOfBothTokenizations() {
        String alphabet = "aZ9.'-\u2019\u2010\u2011\"\u201c\u201d\u201e \u00e9\u0130s.,U";
        Random random = new Random(5);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameAsTwoTokenizations(b.toString());
        }
        for (String text : List.of("", "\"", "U.S.\"S.\" x", "a\u201cb\u201dc", "\"U.\"S", "don\"t", "x.\"y\".z",
                "He said \u201cthe U.S. plan\u201d was \"bad", "\u201d U.S \u201c")) {
            assertSameAsTwoTokenizations(text);
        }
    }

    @Test
    void theSeedParagraphsGiveTheWordsAndFramingOfBothTokenizations() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        int paragraphs = 0;
        for (Source s : story.sources()) {
            for (Block b : s.body()) {
                assertSameAsTwoTokenizations(b.textIn(s.text()));
                paragraphs++;
            }
        }
        assertThat(paragraphs).isGreaterThan(20);
        Analysis analysis = new Analysis(story, List.of(), List.of(), List.of());
        Framing.BodyWords body = Framing.BodyWords.of(analysis);
        // the oracle: each source's words counted from its own tokenization, the loaded terms from the blanked text
        Map<String, List<String>> blanked = new TreeMap<>();
        for (Source s : story.sources()) {
            Map<String, Integer> counts = new HashMap<>();
            body.all().get(s.id()).forEach(block -> block.stream().filter(Words::isContent).forEach(w -> counts.merge(w, 1, Integer::sum)));
            assertThat(counts).isEqualTo(Framing.counts(s));
            List<String> own = new ArrayList<>();
            for (Block b : s.body()) {
                own.addAll(Words.all(QuotedText.blankQuotes(b.textIn(s.text()))));
                own.add(LoadedTerms.BREAK);
            }
            blanked.put(s.id(), own);
        }
        assertThat(Framing.loadedTerms(analysis, body)).isEqualTo(LoadedTerms.standard().contrasts(blanked));
        assertThat(Framing.distinctive(analysis, body)).isEqualTo(Framing.distinctive(analysis));
    }
}

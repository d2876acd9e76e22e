package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The profile's sets made without sorted collections give what the sorted collections gave. */
class ProfileSetsTest {

    private static final Similarity SIMILARITY = Similarity.standard();
    private static final List<Similarity.Profile> PROFILES = new ArrayList<>();

    @BeforeAll
    static void profileTheSeedSentences() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        List<String> sentences = new ArrayList<>();
        for (Source s : story.sources()) {
            for (String sentence : s.text().split("(?<=[.!?\u201d\"])\\s+")) {
                sentences.add(sentence);
            }
        }
        sentences.add("The ministry said 50,000 troops, not five, are in the country; 50,000 troops said five.");
        sentences.add("Five troops: five, five, FIVE and 5.");
        sentences.add("");
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(story.sources().stream().map(Source::text).toList()));
        Similarity.Numbering numbering = new Similarity.Numbering(10);
        for (String sentence : sentences) {
            PROFILES.add(SIMILARITY.profile(Terms.of(sentence, analyzer), numbering));
        }
    }

    @Test
    void theDistinctContentWordsAreSortedWithTheSensesOfTheirFirstPlace() {
        int words = 0;
        for (Similarity.Profile p : PROFILES) {
            Map<String, int[]> sorted = new TreeMap<>();
            for (int i = 0; i < p.side.content().size(); i++) {
                sorted.putIfAbsent(p.side.content().get(i), p.side.senses().get(i));
            }
            assertThat(p.content).containsExactlyElementsOf(sorted.keySet());
            assertThat(p.contentSenses).isEqualTo(sorted.values().toArray(new int[0][]));
            words += p.content.length;
        }
        assertThat(words).isGreaterThan(1000);
    }

    @Test
    void aPhraseKeysHashIsTheHashOfTheKeyMadeAsAString() {
        List<Similarity.Phrase> phrases = new ArrayList<>();
        for (Similarity.Profile p : PROFILES) {
            phrases.addAll(p.anchor().neighbours());
            phrases.addAll(p.anchor().gapped());
        }
        String[] terms = {"", "a", "abcd", "abcde", "abcdef", "5", "12345", "123456", "\u00e9t\u00e9s", "\u00e9t\u00e9sss",
            "_abcdefg", "\ud835\udc00abcdef", "ab\ud835\udc00cdef", "2500000", "southwestern"};
        for (String x : terms) {
            for (String y : terms) {
                phrases.add(new Similarity.Phrase(x, y, false));
            }
        }
        for (Similarity.Phrase p : phrases) {
            String key = Similarity.Anchor.keys(List.of(p), new java.util.HashMap<>()).get(0);
            assertThat(Similarity.Anchor.keyHash(p)).as(key).isEqualTo(key.hashCode());
        }
        assertThat(phrases).hasSizeGreaterThan(2000);
    }

    @Test
    void theMismatchOfNumberedNamesAndFiguresIsTheMismatchOfTheirSets() {
        int mismatched = 0;
        int equalFigures = 0;
        for (Similarity.Profile a : PROFILES) {
            for (Similarity.Profile b : PROFILES) {
                double names = Similarity.mismatch(a.terms.names(), b.terms.names());
                assertThat(Similarity.mismatch(a.nameSet, b.nameSet)).isEqualTo(names);
                assertThat(Similarity.mismatch(a.numberSet, b.numberSet))
                        .isEqualTo(Similarity.mismatch(a.terms.numbers(), b.terms.numbers()));
                assertThat(Arrays.equals(a.numberSet.ids(), b.numberSet.ids()))
                        .isEqualTo(a.terms.numbers().equals(b.terms.numbers()));
                mismatched += names > 0 && names < 1 ? 1 : 0;
                equalFigures += !a.terms.numbers().isEmpty() && a != b && a.terms.numbers().equals(b.terms.numbers()) ? 1 : 0;
            }
        }
        assertThat(mismatched).isGreaterThan(100);
        assertThat(equalFigures).isGreaterThan(0);
    }
}

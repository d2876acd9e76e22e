package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import news.parallax.model.Comparison;
import org.junit.jupiter.api.Test;

class FramingTest {

    // 48 words in all; the prior is a0 = 0.2 * 48 = 9.6, aw = 9.6 * (story count) / 48
    private static final Map<String, Map<String, Integer>> TINY = Map.of(
            "a", Map.of("regime", 8, "talks", 5, "missile", 3, "ship", 1),
            "b", Map.of("government", 8, "talks", 5, "missile", 3),
            "c", Map.of("government", 6, "talks", 5, "missile", 3, "ship", 1));

    @Test
    void aWordOnlyOneSourceUsesIsItsDistinctiveWordWithTheZScoreWorkedByHand() {
        // regime in a: yi = 8, ni = 17, yj = 0, nj = 31, aw = 1.6
        // delta = ln(9.6 / 17) - ln(1.6 / 39) = 2.62211; var = 1 / 9.6 + 1 / 1.6 = 0.729167; z = 2.62211 / 0.853913 = 3.0707
        List<Comparison.TermScore> a = Framing.distinctive(TINY).get("a");
        assertThat(a).extracting(Comparison.TermScore::term).containsExactly("regime");
        assertThat(a.get(0).zScore()).isCloseTo(3.0707, within(1e-4));
        assertThat(a.get(0).count()).isEqualTo(8);
    }

    @Test
    void sharedWordsAndWordsAnotherSourceUsesToo_areNotDistinctive() {
        Map<String, List<Comparison.TermScore>> d = Framing.distinctive(TINY);
        // b uses "government" 8 of 16 words, c 6 of 15: b's use stands out (z = 2.2034), c's does not (1.0893)
        assertThat(d.get("b")).extracting(Comparison.TermScore::term).containsExactly("government");
        assertThat(d.get("b").get(0).zScore()).isCloseTo(2.2034, within(1e-4));
        assertThat(d.get("c")).isEmpty();
    }

    @Test
    void termsAreOrderedByZScoreThenTerm() {
        Map<String, Map<String, Integer>> counts = Map.of(
                "a", Map.of("alpha", 6, "beta", 6, "gamma", 9, "shared", 10),
                "b", Map.of("delta", 6, "shared", 10),
                "c", Map.of("epsilon", 6, "shared", 10));
        assertThat(Framing.distinctive(counts).get("a")).extracting(Comparison.TermScore::term)
                .containsExactly("gamma", "alpha", "beta");
    }

    @Test
    void aStoryWithOneSourceHasNoDistinctiveWords() {
        assertThat(Framing.distinctive(Map.of("a", Map.of("regime", 8, "talks", 5))).get("a")).isEmpty();
    }

    @Test
    void pluralsCountWithTheirSingularAndShowTheFormTheSourceWroteMost() {
        var a = Fixtures.source("a", null, "Missiles and missiles, a missile, more missiles over the sea and the sea again.");
        var b = Fixtures.source("b", null, "Talks over the sea went on and on; talks of the sea, the sea and trade.");
        var d = Framing.distinctive(Fixtures.analysis(a, b));
        assertThat(d.get("a")).extracting(Comparison.TermScore::term, Comparison.TermScore::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("missiles", 4));
    }
}

package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The anchor's ceiling on shared word 4-grams and its context requirement (session 9: measured, shipped off:
 * ceiling 1, context 0).
 */
class AnchorCeilingTest {

    private static final Similarity SHIPPED = Similarity.standard();

    // a sentence and the same sentence with a clause added: MSRP's commonest negative, an editor's one fact
    private static final String SHORT = "The harbour authority approved the new ferry terminal on Tuesday after a long debate";
    private static final String LONGER = SHORT + ", despite angry protests from local fishermen who fear the noise and"
            + " the traffic it will bring to the old quay";

    // one fact restated in other words, each with its own context
    private static final String RESTATED = "The country currently hosts 40,000 foreign military personnel and a naval"
            + " logistics base, officials said as the talks opened in the northern port";
    private static final String RESTATING = "Critics of the agreement point out that the island nation already supports"
            + " a naval logistics base and about 40,000 foreign military personnel";

    private static double[] scores(Similarity s, String a, String b) {
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(a, b)));
        Terms ta = Terms.of(a, analyzer);
        Terms tb = Terms.of(b, analyzer);
        return new double[] {s.paraphrase(ta, tb), s.score(ta, tb)};
    }

    @Test
    void theShippedFileSetsNoCeiling() {
        assertThat(SHIPPED.anchorCeiling()).isEqualTo(1.0);
    }

    @Test
    void theShippedAnchorJoinsASentenceAndTheSameSentenceWithAClauseAdded() {
        double[] s = scores(SHIPPED, SHORT, LONGER);
        assertThat(s[0]).isLessThan(SHIPPED.threshold());
        assertThat(s[1]).isGreaterThanOrEqualTo(SHIPPED.threshold());
    }

    @Test
    void underACeilingTheLogisticFunctionAloneJudgesNearCopies() {
        Similarity ceiling = SHIPPED.withAnchorCeiling(0.30);
        double[] s = scores(ceiling, SHORT, LONGER);
        assertThat(s[1]).isEqualTo(s[0]).isLessThan(ceiling.threshold());
    }

    @ParameterizedTest(name = "ceiling {0}")
    @ValueSource(doubles = {0.20, 0.30, 1.0})
    void aCeilingLeavesTheAnchorOfAFactRestatedInOtherWords(double c) {
        Similarity ceiling = SHIPPED.withAnchorCeiling(c);
        double[] s = scores(ceiling, RESTATED, RESTATING);
        assertThat(s[0]).isLessThan(ceiling.threshold());
        assertThat(s[1]).isGreaterThanOrEqualTo(ceiling.threshold());
    }

    @Test
    void theShippedFileAsksForNoContext() {
        assertThat(SHIPPED.anchorContext()).isZero();
    }

    @Test
    void aContextRequirementLeavesTheAnchorOfAFactWithItsOwnContext() {
        Similarity context = SHIPPED.withAnchorContext(4.0);
        assertThat(scores(context, RESTATED, RESTATING)[1]).isGreaterThanOrEqualTo(context.threshold());
        assertThat(scores(context, SHORT, LONGER)[1]).isGreaterThanOrEqualTo(context.threshold());
    }

    @Test
    void aContextRequirementLeavesStatementsThatDifferByAFewWordsToTheLogisticFunction() {
        // one quote printed two ways, a few words apart: one item for an editor, so the shipped anchor joins them
        String a = "We are asking the council to open the library again";
        String b = "We're asking the council to open up the library. Why would it not do it?";
        Similarity context = SHIPPED.withAnchorContext(4.0);
        double[] withContext = scores(context, a, b);
        assertThat(withContext[1]).isEqualTo(withContext[0]).isLessThan(context.threshold());
        assertThat(scores(SHIPPED, a, b)[1]).isGreaterThanOrEqualTo(SHIPPED.threshold());
    }

    @Test
    void aCeilingOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> SHIPPED.withAnchorCeiling(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCheapBoundAgreesWithTheScoreUnderACeiling() {
        Similarity ceiling = SHIPPED.withAnchorCeiling(0.30);
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(SHORT, LONGER)));
        Similarity.Numbering numbering = new Similarity.Numbering();
        Similarity.Profile a = ceiling.profile(Terms.of(SHORT, analyzer), numbering);
        Similarity.Profile b = ceiling.profile(Terms.of(LONGER, analyzer), numbering);
        assertThat(ceiling.mayReach(a, b, ceiling.threshold())).isFalse();
        assertThat(SHIPPED.mayReach(a, b, SHIPPED.threshold())).isTrue();
    }
}

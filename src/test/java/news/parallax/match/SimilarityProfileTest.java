package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimilarityProfileTest {

    private static final List<String> STATEMENTS = List.of(
            "The ministry said 50,000 troops are stationed in the country.",
            "About 50,000 U.S. troops are stationed in the country, the ministry said.",
            "The government will purchase new fighter jets and reconstruct the damaged airport next year.",
            "Next year the government will buy new fighter jets and rebuild the damaged airport.",
            "The company did not report a profit in the first quarter.",
            "The company reported a profit of $2.5 million in the first quarter.",
            "Protesters gathered outside the parliament on Monday.");

    @Test
    void scoringProfilesOfOneStoryGivesTheScoresOfEachPairScoredAlone() {
        Similarity similarity = Similarity.standard();
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(STATEMENTS));
        List<Terms> terms = STATEMENTS.stream().map(s -> Terms.of(s, analyzer)).toList();
        Similarity.Numbering story = new Similarity.Numbering();
        List<Similarity.Profile> profiles = terms.stream().map(t -> similarity.profile(t, story)).toList();
        List<Double> fromProfiles = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            for (int j = 0; j < terms.size(); j++) {
                fromProfiles.add(similarity.score(profiles.get(i), profiles.get(j)));
                alone.add(similarity.score(terms.get(i), terms.get(j)));
            }
        }
        assertThat(fromProfiles).isEqualTo(alone);
        assertThat(fromProfiles).anyMatch(s -> s >= similarity.threshold()).anyMatch(s -> s < similarity.threshold());
    }

    @Test
    void aClauseOneStatementAddsIsItsLongestRunOfUnalignedWords() {
        String a = "The council approved the new stadium plan on Monday.";
        String b = "The council approved the new stadium plan on Monday, despite angry protests from local shop owners.";
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(a, b)));
        double[] f = Similarity.features(Terms.of(a, analyzer), Terms.of(b, analyzer), new Synonyms());
        // "despite angry protests from local shop owners": seven content words (not Lucene stop words) in a
        // row that the other lacks
        assertThat(f[Similarity.FEATURES.indexOf("unalignedRunMax")]).isEqualTo(Math.log1p(7));
        assertThat(f[Similarity.FEATURES.indexOf("unalignedRunMin")]).isZero();
    }

    @Test
    void bagsShareTheSmallerCountOfEachStringAndTheirDotProduct() {
        Similarity.Numbering numbering = new Similarity.Numbering();
        Similarity.Bag a = Similarity.Bag.of(Map.of("x", 2, "y", 1, "z", 3), numbering);
        Similarity.Bag b = Similarity.Bag.of(Map.of("z", 1, "w", 5, "x", 4), numbering);
        assertThat(a.sharedMin(b)).isEqualTo(2 + 1);
        assertThat(a.dot(b)).isEqualTo(2 * 4 + 3 * 1.0);
    }
}

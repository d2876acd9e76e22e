package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScoreBoundTest {

    private static final Similarity SIMILARITY = Similarity.standard();
    private static final List<Similarity.Profile> PROFILES = new ArrayList<>();
    private static final Similarity.Numbering NUMBERING = new Similarity.Numbering();

    /** The sentences of the seed articles, profiled as one story's statements. */
    @BeforeAll
    static void profileTheSeedSentences() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        List<String> sentences = new ArrayList<>();
        for (Source s : story.sources()) {
            for (String sentence : s.text().split("(?<=[.!?\u201d\"])\\s+")) {
                if (sentence.length() > 20) {
                    sentences.add(sentence);
                }
            }
        }
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(story.sources().stream().map(Source::text).toList()));
        for (String sentence : sentences.subList(0, Math.min(160, sentences.size()))) {
            PROFILES.add(SIMILARITY.profile(Terms.of(sentence, analyzer), NUMBERING));
        }
    }

    @Test
    void aPairRuledOutScoresBelowTheThresholdAndMostUnrelatedPairsAreRuledOut() {
        int pairs = 0;
        int ruledOut = 0;
        for (double threshold : new double[] {0.05, 0.2, SIMILARITY.threshold(), 0.8}) {
            for (int i = 0; i < PROFILES.size(); i++) {
                for (int j = i + 1; j < PROFILES.size(); j++) {
                    Similarity.Profile a = PROFILES.get(i);
                    Similarity.Profile b = PROFILES.get(j);
                    if (!SIMILARITY.mayReach(a, b, threshold)) {
                        assertThat(SIMILARITY.score(a, b)).isLessThan(threshold);
                        ruledOut += threshold == SIMILARITY.threshold() ? 1 : 0;
                    }
                    pairs += threshold == SIMILARITY.threshold() ? 1 : 0;
                }
            }
        }
        assertThat(pairs).isGreaterThan(5_000);
        assertThat(ruledOut).isGreaterThan(pairs / 2);
    }

    @Test
    void theBoundIsAtLeastTheLogisticFunctionWhateverTheSignsOfTheWeights() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            double[] weights = new double[Similarity.FEATURES.size()];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = random.nextGaussian() * 2;
            }
            ScoreBound bound = new ScoreBound(Similarity.FEATURES, weights);
            for (int i = 0; i < PROFILES.size(); i += 3) {
                for (int j = 0; j < PROFILES.size(); j += 2) {
                    Similarity.Profile a = PROFILES.get(i);
                    Similarity.Profile b = PROFILES.get(j);
                    double[] f = Similarity.features(a, b);
                    double z = 0;
                    for (int k = 0; k < f.length; k++) {
                        z += weights[k] * f[k];
                    }
                    assertThat(bound.upper(Similarity.features(a, b, false), a, b)).isGreaterThanOrEqualTo(1 / (1 + Math.exp(-z)));
                }
            }
        }
    }

    @Test
    void theCheapFeaturesAreTheFullOnesWithTheAlignmentsLeftOut() {
        Similarity.Profile a = PROFILES.get(3);
        Similarity.Profile b = PROFILES.get(17);
        double[] full = Similarity.features(a, b);
        double[] cheap = Similarity.features(a, b, false);
        for (int i = 0; i < full.length; i++) {
            String name = Similarity.FEATURES.get(i);
            if (name.startsWith("aligned") || name.startsWith("unaligned") || name.equals("synonymShare")) {
                assertThat(cheap[i]).as(name).isNaN();
            } else {
                assertThat(cheap[i]).as(name).isEqualTo(full[i]);
            }
        }
    }

    @Test
    void aFeatureTheBoundDoesNotKnowRulesNothingOut() {
        List<String> features = new ArrayList<>(Similarity.FEATURES);
        features.set(features.indexOf("alignedOrder"), "somethingNew");
        double[] weights = new double[features.size()];
        Arrays.fill(weights, -1);
        ScoreBound bound = new ScoreBound(features, weights);
        Similarity.Profile a = PROFILES.get(0);
        Similarity.Profile b = PROFILES.get(1);
        assertThat(bound.upper(Similarity.features(a, b, false), a, b)).isEqualTo(1.0);
    }

    @Test
    void theWordsThatCouldBeAlignedAreAtLeastTheAlignedPairs() {
        for (int i = 0; i < PROFILES.size(); i += 5) {
            for (int j = 0; j < PROFILES.size(); j += 3) {
                Alignment.Side a = PROFILES.get(i).side;
                Alignment.Side b = PROFILES.get(j).side;
                int aligned = Alignment.of(a, b).pairs().size();
                assertThat(ScoreBound.alignable(a, b)).isGreaterThanOrEqualTo(aligned);
                assertThat(ScoreBound.alignable(b, a)).isGreaterThanOrEqualTo(aligned);
            }
        }
    }

    @Test
    void theWordsThatCouldBeAlignedAreCountedAlikeWithTheSortedKeys() {
        for (Similarity.Profile a : PROFILES) {
            for (Similarity.Profile b : PROFILES) {
                assertThat(ScoreBound.alignable(a.side, b.boundSide, b.side.union()))
                        .isEqualTo(ScoreBound.alignable(a.side, b.side));
            }
        }
    }

    @Test
    void theCheapFeaturesOfALoadedProfileAreTheFeaturesOfThePair() {
        Similarity.Scratch scratch = new Similarity.Scratch(NUMBERING);
        for (Similarity.Profile a : PROFILES) {
            scratch.load(a);
            for (Similarity.Profile b : PROFILES) {
                assertThat(scratch.features(b)).containsExactly(Similarity.features(a, b, false));
                assertThat(scratch.features(b)).containsExactly(Similarity.features(b, a, false));
                assertThat(scratch.lcs(b)).isEqualTo(Similarity.lcs(a, b)).isEqualTo(Similarity.lcs(b, a));
            }
        }
    }

    @Test
    void theIndexOfAStoryCountsTheWordsThatCouldBeAlignedAlike() {
        AlignableIndex index = AlignableIndex.of(PROFILES);
        for (int i = 0; i < PROFILES.size(); i++) {
            for (int j = 0; j < PROFILES.size(); j++) {
                assertThat(index.alignable(i, j)).as("%d %d", i, j)
                        .isEqualTo(ScoreBound.alignable(PROFILES.get(i).side, PROFILES.get(j).side));
            }
        }
    }

    @Test
    void noIndexIsMadeForAStoryOfTooManyStatements() {
        List<Similarity.Profile> many = new ArrayList<>();
        while (many.size() <= AlignableIndex.MAX_STATEMENTS) {
            many.addAll(PROFILES);
        }
        assertThat(AlignableIndex.of(many)).isNull();
        assertThat(AlignableIndex.of(many.subList(0, AlignableIndex.MAX_STATEMENTS))).isNotNull();
    }

    @Test
    void theMostPhrasesTwoStatementsCanShareIsAtLeastWhatTheyShare() {
        int anchored = 0;
        for (int i = 0; i < PROFILES.size(); i++) {
            for (int j = 0; j < PROFILES.size(); j++) {
                Similarity.Profile a = PROFILES.get(i);
                Similarity.Profile b = PROFILES.get(j);
                int shared = a.anchor().phrases(b.anchor(), null, null);
                assertThat(ScoreBound.mostPhrases(a.phraseKeys, b.phraseKeys)).isGreaterThanOrEqualTo(shared)
                        .isGreaterThanOrEqualTo(a.anchor().shared(b.anchor()));
                anchored += i != j && shared >= 3 ? 1 : 0;
            }
        }
        assertThat(anchored).isPositive();
    }
}

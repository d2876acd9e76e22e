package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import org.junit.jupiter.api.Test;

class PosFeaturesTest {

    private static final String[] ODD = {
        "", "a", "I", "It's", "U.S.", "2,000", "mph", "--", "\"", "'", "“", "São", "ÄÖÜ", "e-mail", "A.",
        "1990s", "$", "%", "@user", "#tag", "http://example.org/a", "...", "ALL-CAPS", "x".repeat(70),
    };

    /** Every sentence of the seed articles as tokens, and sentences of odd words. */
    private static List<String[]> sentences() throws IOException {
        List<String[]> out = new ArrayList<>(GreedySearchTest.seedSentences());
        for (int n = 1; n <= 6; n++) {
            for (int from = 0; from + n <= ODD.length; from++) {
                out.add(Arrays.copyOfRange(ODD, from, from + n));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Context> weights(POSModel model) {
        return (Map<String, Context>) ((AbstractModel) model.getArtifact("pos.model")).getDataStructures()[1];
    }

    @Test
    void theEnglishModelsFeaturesAreFoundPerWord() {
        assertThat(((GreedySearch) Models.greedyTags().getPosSequenceModel()).wordFeatures()).isTrue();
    }

    @Test
    void anotherFeatureDescriptorIsNotTakenForTheEnglishModels() {
        byte[] other = "<featureGenerators><generator class=\"x\"/></featureGenerators>".getBytes(StandardCharsets.UTF_8);

        assertThat(PosFeatures.of(other, Map.of(), new String[0])).isEmpty();
        assertThat(PosFeatures.of(null, Map.of(), new String[0])).isEmpty();
    }

    @Test
    void theSumsOfWeightsPerWordAreTheContextGeneratorsToTheLastBit() throws IOException {
        POSModel model = Models.tags();
        Map<String, Context> weights = weights(model);
        String[] outcomes = model.getPosSequenceModel().getOutcomes();
        PosFeatures features = PosFeatures.of((byte[]) model.getArtifact("generator.featuregen"), weights, outcomes)
                .orElseThrow();
        POSContextGenerator cg = model.getFactory().getPOSContextGenerator();
        POSTaggerME tagger = new POSTaggerME(model);
        int words = 0;
        for (String[] tokens : sentences()) {
            String[] tags = tagger.tag(tokens);
            int[] numbers = Arrays.stream(tags).mapToInt(features::outcome).toArray();
            PosFeatures.Word[] perWord = features.words(tokens);
            for (int i = 0; i < tokens.length; i++) {
                double[] expected = new double[outcomes.length];
                for (String f : cg.getContext(i, tokens, Arrays.copyOf(tags, i), null)) {
                    Context c = weights.get(f);
                    if (c != null) {
                        for (int j = 0; j < c.getOutcomes().length; j++) {
                            expected[c.getOutcomes()[j]] += c.getParameters()[j];
                        }
                    }
                }
                double[] sums = new double[outcomes.length];
                features.sum(perWord, i, numbers, sums);
                assertThat(sums).as("%s at %d", String.join(" ", tokens), i).isEqualTo(expected);
                words++;
            }
        }
        assertThat(words).isGreaterThan(1_000);
    }

    @Test
    void approximateSumsAreWithinAQuarterOfTheGapOfTheModelsSumsAndAClearBestIsTheModelsBest() throws IOException {
        POSModel model = Models.tags();
        String[] outcomes = model.getPosSequenceModel().getOutcomes();
        PosFeatures features = PosFeatures.of((byte[]) model.getArtifact("generator.featuregen"), weights(model),
                outcomes).orElseThrow();
        assertThat(features.apart()).isPositive().isLessThan(1e-9);
        java.util.Random random = new java.util.Random(5);
        int clear = 0;
        int words = 0;
        for (String[] tokens : sentences()) {
            PosFeatures.Word[] perWord = features.words(tokens);
            // the model's tags and random ones: the sums for any tags before a word
            int[] numbers = Arrays.stream(referenceTags(tokens)).mapToInt(features::outcome).toArray();
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < tokens.length; i++) {
                    double[] exact = new double[outcomes.length];
                    double[] approximate = new double[outcomes.length];
                    features.sum(perWord, i, numbers, exact);
                    assertThat(features.approximate(perWord, i, numbers, approximate)).isTrue();
                    for (int o = 0; o < outcomes.length; o++) {
                        assertThat(Math.abs(approximate[o] - exact[o])).isLessThanOrEqualTo(features.apart() / 4);
                    }
                    int best = GreedySearch.clearBest(approximate, features.apart());
                    if (best >= 0) {
                        for (int o = 0; o < outcomes.length; o++) {
                            assertThat(o == best || exact[o] < exact[best]).as("%s at %d", String.join(" ", tokens), i)
                                    .isTrue();
                        }
                        clear++;
                    }
                    words++;
                }
                numbers = random.ints(tokens.length, 0, outcomes.length).toArray();
            }
        }
        assertThat(clear).isGreaterThan(words / 2);
    }

    @Test
    void aClearBestIsOneAheadOfEveryOtherByMoreThanTheGap() {
        assertThat(GreedySearch.clearBest(new double[] {1, 3, 2}, 0.5)).isEqualTo(1);
        assertThat(GreedySearch.clearBest(new double[] {1, 3, 2.75}, 0.5)).isEqualTo(-1);
        assertThat(GreedySearch.clearBest(new double[] {3, 3, 1}, 0.0)).isEqualTo(-1);
        assertThat(GreedySearch.clearBest(new double[] {2.5, 1, 3}, 0.25)).isEqualTo(2);
        assertThat(GreedySearch.clearBest(new double[] {4}, 1.0)).isZero();
    }

    /**
     * The tags of {@code tokens} chosen as the model's own evaluation chooses them, one word after another:
     * the context generator's features, their weights summed, the first valid outcome of highest sum.
     */
    static String[] referenceTags(String[] tokens) {
        POSModel model = Models.tags();
        Map<String, Context> weights = weights(model);
        String[] outcomes = model.getPosSequenceModel().getOutcomes();
        POSContextGenerator cg = model.getFactory().getPOSContextGenerator();
        SequenceValidator<String> validator = model.getFactory().getSequenceValidator();
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String[] prior = Arrays.copyOf(tags, i);
            double[] sums = new double[outcomes.length];
            for (String f : cg.getContext(i, tokens, prior, null)) {
                Context c = weights.get(f);
                if (c != null) {
                    for (int j = 0; j < c.getOutcomes().length; j++) {
                        sums[c.getOutcomes()[j]] += c.getParameters()[j];
                    }
                }
            }
            int best = -1;
            for (int o = 0; o < outcomes.length; o++) {
                if ((best < 0 || sums[o] > sums[best]) && validator.validSequence(i, tokens, prior, outcomes[o])) {
                    best = o;
                }
            }
            tags[i] = outcomes[best];
        }
        return tags;
    }

    @Test
    void lowerIsOpenNlpsLowerCase() {
        String chars = "aZqQ09.,'\u00c4\u00e4\u0130\u0131\u03a3\u03c3\u1e9e\u2160\u24b6\ud801\udc00\ud801\udc28\ud801\udc00";
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                b.append(chars.charAt(random.nextInt(chars.length())));
            }
            String s = b.toString();
            assertThat(PosFeatures.lower(s)).as(s).isEqualTo(opennlp.tools.util.StringUtil.toLowerCase(s));
        }
    }
}

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

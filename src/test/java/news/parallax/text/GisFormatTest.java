package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GisFormatTest {

    private interface Reader {
        BaseModel read(InputStream in) throws IOException;
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(Models.SENTENCE, "sent.model", (Reader) SentenceModel::new,
                        (Supplier<BaseModel>) Models::sentences),
                Arguments.of(Models.TOKENS, "token.model", (Reader) TokenizerModel::new,
                        (Supplier<BaseModel>) Models::tokens),
                Arguments.of(Models.TAGS, "pos.model", (Reader) POSModel::new, (Supplier<BaseModel>) Models::tags));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theStoredCopyHoldsTheSameMaxentModelAsThePublishedModel(String name, String entry, Reader reader,
            Supplier<BaseModel> stored) throws IOException {
        BaseModel published;
        try (InputStream in = GisFormatTest.class.getResourceAsStream("/" + name)) {
            published = reader.read(in);
        }
        AbstractModel original = published.getArtifact(entry);
        AbstractModel fast = stored.get().getArtifact(entry);

        assertThat(fast).isInstanceOf(GISModel.class).isNotSameAs(original).isEqualTo(original);
        Object[] a = original.getDataStructures();
        Object[] b = fast.getDataStructures();
        assertThat((String[]) b[2]).containsExactly((String[]) a[2]);
        Map<?, ?> pa = (Map<?, ?>) a[1];
        Map<?, ?> pb = (Map<?, ?>) b[1];
        // same predicates in the same iteration order, each with the same outcomes and parameters (bit for bit)
        assertThat(new ArrayList<Object>(pb.keySet())).containsExactlyElementsOf(new ArrayList<Object>(pa.keySet()));
        for (Object key : pa.keySet()) {
            Context ca = (Context) pa.get(key);
            Context cb = (Context) pb.get(key);
            assertThat(cb.getOutcomes()).containsExactly(ca.getOutcomes());
            assertThat(doubleBits(cb.getParameters())).containsExactly(doubleBits(ca.getParameters()));
        }
        Context[] xa = (Context[]) a[0];
        Context[] xb = (Context[]) b[0];
        assertThat(xb).hasSameSizeAs(xa);
        for (String manifest : List.of("BeamSize", "factory", "Language", "useTokenEnd", "eosCharacters",
                "useAlphaNumericOptimization", "alphaNumericPattern")) {
            assertThat(stored.get().getManifestProperty(manifest)).isEqualTo(published.getManifestProperty(manifest));
        }
    }

    @Test
    void aModelNotInGisFormatIsRefused() {
        assertThatThrownBy(() -> new GisFormat().create(new ByteArrayInputStream(new byte[40])))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aModelOfAnotherKindIsLeftInOpenNlpsFormat() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF("Perceptron");
        assertThat(GisFormat.convert(bytes.toByteArray())).isNull();
    }

    private static long[] doubleBits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }
}

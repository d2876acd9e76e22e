package news.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models shipped on the classpath (Maven Central, {@code opennlp-models-*-en}),
 * each loaded once on first use. Models are thread-safe; the {@code *ME} classes that use them are not.
 */
final class Models {
    private Models() {}

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String TAGS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Where the build puts each model with its files stored, not compressed ({@link ModelRepack}). */
    static final String STORED = "/news/parallax/text/stored-";

    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCE, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    private static final class Tags {
        static final POSModel MODEL = load(TAGS, POSModel::new);
    }

    static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    static TokenizerModel tokens() {
        return Tokens.MODEL;
    }

    static POSModel tags() {
        return Tags.MODEL;
    }

    /** The POS model with its beam search replaced by {@link GreedySearch} (same tags, a third of the work). */
    static POSModel greedyTags() {
        return GreedyTags.MODEL;
    }

    /** The features of {@link #greedyTags}'s search found per word ({@link PosFeatures}), or null if they are not. */
    static PosFeatures posFeatures() {
        return GreedyTags.FEATURES;
    }

    private static final class GreedyTags {
        static final POSModel MODEL = greedy(Tags.MODEL);
        static final PosFeatures FEATURES = ((GreedySearch) MODEL.getPosSequenceModel()).features().orElse(null);
    }

    private static POSModel greedy(POSModel model) {
        String beam = model.getManifestProperty("BeamSize");
        int size = beam == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        MaxentModel maxent = model.getArtifact("pos.model");
        // the manifest keeps the model's beam size: the tagger's k-best sequences are still the beam search's
        return new POSModel(model.getLanguage(), new GreedySearch(maxent, size, descriptor(model)),
                Map.of("BeamSize", Integer.toString(size)), model.getFactory());
    }

    /** The tagger's feature descriptor ({@code generator.featuregen}) in the model, or null. */
    private static byte[] descriptor(POSModel model) {
        return model.getArtifact("generator.featuregen") instanceof byte[] bytes ? bytes : null;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    /**
     * Reads a model: the copy the build made with its files stored ({@link ModelRepack}) if there is one,
     * else the model as published. A model is a zip file whose files OpenNLP reads a byte or a number at
     * a time: from a compressed file each such read is a call to the inflater (1.6 million for the
     * tagger's), from a stored one a copy. Same files, same model.
     */
    private static <T> T load(String name, Reader<T> reader) {
        InputStream stored = Models.class.getResourceAsStream(STORED + name);
        try (InputStream in = stored != null ? stored : Models.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing OpenNLP model /" + name + " on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model /" + name, e);
        }
    }
}

package news.parallax.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;

/**
 * Words of a sentence with their offsets and universal part-of-speech tags (NOUN, PROPN, VERB, AUX,
 * NUM, ...), from OpenNLP's English UD model on the classpath. The model is loaded once per JVM.
 * Thread-safe.
 */
final class PosTagger {

    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    // Tokens as the UD English treebank cuts them: "U.S." whole, "don't" -> "do" "n't", "it's" -> "it" "'s",
    // "50,000" and "3.5" whole, every other punctuation mark alone.
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
            + "|\\p{L}+(?=n['\u2019]t\\b)"
            + "|n['\u2019]t\\b"
            + "|['\u2019](?i:s|re|ve|ll|d|m)\\b"
            + "|\\d+(?:[.,:/]\\d+)*(?:st|nd|rd|th|s)?"
            + "|[\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*"
            + "|\\S");

    private final ThreadSafePOSTaggerME tagger;

    private PosTagger(POSModel model) {
        this.tagger = new ThreadSafePOSTaggerME(model, POSTagFormat.UD);
    }

    /** The shared tagger; the model is read on first use. */
    static PosTagger standard() {
        return Holder.INSTANCE;
    }

    /** The tagged words of {@code text}; offsets index {@code text}. */
    Tagged tag(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            words.add(m.group());
            starts.add(m.start());
        }
        String[] w = words.toArray(new String[0]);
        String[] tags = w.length == 0 ? new String[0] : tagger.tag(w);
        int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
        return new Tagged(List.of(w), List.of(tags), s);
    }

    /**
     * Words, tags and start offsets, index-aligned.
     *
     * @param words  the words as written
     * @param tags   universal POS tags
     * @param starts each word's offset in the tagged text
     */
    record Tagged(List<String> words, List<String> tags, int[] starts) {
        Tagged {
            if (words.size() != tags.size() || words.size() != starts.length) {
                throw new IllegalArgumentException("words, tags and starts differ in length: " + words.size()
                        + ", " + tags.size() + ", " + starts.length);
            }
        }

        int size() {
            return words.size();
        }

        String word(int i) {
            return words.get(i);
        }

        String tag(int i) {
            return tags.get(i);
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return starts[i] + words.get(i).length();
        }
    }

    private static final class Holder {
        static final PosTagger INSTANCE = load();

        private static PosTagger load() {
            try (InputStream in = PosTagger.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("missing POS model " + MODEL + " on the classpath");
                }
                return new PosTagger(new POSModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read POS model " + MODEL, e);
            }
        }
    }
}

package news.parallax.extract;

import java.util.List;
import news.parallax.text.Tagger;
import news.parallax.text.Token;

/**
 * Words of a sentence with their offsets and universal part-of-speech tags (NOUN, PROPN, VERB, AUX,
 * NUM, ...), index-aligned for the claim rules; a thin view over {@link Tagger}, whose OpenNLP models
 * are loaded once per JVM. Thread-safe.
 */
final class PosTagger {

    private static final PosTagger STANDARD = new PosTagger(Tagger.standard());

    private final Tagger tagger;

    private PosTagger(Tagger tagger) {
        this.tagger = tagger;
    }

    /** The shared tagger. */
    static PosTagger standard() {
        return STANDARD;
    }

    /** The tagged words of {@code text}; offsets index {@code text}. */
    Tagged tag(String text) {
        List<Token> tokens = tagger.tag(text, 0, text.length());
        int n = tokens.size();
        String[] words = new String[n];
        String[] tags = new String[n];
        int[] starts = new int[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            words[i] = t.text();
            tags[i] = t.tag();
            starts[i] = t.start();
        }
        return new Tagged(List.of(words), List.of(tags), starts);
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
}

package news.parallax.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The positions of the end-of-sentence characters of a text, as {@link DefaultEndOfSentenceScanner}
 * finds them, with a table of the ASCII characters instead of a set of boxed characters: OpenNLP's
 * scanner looks every character of every paragraph up in a {@code HashSet<Character>} (a box, a hash
 * and an {@code equals} per character). Same characters, same positions, in the same order. Immutable,
 * so thread-safe.
 *
 * <p>{@link #scanned} gives a sentence model whose detector ({@code new SentenceDetectorME(model)})
 * uses this scanner and everything else of the model: its maxent model, context generator, abbreviations
 * and token-end setting.
 */
final class TableScanner implements EndOfSentenceScanner {
    private static final int ASCII = 128;

    private final Set<Character> characters;
    private final boolean[] ascii = new boolean[ASCII];
    /** The end characters past ASCII, each once. */
    private final String others;

    TableScanner(Set<Character> characters) {
        this.characters = Set.copyOf(characters);
        StringBuilder b = new StringBuilder();
        for (char c : this.characters) {
            if (c < ASCII) {
                ascii[c] = true;
            } else {
                b.append(c);
            }
        }
        this.others = b.toString();
    }

    /**
     * {@code model} with this scanner in place of its {@link DefaultEndOfSentenceScanner} (of the same
     * characters); {@code model} itself when its factory gives another scanner.
     */
    static SentenceModel scanned(SentenceModel model) {
        SentenceDetectorFactory factory = model.getFactory();
        if (factory == null || factory.getClass() != SentenceDetectorFactory.class
                || factory.getEndOfSentenceScanner().getClass() != DefaultEndOfSentenceScanner.class) {
            return model;
        }
        return new Scanned(model, new Factory(factory, new TableScanner(factory.getEndOfSentenceScanner().getEOSCharacters())));
    }

    /** Whether {@code c} ends a sentence. */
    boolean ends(char c) {
        return c < ASCII ? ascii[c] : others.indexOf(c) >= 0;
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return characters;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        List<Integer> out = new ArrayList<>();
        if (s instanceof String text) {
            // the detector's case: String's own length and charAt, not the interface's (C1 inlines them)
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c < ASCII ? ascii[c] : others.indexOf(c) >= 0) {
                    out.add(i);
                }
            }
            return out;
        }
        for (int i = 0; i < s.length(); i++) {
            if (ends(s.charAt(i))) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public List<Integer> getPositions(StringBuffer s) {
        return getPositions((CharSequence) s);
    }

    @Override
    public List<Integer> getPositions(char[] s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (ends(s[i])) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A sentence model whose factory is {@link Factory}: the detector reads its scanner, context generator
     * and settings from the model's factory ({@code getFactory}). Its artifacts and manifest are the original
     * model's settings (made by {@code SentenceModel}'s own constructor).
     */
    private static final class Scanned extends SentenceModel {
        private static final long serialVersionUID = 1L;
        private final transient Factory factory;

        Scanned(SentenceModel model, Factory factory) {
            // a factory of the same settings for the constructor, which binds it to this model (the original
            // stays bound to the original model)
            super(model.getLanguage(), model.getMaxentModel(), new HashMap<>(), new SentenceDetectorFactory(
                    model.getLanguage(), factory.original.isUseTokenEnd(), factory.original.getAbbreviationDictionary(),
                    factory.original.getEOSCharacters()));
            this.factory = factory;
        }

        @Override
        public SentenceDetectorFactory getFactory() {
            // null while the super constructor runs (it validates with the original factory)
            return factory != null ? factory : super.getFactory();
        }
    }

    /** The original factory's answers, but the scanner: a {@link TableScanner} of the same characters. */
    private static final class Factory extends SentenceDetectorFactory {
        private final SentenceDetectorFactory original;
        private final TableScanner scanner;

        Factory(SentenceDetectorFactory original, TableScanner scanner) {
            this.original = original;
            this.scanner = scanner;
        }

        @Override
        public EndOfSentenceScanner getEndOfSentenceScanner() {
            return scanner;
        }

        @Override
        public SDContextGenerator getSDContextGenerator() {
            return original.getSDContextGenerator();
        }

        @Override
        public char[] getEOSCharacters() {
            return original.getEOSCharacters();
        }

        @Override
        public boolean isUseTokenEnd() {
            return original.isUseTokenEnd();
        }

        @Override
        public Dictionary getAbbreviationDictionary() {
            return original.getAbbreviationDictionary();
        }

        @Override
        public String getLanguageCode() {
            return original.getLanguageCode();
        }
    }
}

package news.parallax.match;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet synonyms (extJWNL with the WordNet 3.1 data from Maven Central): two words are linked when
 * one of the first {@value #SENSES} senses of each (any part of speech, after WordNet's own
 * morphology: "announced" -> "announce") share a synset or a lemma. The dictionary is read once, on
 * first use, and shared (it is immutable); lookups are cached. Thread-safe.
 */
final class Synonyms {

    static final int SENSES = 3;

    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    private static final class Holder {
        static final Dictionary WORDNET = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot read the WordNet data in the jar", e);
            }
        }
    }

    /** Whether the two words (lower case) share a WordNet sense. */
    boolean linked(String a, String b) {
        return !Collections.disjoint(senses(a), senses(b));
    }

    /** The synset ids and lemmas of the word's first senses, and the word itself. */
    Set<String> senses(String word) {
        return cache.computeIfAbsent(word, Synonyms::lookup);
    }

    private static Set<String> lookup(String word) {
        Set<String> out = new HashSet<>();
        out.add("w:" + word);
        if (!word.chars().allMatch(Character::isLetter)) {
            return Set.copyOf(out);
        }
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord iw = Holder.WORDNET.lookupIndexWord(pos, word);
                if (iw == null) {
                    continue;
                }
                List<Synset> senses = iw.getSenses();
                for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
                    out.add(pos.getKey() + senses.get(i).getOffset());
                    for (Word w : senses.get(i).getWords()) {
                        out.add("w:" + w.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of \"" + word + "\" failed", e);
        }
        return Set.copyOf(out);
    }
}

package news.parallax.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet itself (extJWNL with the WordNet 3.1 data from Maven Central): the lookups the
 * {@link SenseTable} is made of, at build time, and at run time the senses of the rare word the table
 * leaves out (a word with a letter outside a-z). The dictionary is read on first use (a third of a
 * second: a build whose words are all in the table never reads it). Thread-safe.
 */
final class LiveWordNet {
    private LiveWordNet() {}

    private static final class Holder {
        static final Dictionary WORDNET = read();

        private static Dictionary read() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot read the WordNet data in the jar", e);
            }
        }
    }

    /** The senses of {@code word} as {@link Synonyms} lists them: the word itself, then as {@link #lookup}. */
    static TreeSet<String> senses(String word) {
        TreeSet<String> out = new TreeSet<>();
        out.add("w:" + word);
        if (word.chars().allMatch(Character::isLetter)) {
            try {
                out.addAll(lookup(Holder.WORDNET, word, null));
            } catch (JWNLException e) {
                throw new IllegalStateException("WordNet lookup of \"" + word + "\" failed", e);
            }
        }
        return out;
    }

    /**
     * The synset ids and lemmas of the first {@value Synonyms#SENSES} senses of {@code word} for each
     * part of speech, after WordNet's morphology (without the word itself, which {@link Synonyms}
     * adds). With {@code candidates}, a part of speech for which the word is not a candidate is not
     * asked: it has no senses of it ({@link SenseTableBuilder}).
     */
    static TreeSet<String> lookup(Dictionary wordnet, String word, Map<POS, Set<String>> candidates)
            throws JWNLException {
        TreeSet<String> out = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            if (candidates != null && !candidates.get(pos).contains(word)) {
                continue;
            }
            IndexWord iw = wordnet.lookupIndexWord(pos, word);
            if (iw == null) {
                continue;
            }
            for (Synset sense : firstSenses(wordnet, pos, iw)) {
                out.add(pos.getKey() + sense.getOffset());
                for (Word w : sense.getWords()) {
                    out.add("w:" + w.getLemma().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The first senses of an index word, as {@code getSenses()} lists them, but read one by one from
     * its synset offsets: {@code getSenses().get(i)} reads every sense of the word first.
     */
    private static List<Synset> firstSenses(Dictionary wordnet, POS pos, IndexWord iw) throws JWNLException {
        long[] offsets = iw.getSynsetOffsets();
        if (offsets == null) { // its senses were read already
            List<Synset> senses = iw.getSenses();
            return senses.subList(0, Math.min(Synonyms.SENSES, senses.size()));
        }
        List<Synset> out = new ArrayList<>(Synonyms.SENSES);
        for (int i = 0; i < offsets.length && out.size() < Synonyms.SENSES; i++) {
            Synset s = wordnet.getSynsetAt(pos, offsets[i]);
            if (s != null) { // as getSenses() leaves out an offset with no synset
                out.add(s);
            }
        }
        return out;
    }

}

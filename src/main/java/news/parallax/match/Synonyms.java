package news.parallax.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
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
 * first use (or ahead of it, by {@link #preload()}), and shared (it is immutable). Thread-safe.
 *
 * <p>Fast: a word's senses are looked up once and kept as a sorted array of small numbers (each synset
 * id or lemma numbered on first sight), so whether two words are linked is a merge of two short
 * arrays, not a comparison of sets of strings. The numbering depends on the order words are first
 * seen, but only whether two arrays share a number reaches a result, so results do not.
 */
final class Synonyms {

    static final int SENSES = 3;

    /** Every synset id or lemma this instance has seen, numbered. */
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

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

    /**
     * Reads the WordNet dictionary now, and looks up a few words (which loads the classes and caches a
     * lookup needs), so that the first story does not wait for it: for a warm-up thread.
     */
    static void preload() {
        Synonyms s = new Synonyms();
        s.linked("said", "announced");
    }

    /** Whether the two words (lower case) share a WordNet sense. */
    boolean linked(String a, String b) {
        if (a.equals(b)) {
            return true; // every word's senses hold the word itself
        }
        return share(numbers(a), numbers(b));
    }

    /** Whether two sorted arrays of sense numbers (from {@link #numbers}, one instance) share one. */
    static boolean share(int[] x, int[] y) {
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /**
     * Whether any number of {@code x} is in {@code union}: when a word's numbers meet none of a
     * statement's, it is linked to none of its words, and the pairwise checks can be skipped.
     */
    static boolean meets(int[] x, Union union) {
        for (int n : x) {
            if (union.holds(n)) {
                return true;
            }
        }
        return false;
    }

    /** The sorted, distinct numbers of all the arrays. */
    static Union union(List<int[]> arrays) {
        int size = 0;
        for (int[] a : arrays) {
            size += a.length;
        }
        int[] all = new int[size];
        int k = 0;
        for (int[] a : arrays) {
            System.arraycopy(a, 0, all, k, a.length);
            k += a.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Union.of(Arrays.copyOf(all, distinct));
    }

    /**
     * All the sense numbers of a statement's words, sorted and distinct, with a bitmap of them (each
     * number's bit is {@code number mod 4096}) and an open-addressing hash table of them, so that whether
     * it holds a number takes a bit test, and at worst a probe or two, not a binary search. Immutable: do
     * not change the arrays.
     *
     * @param numbers the numbers, ascending, distinct (non-negative, as {@link #numbers} gives them)
     * @param bits    4096 bits: bit {@code n mod 4096} set for each number {@code n}
     * @param table   the numbers in a table of a power of two slots, at most half full; -1 marks a free slot
     */
    record Union(int[] numbers, long[] bits, int[] table) {

        private static final int WORDS = 64;

        Union {
            if (bits.length != WORDS || Integer.bitCount(table.length) != 1 || table.length < 2 * numbers.length) {
                throw new IllegalArgumentException("a union needs a bitmap of " + WORDS
                        + " words and a table of a power of two slots, at least twice its numbers");
            }
        }

        static Union of(int[] numbers) {
            long[] bits = new long[WORDS];
            int[] table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, numbers.length) * 2 - 1) << 1)];
            Arrays.fill(table, -1);
            for (int n : numbers) {
                if (n < 0) {
                    throw new IllegalArgumentException("sense numbers are not negative, got " + n);
                }
                bits[(n >>> 6) & (WORDS - 1)] |= 1L << n;
                int slot = slot(n, table.length);
                while (table[slot] != -1) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = n;
            }
            return new Union(numbers, bits, table);
        }

        private static int slot(int n, int size) {
            return (n * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
        }

        /** False when {@code n} is surely not one of the numbers; true when it may be. */
        boolean mayHold(int n) {
            return (bits[(n >>> 6) & (WORDS - 1)] & 1L << n) != 0;
        }

        /** Whether {@code n} is one of the numbers. */
        boolean holds(int n) {
            if (!mayHold(n)) {
                return false;
            }
            for (int slot = slot(n, table.length);; slot = (slot + 1) & (table.length - 1)) {
                int held = table[slot];
                if (held == n) {
                    return true;
                }
                if (held == -1) {
                    return false;
                }
            }
        }
    }

    /** The synset ids and lemmas of the word's first senses, and the word itself (for tests and explanations). */
    List<String> senses(String word) {
        return List.copyOf(lookup(word));
    }

    /**
     * The numbers of {@link #senses}, sorted: two words of this instance are linked when they are equal
     * or their arrays {@link #share} a number. The array is shared: do not change it.
     */
    int[] numbers(String word) {
        // a plain get first, the lookup outside the map: inside computeIfAbsent the optimising compiler
        // inlined the whole WordNet lookup into every caller (seconds of compiling). Two threads may look
        // up one word at once; both get the same numbers (ids are shared), the first one put is kept.
        int[] known = cache.get(word);
        if (known != null) {
            return known;
        }
        int[] made = lookUpNumbers(word);
        int[] first = cache.putIfAbsent(word, made);
        return first != null ? first : made;
    }

    private int[] lookUpNumbers(String word) {
        TreeSet<String> senses = lookup(word);
        int[] out = new int[senses.size()];
        int k = 0;
        for (String s : senses) {
            out[k++] = ids.computeIfAbsent(s, key -> next.getAndIncrement());
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * The first {@value #SENSES} senses of an index word, as {@code getSenses()} lists them, but read one
     * by one from its synset offsets: {@code getSenses().get(i)} reads every sense of the word first
     * (a common verb has dozens), which is most of the cost of a lookup.
     */
    private static List<Synset> firstSenses(POS pos, IndexWord iw) throws JWNLException {
        long[] offsets = iw.getSynsetOffsets();
        if (offsets == null) { // its senses were read already
            List<Synset> senses = iw.getSenses();
            return senses.subList(0, Math.min(SENSES, senses.size()));
        }
        List<Synset> out = new ArrayList<>(SENSES);
        for (int i = 0; i < offsets.length && out.size() < SENSES; i++) {
            Synset s = Holder.WORDNET.getSynsetAt(pos, offsets[i]);
            if (s != null) { // as getSenses() leaves out an offset with no synset
                out.add(s);
            }
        }
        return out;
    }

    private static TreeSet<String> lookup(String word) {
        TreeSet<String> out = new TreeSet<>();
        out.add("w:" + word);
        if (!word.chars().allMatch(Character::isLetter)) {
            return out;
        }
        try {
            for (POS pos : POS.getAllPOS()) {
                IndexWord iw = Holder.WORDNET.lookupIndexWord(pos, word);
                if (iw == null) {
                    continue;
                }
                for (Synset sense : firstSenses(pos, iw)) {
                    out.add(pos.getKey() + sense.getOffset());
                    for (Word w : sense.getWords()) {
                        out.add("w:" + w.getLemma().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of \"" + word + "\" failed", e);
        }
        return out;
    }
}

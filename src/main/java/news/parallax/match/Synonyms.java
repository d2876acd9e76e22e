package news.parallax.match;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WordNet synonyms (the WordNet 3.1 data from Maven Central, looked up through extJWNL at build time
 * into a {@link SenseTable}): two words are linked when one of the first {@value #SENSES} senses of
 * each (any part of speech, after WordNet's own morphology: "announced" -> "announce") share a synset
 * or a lemma. The table is read once, on first use (or ahead of it, by {@link #preload()}), and shared
 * (it is immutable). Thread-safe.
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

    /**
     * Reads the sense table now, and looks up a few words (which loads the classes a lookup needs), so
     * that the first story does not wait for it: for a warm-up thread.
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

    /** The distinct numbers of all the arrays (in the order first seen: only membership reaches a result). */
    static Union union(List<int[]> arrays) {
        int size = 0;
        for (int[] a : arrays) {
            size += a.length;
        }
        return Union.of(arrays, size);
    }

    /**
     * All the sense numbers of a statement's words, distinct, with a bitmap of them (each
     * number's bit is {@code number mod 4096}) and an open-addressing hash table of them, so that whether
     * it holds a number takes a bit test, and at worst a probe or two, not a binary search. Immutable: do
     * not change the arrays.
     *
     * @param numbers the numbers, distinct, in the order first seen (non-negative, as {@link #numbers} gives them)
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

        // the union of the arrays, which hold {@code size} numbers in all (repeats counted); no sorting: a
        // number already in the table is not added again
        static Union of(List<int[]> arrays, int size) {
            long[] bits = new long[WORDS];
            int[] table = new int[Math.max(2, Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1)];
            Arrays.fill(table, -1);
            int[] numbers = new int[size];
            int distinct = 0;
            for (int[] a : arrays) {
                for (int n : a) {
                    if (n < 0) {
                        throw new IllegalArgumentException("sense numbers are not negative, got " + n);
                    }
                    int slot = slot(n, table.length);
                    while (table[slot] != -1 && table[slot] != n) {
                        slot = (slot + 1) & (table.length - 1);
                    }
                    if (table[slot] == -1) {
                        table[slot] = n;
                        bits[(n >>> 6) & (WORDS - 1)] |= 1L << n;
                        numbers[distinct++] = n;
                    }
                }
            }
            return new Union(Arrays.copyOf(numbers, distinct), bits, table);
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
        SenseTable table = SenseTable.standard();
        String lower = word.toLowerCase(Locale.ROOT);
        if (!SenseTable.holds(lower) && word.chars().allMatch(Character::isLetter)) {
            return numbers(table, LiveWordNet.senses(word)); // a letter outside a-z: WordNet splits the word there
        }
        // the word's place in the table is searched once, for its own number and its senses (a word of a-z
        // is its own lower case): the same numbers as id(table, "w:" + word) and table.senses(lower)
        boolean plain = SenseTable.holds(word);
        int k = plain ? table.word(word) : -1;
        int own = k >= 0 ? k : plain ? known(table, table.otherLemma(word), "w:" + word) : id(table, "w:" + word);
        int[] senses = plain ? table.sensesOfWord(k) : SenseTable.holds(lower) ? table.senses(lower) : new int[0];
        int at = Arrays.binarySearch(senses, own);
        if (at >= 0) {
            return senses; // a fresh array
        }
        int[] out = new int[senses.length + 1];
        int insert = -at - 1;
        System.arraycopy(senses, 0, out, 0, insert);
        out[insert] = own;
        System.arraycopy(senses, insert, out, insert + 1, senses.length - insert);
        return out;
    }

    private int[] numbers(SenseTable table, TreeSet<String> senses) {
        int[] out = new int[senses.size()];
        int k = 0;
        for (String s : senses) {
            out[k++] = id(table, s);
        }
        Arrays.sort(out);
        return out;
    }

    /** The number of a synset id or lemma: the table's, or one of this instance past the table's. */
    private int id(SenseTable table, String s) {
        return known(table, table.id(s), s);
    }

    // the table's number id of s, or (-1) one of this instance
    private int known(SenseTable table, int id, String s) {
        return id >= 0 ? id : ids.computeIfAbsent(s, key -> table.size() + next.getAndIncrement());
    }

    /**
     * The synset ids and lemmas of the word's first {@value #SENSES} senses for each part of speech
     * (after WordNet's morphology), and the word itself: from the {@link SenseTable}, made at build time
     * by {@link SenseTableBuilder} with WordNet's own lookups, or for a word with a letter outside a-z
     * from WordNet itself ({@link LiveWordNet}).
     */
    private static TreeSet<String> lookup(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!SenseTable.holds(lower)) {
            return LiveWordNet.senses(word);
        }
        SenseTable table = SenseTable.standard();
        TreeSet<String> out = new TreeSet<>();
        out.add("w:" + word);
        for (int n : table.senses(lower)) {
            out.add(table.string(n));
        }
        return out;
    }
}

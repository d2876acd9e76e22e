package news.parallax.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntToLongFunction;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How alike two statements are, 0..1: a logistic function of features a reader can check, and a phrase
 * anchor.
 *
 * <ul>
 * <li>shared terms over the larger and over the smaller term set (content words after analysis);
 * <li>shared pairs of neighbouring terms (Dice), which rewards the same phrasing;
 * <li>the longest run of words in the same order (longest common subsequence) over the longer and the
 * shorter statement;
 * <li>numbers that disagree (one side has a figure the other lacks, both having figures);
 * <li>names that only one side has;
 * <li>the difference in length;
 * <li>shared content words counting WordNet synonyms ({@link Synonyms});
 * <li>word n-gram overlap, n = 1..4, over the shorter and the longer statement; a negation on one side;
 * <li>an alignment of content words ({@link Alignment}: same word, stem, prefix, WordNet synonym): the
 * aligned share of each side, the unaligned words, names and figures of each side, and word order.
 * </ul>
 *
 * The weights are in {@code similarity.properties}, fitted by logistic regression on the MSRP training
 * split. The score is raised to the threshold when the statements share {@code anchorPhrases} phrases
 * ({@link #sharedPhrases}) and do not disagree on a figure or a negation: outlets that restate one
 * fact in their own words keep a few of its phrases but little else (see {@code docs/matching.md}).
 * Depends on the two statements only. What a feature needs of one statement (its n-grams, content
 * words, senses, alignment side ...) is computed once, in its {@link Profile}, so scoring a pair only
 * compares two profiles: the clusterer profiles each statement once per story. Thread-safe (its
 * WordNet senses are a cache that changes no result).
 */
final class Similarity {

    static final List<String> FEATURES = List.of("bias", "sharedOverMax", "sharedOverMin", "bigramDice",
            "lcsOverMax", "lcsOverMin", "numberMismatch", "nameMismatch", "lengthDifference",
            "unmatchedMax", "unmatchedMin", "wordDice", "numbersEqual", "trigramCosine", "fewShared",
            "synonymShare", "ngram1Min", "ngram1Max", "ngram2Min", "ngram2Max", "ngram3Min", "ngram3Max",
            "ngram4Min", "ngram4Max", "negationMismatch", "logMinLength", "alignedMin", "alignedMax",
            "unalignedMin", "unalignedMax", "unalignedWeightMin", "unalignedWeightMax", "unalignedNamesMin",
            "unalignedNamesMax", "unalignedNumbersMin", "unalignedNumbersMax", "alignedOrder", "unalignedRunMin",
            "unalignedRunMax");

    /** What an anchored pair gets above the threshold for each phrase beyond the anchor's, up to ... */
    static final double ANCHOR_LEAD = 0.005;
    /** ... this many phrases. */
    static final int ANCHOR_LEAD_PHRASES = 10;

    /** The feature the anchor's ceiling reads: shared word 4-grams over the shorter statement's. */
    static final int NGRAM4_OVER_SHORTER = FEATURES.indexOf("ngram4Min");

    /** The feature the anchor's context reads: the unaligned content words' weight of the side that has more. */
    static final int UNALIGNED_WEIGHT_MAX = FEATURES.indexOf("unalignedWeightMax");

    /** Without an anchor: only the logistic function decides. */
    static final int NO_ANCHOR = Integer.MAX_VALUE;

    private final double[] weights;
    private final double threshold;
    private final int anchorPhrases;
    private final double anchorFloor;
    private final double anchorCeiling;
    private final double anchorContext;
    private final Synonyms synonyms = new Synonyms();
    private final ScoreBound bound;

    Similarity(double[] weights) {
        this(weights, 0.5, NO_ANCHOR);
    }

    /**
     * @param weights       the logistic function's weights, in the order of {@link #FEATURES}
     * @param threshold     the score from which two statements say the same thing
     * @param anchorPhrases the shared phrases (pairs of neighbouring terms) from which two statements
     *                      report the same fact whatever the logistic function says
     */
    Similarity(double[] weights, double threshold, int anchorPhrases) {
        this(weights, threshold, anchorPhrases, 0);
    }

    /**
     * @param weights       the logistic function's weights, in the order of {@link #FEATURES}
     * @param threshold     the score from which two statements say the same thing
     * @param anchorPhrases the shared phrases (pairs of neighbouring terms) from which two statements
     *                      report the same fact, when the logistic function gives at least
     * @param anchorFloor   this score
     */
    Similarity(double[] weights, double threshold, int anchorPhrases, double anchorFloor) {
        this(weights, threshold, anchorPhrases, anchorFloor, 1);
    }

    /**
     * @param weights       the logistic function's weights, in the order of {@link #FEATURES}
     * @param threshold     the score from which two statements say the same thing
     * @param anchorPhrases the shared phrases (pairs of neighbouring terms) from which two statements
     *                      report the same fact, when the logistic function gives at least
     * @param anchorFloor   this score, and when at most
     * @param anchorCeiling this share of the shorter statement's word 4-grams are the other's too (1: any
     *                      share): statements that share more are near copies, which the logistic function,
     *                      fitted on such pairs, judges alone
     */
    Similarity(double[] weights, double threshold, int anchorPhrases, double anchorFloor, double anchorCeiling) {
        this(weights, threshold, anchorPhrases, anchorFloor, anchorCeiling, 0);
    }

    /**
     * {@link #Similarity(double[], double, int, double, double)}, the anchor applying only when one of the
     * two statements has unaligned content words of at least {@code anchorContext} ({@code unalignedWeightMax}:
     * 0.1 a letter, 1 a word at most): a fact restated with each outlet's own context, not two statements
     * that differ by a few words, which the logistic function judges alone.
     */
    Similarity(double[] weights, double threshold, int anchorPhrases, double anchorFloor, double anchorCeiling,
            double anchorContext) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("need " + FEATURES.size() + " weights, got " + weights.length);
        }
        if (!(threshold > 0 && threshold < 1) || anchorPhrases < 1
                || !(anchorFloor >= 0 && anchorFloor <= threshold) || !(anchorCeiling >= 0 && anchorCeiling <= 1)
                || !(anchorContext >= 0)) {
            throw new IllegalArgumentException("threshold in (0, 1), anchorPhrases >= 1, anchorFloor in [0, threshold],"
                    + " anchorCeiling in [0, 1] and anchorContext >= 0 needed");
        }
        this.anchorContext = anchorContext;
        this.anchorCeiling = anchorCeiling;
        this.anchorFloor = anchorFloor;
        this.weights = weights.clone();
        this.bound = new ScoreBound(FEATURES, weights);
        this.threshold = threshold;
        this.anchorPhrases = anchorPhrases;
    }

    /** The score from which two statements say the same thing. */
    double threshold() {
        return threshold;
    }

    /** The shared phrases from which two statements report one fact ({@link #NO_ANCHOR}: never). */
    int anchorPhrases() {
        return anchorPhrases;
    }

    /** The score of the logistic function from which the anchor applies. */
    double anchorFloor() {
        return anchorFloor;
    }

    /** The share of the shorter statement's word 4-grams the other has, above which the anchor does not apply. */
    double anchorCeiling() {
        return anchorCeiling;
    }

    /** This similarity with another {@link #anchorCeiling()} (for measurements: the shipped one is in the file). */
    Similarity withAnchorCeiling(double ceiling) {
        return new Similarity(weights, threshold, anchorPhrases, anchorFloor, ceiling, anchorContext);
    }

    /** The unaligned content (of the statement that has more) from which the anchor applies. */
    double anchorContext() {
        return anchorContext;
    }

    /** This similarity with another {@link #anchorContext()} (for measurements: the shipped one is in the file). */
    Similarity withAnchorContext(double context) {
        return new Similarity(weights, threshold, anchorPhrases, anchorFloor, anchorCeiling, context);
    }

    /** The similarity with the weights shipped in the jar. */
    static Similarity standard() {
        Map<String, Double> values = new HashMap<>();
        for (String line : Lexicons.lines("similarity.properties")) {
            String[] kv = line.split("\\s*=\\s*");
            if (kv.length != 2 || values.put(kv[0], Double.parseDouble(kv[1])) != null) {
                throw new IllegalStateException("similarity.properties: bad or repeated line \"" + line + "\"");
            }
        }
        double threshold = take(values, "threshold", 0.5);
        int anchor = (int) take(values, "anchorPhrases", NO_ANCHOR);
        double floor = take(values, "anchorFloor", 0);
        double ceiling = take(values, "anchorCeiling", 1);
        double context = take(values, "anchorContext", 0);
        double[] w = new double[FEATURES.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = take(values, FEATURES.get(i), 0);
        }
        if (!values.isEmpty()) {
            throw new IllegalStateException("similarity.properties: unknown keys " + new TreeSet<>(values.keySet()));
        }
        return new Similarity(w, threshold, anchor, floor, ceiling, context);
    }

    /** The value of {@code key} in {@code values}, removed from them, or {@code absent}. */
    private static double take(Map<String, Double> values, String key, double absent) {
        Double value = values.remove(key);
        return value == null ? absent : value;
    }

    /**
     * What the features need of one statement, computed once: its term, word, n-gram and letter-trigram
     * sets and counts, content words, negation, figures, phrases and alignment side. Built by
     * {@link #profile}; a profile is only scored against profiles of the same {@code Similarity} (the
     * WordNet sense numbers are its own). Immutable.
     */
    static final class Profile {
        final Terms terms;
        /** The words, each as its number (equal words, equal numbers), for the longest common subsequence. */
        final int[] wordNumbers;
        /** The distinct terms, pairs of neighbouring terms and words, as numbers. */
        final Ids termSet;
        final Ids termBigrams;
        final Ids wordSet;
        /** Word n-gram counts for n = 1..4 (index n - 1). */
        final List<Bag> ngrams;
        final Bag letterTrigrams;
        final double letterTrigramNorm;
        /** Distinct content words, sorted, and the WordNet sense numbers of each. */
        final String[] content;
        final int[][] contentSenses;
        /** Its number terms and name terms ({@link Terms#numbers}, {@link Terms#names}), as numbers. */
        final Ids numberSet;
        final Ids nameSet;
        /** All the sense numbers of the content words. */
        final Synonyms.Union senseUnion;
        final boolean negated;
        /** Its phrases, and the phrase anchor made of them on first use ({@link #anchor()}). */
        private final Anchor.Phrases phrases;
        private Anchor anchor;
        /** The hashes of its phrases' keys, for {@link ScoreBound#mostPhrases}. */
        final ScoreBound.PhraseKeys phraseKeys;
        final Alignment.Side side;
        /** The number of each content word of {@link #side} (equal words, equal numbers). */
        final int[] contentNumbers;
        /** Of each content word of {@link #side}: its weight when unaligned, and whether it is a name or a number. */
        final double[] unalignedWeight;
        final boolean[] isName;
        final boolean[] isNumber;
        /** The same, as {@link ScoreBound} needs them. */
        final ScoreBound.Side boundSide;
        /**
         * For the bit-parallel longest common subsequence ({@link Similarity#lcs(Profile, Profile)}), when
         * the statement has at most 64 words (else null): its distinct word numbers, ascending, and for each
         * the bits of the positions it holds.
         */
        final int[] lcsSymbols;
        final long[] lcsMasks;
        /** With {@link #lcsSymbols}: the index of each word's number in it. */
        final int[] lcsWordSymbols;

        // the number of each string, in order (what a stream mapped to numbering::of gives, without the stream)
        private static int[] numbers(List<String> strings, Numbering numbering) {
            int[] out = new int[strings.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = numbering.of(strings.get(i));
            }
            return out;
        }

        Profile(Terms t, Synonyms synonyms, Numbering numbering) {
            terms = t;
            wordNumbers = numbers(t.words(), numbering);
            if (wordNumbers.length <= Long.SIZE) {
                lcsSymbols = lcsSymbols(wordNumbers);
                lcsMasks = lcsMasks(wordNumbers, lcsSymbols);
                lcsWordSymbols = new int[wordNumbers.length];
                for (int i = 0; i < wordNumbers.length; i++) {
                    lcsWordSymbols[i] = Arrays.binarySearch(lcsSymbols, wordNumbers[i]);
                }
            } else {
                lcsSymbols = null;
                lcsMasks = null;
                lcsWordSymbols = null;
            }
            int[] termNumbers = numbers(t.terms(), numbering);
            termSet = Ids.of(termNumbers.length, i -> termNumbers[i]);
            termBigrams = Ids.of(Math.max(0, termNumbers.length - 1),
                    i -> numbering.gram(2, termNumbers[i], termNumbers[i + 1]));
            ngrams = ngramBags(wordNumbers, numbering);
            wordSet = new Ids(ngrams.get(0).ids()); // the distinct words' numbers
            long[] trigrams = trigramIds(t.words());
            for (int i = 0; i < trigrams.length; i++) {
                trigrams[i] = numbering.trigram(trigrams[i]);
            }
            letterTrigrams = Bag.ofIds(trigrams);
            letterTrigramNorm = letterTrigrams.norm();
            negated = t.negated();
            phrases = Anchor.phrases(t);
            phraseKeys = new ScoreBound.PhraseKeys(phrases);
            side = Alignment.Side.of(t.words(), wordNumbers, synonyms, numbering);
            contentNumbers = new int[side.content().size()];
            int contentWords = 0;
            for (int i = 0; i < wordNumbers.length; i++) {
                if (numbering.isContent(wordNumbers[i], t.words().get(i))) {
                    contentNumbers[contentWords++] = wordNumbers[i];
                }
            }
            // the distinct content words are the side's (both leave out Lucene's stop words), with its senses:
            // sorted by insertion (a statement has a few dozen at most), the first senses of a word kept
            List<String> sideContent = side.content();
            List<int[]> sideSenses = side.senses();
            String[] words = new String[sideContent.size()];
            int[][] senses = new int[sideContent.size()][];
            int distinct = 0;
            for (int i = 0; i < sideContent.size(); i++) {
                String w = sideContent.get(i);
                int at = distinct;
                int c = 1;
                while (at > 0 && (c = words[at - 1].compareTo(w)) > 0) {
                    at--;
                }
                if (at > 0 && c == 0) {
                    continue; // seen: its first senses stay
                }
                System.arraycopy(words, at, words, at + 1, distinct - at);
                System.arraycopy(senses, at, senses, at + 1, distinct - at);
                words[at] = w;
                senses[at] = sideSenses.get(i);
                distinct++;
            }
            content = Arrays.copyOf(words, distinct);
            contentSenses = Arrays.copyOf(senses, distinct);
            numberSet = Ids.of(t.numbers().size(), numbering, t.numbers());
            nameSet = Ids.of(t.names().size(), numbering, t.names());
            // the same words as the side's content words (both leave out Lucene's stop words): the same numbers
            senseUnion = side.union();
            int n = side.content().size();
            unalignedWeight = new double[n];
            isName = new boolean[n];
            isNumber = new boolean[n];
            for (int i = 0; i < n; i++) {
                String w = side.content().get(i);
                unalignedWeight[i] = Math.min(1, w.length() / 10.0);
                isName[i] = t.names().contains(side.stems().get(i));
                isNumber[i] = hasDigit(w) || NumberWordFilter.value(w) != null;
            }
            boundSide = new ScoreBound.Side(unalignedWeight, isName, isNumber, side.keys());
        }

        /** The hashes of its neighbour phrases' keys ({@link Anchor#keyHash}), one per phrase. Do not change the array. */
        int[] phraseHashes() {
            return phrases.neighbourHashes();
        }

        /**
         * What the phrase anchor needs of this statement, made on first use: most pairs are ruled out by the
         * hashes of the phrase keys alone ({@link ScoreBound#mostPhrases}). A profile is used by one thread;
         * were two to make it at once, each would make the same immutable anchor.
         */
        Anchor anchor() {
            Anchor made = anchor;
            if (made == null) {
                made = Anchor.of(terms, phrases);
                anchor = made;
            }
            return made;
        }
    }

    /**
     * A set of strings, each as its number ({@link Numbering}), sorted: two sets of one numbering are
     * compared by a merge, without hashing strings. Do not change the array.
     *
     * @param ids the numbers, ascending, distinct
     */
    record Ids(long[] ids) {

        /** The distinct numbers {@code number.applyAsLong(i)}, i = 0..count-1. */
        static Ids of(int count, IntToLongFunction number) {
            long[] all = new long[count];
            for (int i = 0; i < count; i++) {
                all[i] = number.applyAsLong(i);
            }
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            return new Ids(Arrays.copyOf(all, distinct));
        }

        /** The numbers of the {@code count} strings of {@code strings}, each numbered by {@code numbering}. */
        static Ids of(int count, Numbering numbering, Iterable<String> strings) {
            long[] all = new long[count];
            int k = 0;
            for (String x : strings) {
                all[k++] = numbering.of(x);
            }
            return of(count, i -> all[i]);
        }

        int size() {
            return ids.length;
        }

        /** How many numbers both sets hold. */
        int common(Ids o) {
            int n = 0;
            for (int i = 0, j = 0; i < ids.length && j < o.ids.length;) {
                if (ids[i] == o.ids[j]) {
                    n++;
                    i++;
                    j++;
                } else if (ids[i] < o.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return n;
        }

        /** Twice the shared numbers over the sum of the sizes; 0 when a side has none (as {@link Similarity#dice}). */
        double dice(Ids o) {
            if (ids.length == 0 || o.ids.length == 0) {
                return 0;
            }
            return 2.0 * common(o) / (ids.length + o.ids.length);
        }
    }

    /**
     * Counts of strings (n-grams, letter trigrams), each string as a number (its {@link Numbering} number,
     * or a letter trigram's three characters), sorted by number: two bags of one numbering are compared
     * by a merge, without hashing strings.
     *
     * @param ids    the numbers, ascending
     * @param counts the count of each
     */
    record Bag(long[] ids, int[] counts) {

        Bag {
            if (ids.length != counts.length) {
                throw new IllegalArgumentException("one count per number needed");
            }
        }

        static Bag of(Map<String, Integer> counts, Numbering numbering) {
            long[] entries = new long[counts.size()]; // number in the high half, count in the low half
            int k = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                entries[k++] = (long) numbering.of(e.getKey()) << 32 | e.getValue();
            }
            Arrays.sort(entries);
            long[] ids = new long[entries.length];
            int[] cs = new int[entries.length];
            for (int i = 0; i < entries.length; i++) {
                ids[i] = entries[i] >>> 32;
                cs[i] = (int) entries[i];
            }
            return new Bag(ids, cs);
        }

        /** The bag of the numbers of {@code items}, each counted as often as it occurs (the array is sorted). */
        static Bag ofIds(long[] items) {
            sort(items);
            int distinct = 0;
            for (int i = 0; i < items.length; i++) {
                distinct += i == 0 || items[i] != items[i - 1] ? 1 : 0;
            }
            long[] ids = new long[distinct];
            int[] cs = new int[distinct];
            int k = -1;
            for (int i = 0; i < items.length; i++) {
                if (i == 0 || items[i] != items[i - 1]) {
                    ids[++k] = items[i];
                }
                cs[k]++;
            }
            return new Bag(ids, cs);
        }

        /** Most items sorted by insertion ({@link #sort}): a statement's word n-grams are a few dozen. */
        static final int INSERTION_SORT_MAX = 40;

        /**
         * Sorts {@code items} ascending: by insertion up to {@value #INSERTION_SORT_MAX} items (without the
         * general sort's set-up, which costs more than the sorting on arrays this short before the optimising
         * compiler), else by {@link Arrays#sort(long[])}. Sorted numbers are one array whichever way.
         */
        static void sort(long[] items) {
            if (items.length > INSERTION_SORT_MAX) {
                Arrays.sort(items);
                return;
            }
            for (int i = 1; i < items.length; i++) {
                long x = items[i];
                int j = i - 1;
                while (j >= 0 && items[j] > x) {
                    items[j + 1] = items[j];
                    j--;
                }
                items[j + 1] = x;
            }
        }

        /** The Euclidean norm of the counts (exact before the root: a sum of whole numbers). */
        double norm() {
            double s = 0;
            for (int c : counts) {
                s += (double) c * c;
            }
            return Math.sqrt(s);
        }

        /** The clipped shared count: for each string of both, the smaller count. */
        int sharedMin(Bag o) {
            int shared = 0;
            for (int i = 0, j = 0; i < ids.length && j < o.ids.length;) {
                if (ids[i] == o.ids[j]) {
                    shared += Math.min(counts[i++], o.counts[j++]);
                } else if (ids[i] < o.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return shared;
        }

        /** The dot product of the counts (exact: a sum of whole numbers). */
        double dot(Bag o) {
            double dot = 0;
            for (int i = 0, j = 0; i < ids.length && j < o.ids.length;) {
                if (ids[i] == o.ids[j]) {
                    dot += counts[i++] * (double) o.counts[j++];
                } else if (ids[i] < o.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }
    }

    /**
     * Numbers for strings (words, n-grams, letter trigrams), each numbered on first sight; only whether
     * two numbers are equal reaches a result. One per story (or pair): profiles are only compared with
     * profiles of the same numbering. Not thread-safe.
     */
    static final class Numbering {
        private final Map<String, Integer> ids;
        /** For n = 2..4 (index n - 2): (number of an (n-1)-gram, number of a word) -> number of the n-gram. */
        private final LongNumbers[] grams;
        /** A letter trigram's three characters in one long -> its number. */
        private final LongNumbers trigrams;

        Numbering() {
            this(0);
        }

        /** A numbering sized for statements of {@code words} words in all (so that its tables need not grow). */
        Numbering(int words) {
            ids = new HashMap<>(Math.max(16, Math.min(words, 1 << 24) * 2));
            grams = new LongNumbers[] {new LongNumbers(words), new LongNumbers(words), new LongNumbers(words)};
            trigrams = new LongNumbers(words);
        }

        /**
         * What an alignment side needs of each word ({@link Alignment.Side#of(List, int[], Synonyms, Numbering)}),
         * by the word's number, found on first use: 1 for a stop word, 2 for a content word (0: not asked yet),
         * its stem and its senses (of {@link #sensesOf}, the first {@link Synonyms} asked).
         */
        private byte[] wordKinds = new byte[0];
        private String[] stems = new String[0];
        private int[][] senses = new int[0][];
        private Synonyms sensesOf;

        /** Whether the word {@code w}, numbered {@code id}, is no stop word (Lucene's English stop words). */
        boolean isContent(int id, String w) {
            if (id >= wordKinds.length) {
                growWords(id);
            }
            byte kind = wordKinds[id];
            if (kind == 0) {
                kind = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) ? (byte) 1 : (byte) 2;
                wordKinds[id] = kind;
            }
            return kind == 2;
        }

        /** {@link Alignment#cachedStem} of the word {@code w}, numbered {@code id}. */
        String stem(int id, String w) {
            if (id >= stems.length) {
                growWords(id);
            }
            String stem = stems[id];
            if (stem == null) {
                stem = Alignment.cachedStem(w);
                stems[id] = stem;
            }
            return stem;
        }

        /** {@link Synonyms#numbers} of the word {@code w}, numbered {@code id} (the same array). */
        int[] senses(int id, String w, Synonyms synonyms) {
            if (sensesOf == null) {
                sensesOf = synonyms;
            } else if (sensesOf != synonyms) {
                return synonyms.numbers(w); // another instance numbers senses its own way: not kept
            }
            if (id >= senses.length) {
                growWords(id);
            }
            int[] known = senses[id];
            if (known == null) {
                known = synonyms.numbers(w);
                senses[id] = known;
            }
            return known;
        }

        private void growWords(int id) {
            int length = Math.max(Math.max(64, id + 1), Math.max(ids.size(), wordKinds.length * 2));
            wordKinds = Arrays.copyOf(wordKinds, length);
            stems = Arrays.copyOf(stems, length);
            senses = Arrays.copyOf(senses, length);
        }

        /** How many strings have numbers ({@link #of}). */
        int size() {
            return ids.size();
        }

        /** How many n-grams ({@code n} = 2..4) have numbers ({@link #gram}). */
        int grams(int n) {
            return grams[n - 2].size();
        }

        /** How many letter trigrams have numbers ({@link #trigram}). */
        int trigrams() {
            return trigrams.size();
        }

        /** The number of a letter trigram, given as its three characters in one long. */
        int trigram(long chars) {
            return trigrams.of(chars);
        }

        int of(String s) {
            Integer id = ids.get(s);
            if (id == null) {
                id = ids.size();
                ids.put(s, id);
            }
            return id;
        }

        /**
         * The number of the n-gram ({@code n} = 2..4) made of the (n-1)-gram numbered {@code prefix} and the
         * word numbered {@code word}: equal word sequences, equal numbers.
         */
        int gram(int n, int prefix, int word) {
            return grams[n - 2].of((long) prefix << 32 | (word & 0xFFFFFFFFL));
        }
    }

    /**
     * One profile's sets and bags spread out by number ({@link #load}), so that the cheap features of it
     * and each of its candidates ({@link #features(Profile)}) look the candidate's numbers up instead of
     * merging two sorted arrays: the same counts, so the same features as
     * {@link Similarity#features(Profile, Profile, boolean)} without the alignment (they are symmetric, so
     * which of the two is loaded does not matter). For the profiles of one {@link Numbering}, made after
     * them. Not thread-safe: one per story.
     */
    static final class Scratch {
        private final int[] terms;
        private final int[] termBigrams;
        private final int[][] ngrams;
        private final int[] trigrams;
        /** By word number: the loaded profile's bits of the positions of the word ({@link Profile#lcsMasks}). */
        private final long[] masks;
        private Profile loaded;

        Scratch(Numbering numbering) {
            terms = new int[numbering.size()];
            termBigrams = new int[numbering.grams(2)];
            ngrams = new int[][] {new int[numbering.size()], new int[numbering.grams(2)], new int[numbering.grams(3)],
                new int[numbering.grams(4)]};
            trigrams = new int[numbering.trigrams()];
            masks = new long[numbering.size()];
        }

        /** Spreads out {@code p}'s numbers, in place of the profile loaded before. */
        void load(Profile p) {
            if (loaded != null) {
                spread(loaded, false);
            }
            spread(p, true);
            loaded = p;
        }

        /** The profile loaded; null before the first. */
        Profile loaded() {
            return loaded;
        }

        // sets (or, without `on`, clears) the counts of p's numbers
        private void spread(Profile p, boolean on) {
            for (long id : p.termSet.ids()) {
                terms[(int) id] = on ? 1 : 0;
            }
            for (long id : p.termBigrams.ids()) {
                termBigrams[(int) id] = on ? 1 : 0;
            }
            for (int n = 0; n < 4; n++) {
                Bag bag = p.ngrams.get(n);
                for (int k = 0; k < bag.ids().length; k++) {
                    ngrams[n][(int) bag.ids()[k]] = on ? bag.counts()[k] : 0;
                }
            }
            Bag t = p.letterTrigrams;
            for (int k = 0; k < t.ids().length; k++) {
                trigrams[(int) t.ids()[k]] = on ? t.counts()[k] : 0;
            }
            if (p.lcsMasks != null) {
                for (int k = 0; k < p.lcsSymbols.length; k++) {
                    masks[p.lcsSymbols[k]] = on ? p.lcsMasks[k] : 0;
                }
            }
        }

        /** The longest common subsequence of the loaded profile's words and {@code o}'s ({@link Similarity#lcs}). */
        int lcs(Profile o) {
            if (loaded.lcsMasks == null) {
                return Similarity.lcs(loaded, o);
            }
            int m = loaded.wordNumbers.length;
            if (m == 0) {
                return 0;
            }
            long all = m == Long.SIZE ? -1L : (1L << m) - 1;
            long v = all;
            for (int x : o.wordNumbers) {
                long mask = masks[x];
                if (mask != 0) {
                    long u = v & mask;
                    v = ((v + u) | (v - u)) & all;
                }
            }
            return m - Long.bitCount(v);
        }

        /** {@link Similarity#features(Profile, Profile, boolean)} of the loaded profile and {@code o}, without the alignment. */
        double[] features(Profile o) {
            Profile a = loaded;
            int shared = 0;
            for (long id : o.termSet.ids()) {
                shared += terms[(int) id];
            }
            int bigrams = 0;
            for (long id : o.termBigrams.ids()) {
                bigrams += termBigrams[(int) id];
            }
            int words = 0;
            for (long id : o.wordSet.ids()) {
                words += ngrams[0][(int) id] > 0 ? 1 : 0;
            }
            int[] sharedGrams = new int[4];
            for (int n = 0; n < 4; n++) {
                Bag bag = o.ngrams.get(n);
                int[] mine = ngrams[n];
                int sum = 0;
                for (int k = 0; k < bag.ids().length; k++) {
                    sum += Math.min(mine[(int) bag.ids()[k]], bag.counts()[k]);
                }
                sharedGrams[n] = sum;
            }
            double dot = 0;
            Bag t = o.letterTrigrams;
            for (int k = 0; k < t.ids().length; k++) {
                int c = trigrams[(int) t.ids()[k]];
                if (c != 0) {
                    dot += c * (double) t.counts()[k];
                }
            }
            return Similarity.features(a, o, shared, lcs(o), dice(bigrams, a.termBigrams.size(), o.termBigrams.size()),
                    dice(words, a.wordSet.size(), o.wordSet.size()),
                    ngramOverlap(a.terms.words().size(), o.terms.words().size(), sharedGrams),
                    cosine(dot, a.letterTrigramNorm, o.letterTrigramNorm), false);
        }

        // as Ids.dice: twice the shared over the sum of the sizes, 0 when a side has none
        private static double dice(int common, int na, int nb) {
            return na == 0 || nb == 0 ? 0 : 2.0 * common / (na + nb);
        }
    }

    /**
     * The word n-gram bags, n = 1..4, of the words numbered {@code words}: an n-gram's number is that of
     * its first n - 1 words with its last word ({@link Numbering#gram}), so no n-gram is made as a string.
     */
    private static List<Bag> ngramBags(int[] words, Numbering numbering) {
        List<Bag> out = new ArrayList<>(4);
        int[] grams = words.clone(); // grams[i]: the number of the n-gram starting at word i
        for (int n = 1; n <= 4; n++) {
            int count = Math.max(0, words.length - n + 1);
            if (n > 1) {
                for (int i = 0; i < count; i++) {
                    grams[i] = numbering.gram(n, grams[i], words[i + n - 1]);
                }
            }
            long[] items = new long[count];
            for (int i = 0; i < count; i++) {
                items[i] = grams[i];
            }
            out.add(Bag.ofIds(items));
        }
        return List.copyOf(out);
    }

    /**
     * The letter trigrams of the words joined by spaces, with a space before and after, each as its three
     * characters in one number.
     */
    static long[] trigramIds(List<String> words) {
        // the characters of " " + String.join(" ", words) + " ", copied into an array (no string's charAt per character)
        int length = 2 + Math.max(0, words.size() - 1);
        for (String w : words) {
            length += w.length();
        }
        char[] t = new char[length];
        t[0] = ' ';
        int at = 1;
        for (int k = 0; k < words.size(); k++) {
            if (k > 0) {
                t[at++] = ' ';
            }
            String w = words.get(k);
            w.getChars(0, w.length(), t, at);
            at += w.length();
        }
        t[at] = ' ';
        long[] out = new long[Math.max(0, t.length - 2)];
        for (int i = 3; i <= t.length; i++) {
            out[i - 3] = (long) t[i - 3] << 32 | (long) t[i - 2] << 16 | t[i - 1];
        }
        return out;
    }

    /**
     * The profile of one statement, to score it against others without computing it again; the
     * statements scored against each other must share {@code numbering}.
     */
    Profile profile(Terms t, Numbering numbering) {
        return new Profile(t, synonyms, numbering);
    }

    /**
     * The score, 0..1: the logistic function of the features, raised to the threshold when the two
     * statements share {@code anchorPhrases} phrases or more (see {@link #sharedPhrases}).
     */
    double score(Terms a, Terms b) {
        Numbering numbering = new Numbering();
        return score(profile(a, numbering), profile(b, numbering));
    }

    /** {@link #score(Terms, Terms)} of two profiles of this similarity. */
    double score(Profile a, Profile b) {
        double[] f = features(a, b);
        return anchored(a, b, logistic(f), f);
    }

    /**
     * {@link #score(Profile, Profile)}, given the features of the two without the alignment
     * ({@link #features(Profile, Profile, boolean)} or {@link Scratch#features}, of the two in either order):
     * the same score, without computing those again. The array is filled in ({@link #withAlignment}).
     */
    double score(Profile a, Profile b, double[] cheap) {
        return anchored(a, b, logistic(withAlignment(a, b, cheap)), cheap);
    }

    // the score of a pair whose logistic function gives p on the features f: raised to the threshold by the anchor
    private double anchored(Profile a, Profile b, double p, double[] f) {
        if (p < anchorFloor || anchorPhrases == NO_ANCHOR || f[NGRAM4_OVER_SHORTER] > anchorCeiling
                || f[UNALIGNED_WEIGHT_MAX] < anchorContext) {
            return p;
        }
        int shared = a.anchor().shared(b.anchor());
        // raised to the threshold, plus a little for each phrase beyond the anchor's: of two anchored
        // pairs, the one that shares more phrases is the stronger link
        return shared < anchorPhrases ? p
                : Math.max(p, threshold + ANCHOR_LEAD * Math.min(ANCHOR_LEAD_PHRASES, shared - anchorPhrases));
    }

    /**
     * False when {@link #score(Profile, Profile)} is surely below {@code threshold}, found without aligning
     * the two statements ({@link ScoreBound}); true when it may reach it. Changes no score: a cheap test
     * before scoring a candidate pair.
     */
    boolean mayReach(Profile a, Profile b, double threshold) {
        return mayReach(a, b, threshold, -1);
    }

    /**
     * {@link #mayReach(Profile, Profile, double)}, given the smaller of the numbers of content words each
     * side could align with the other's ({@link AlignableIndex}; negative: not known).
     */
    boolean mayReach(Profile a, Profile b, double threshold, int alignable) {
        return mayReach(a, b, threshold, alignable, features(a, b, false));
    }

    /**
     * {@link #mayReach(Profile, Profile, double, int)}, given the features of {@code a} and {@code b} without
     * the alignment ({@link #features(Profile, Profile, boolean)} or {@link Scratch#features}).
     */
    boolean mayReach(Profile a, Profile b, double threshold, int alignable, double[] cheap) {
        double upper = bound.upper(cheap, a, b, alignable);
        if (upper >= threshold) {
            return true;
        }
        if (upper < anchorFloor || anchorPhrases == NO_ANCHOR || cheap[NGRAM4_OVER_SHORTER] > anchorCeiling) {
            return false; // the anchor cannot apply
        }
        return ScoreBound.mostPhrases(a.phraseKeys, b.phraseKeys) >= anchorPhrases
                && a.anchor().shared(b.anchor()) >= anchorPhrases;
    }

    /** The logistic function of the features alone, 0..1 (how MSRP's paraphrases are told apart). */
    double paraphrase(Terms a, Terms b) {
        Numbering numbering = new Numbering();
        return paraphrase(profile(a, numbering), profile(b, numbering));
    }

    private double paraphrase(Profile a, Profile b) {
        return logistic(features(a, b));
    }

    // the logistic function of the features f
    private double logistic(double[] f) {
        double z = 0;
        for (int i = 0; i < f.length; i++) {
            z += weights[i] * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The shared phrases that count for the anchor ({@link Anchor#shared}): none when the statements
     * disagree on a figure written in digits (each has one of a kind the other lacks: "rose 5 percent" /
     * "rose 7 percent") or a negation is about the shared phrases on one side only, as they then report
     * different facts.
     */
    static int anchorPhrases(Terms a, Terms b) {
        return Anchor.of(a).shared(Anchor.of(b));
    }

    /**
     * The words written with digits, thousands separators and ordinal endings left out ("50,000" ->
     * "50000", "80th" -> "80"); a day of the month (1 to 31 next to a month's name: "March 29", "29 March") is
     * marked {@code date:}, as it is a figure of another kind than a count.
     */
    static Set<String> figures(List<String> words) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (hasDigit(w)) {
                String figure = ORDINAL.matcher(w.replace(",", "")).replaceFirst("$1");
                boolean date = DAY_OF_MONTH.matcher(figure).matches() && (i > 0 && Months.WORDS.contains(words.get(i - 1))
                        || i + 1 < words.size() && Months.WORDS.contains(words.get(i + 1)));
                out.add(date ? DATE + figure : figure);
            }
        }
        return out;
    }

    /** Whether a character of {@code w} is a digit ({@link Character#isDigit(char)}). */
    static boolean hasDigit(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(?:st|nd|rd|th)$");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("[1-9]|[12]\\d|3[01]");
    /** The mark of a day of the month among {@link #figures}. */
    static final String DATE = "date:";

    /** The names of the months ({@code months.txt}), lower case; read on first use. */
    private static final class Months {
        static final Set<String> WORDS = Set.copyOf(Lexicons.lines("months.txt"));
    }

    /** Whether two sets of {@link #figures} disagree: for one kind, each has a figure the other lacks. */
    static boolean disagree(Set<String> fa, Set<String> fb) {
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        for (boolean date : new boolean[] {false, true}) {
            Set<String> ka = new TreeSet<>();
            Set<String> kb = new TreeSet<>();
            fa.stream().filter(f -> f.startsWith(DATE) == date).forEach(ka::add);
            fb.stream().filter(f -> f.startsWith(DATE) == date).forEach(kb::add);
            if (!ka.containsAll(kb) && !kb.containsAll(ka)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The distinct pairs of neighbouring terms (stop words left out: "military command in Japan" gives
     * "militari command", "command japan") that both statements have, leaving out pairs of two names: the
     * phrases outlets keep when they restate a fact in their own words ("hosts 50,000 U.S. military personnel" / "hosts about 50,000
     * U.S. troops" share "50000 u."). See {@link Anchor#shared}.
     */
    static int sharedPhrases(Terms a, Terms b) {
        return Anchor.of(a).phrases(Anchor.of(b), null, null);
    }

    /**
     * A pair of terms of a statement, neighbours once stop words are left out (or one term apart), whether
     * it is a pair of names (both are, or one is a word of a name of several words), and whether it is said in
     * passing ({@code aside}: both terms in a relative clause, {@link Terms#asides}, at each place the statement
     * has the pair). Equality leaves {@code aside} out.
     */
    record Phrase(String first, String second, boolean names, boolean aside) {

        Phrase {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        /** A phrase not said in passing ({@code aside} false). */
        Phrase(String first, String second, boolean names) {
            this(first, second, names, false);
        }

        // written out: a record's generated equals and hashCode go through method handles, slow before the
        // optimising compiler; the same equality (phrases are kept in insertion order, so no hash reaches a result)
        @Override
        public boolean equals(Object o) {
            return o instanceof Phrase p && names == p.names && first.equals(p.first) && second.equals(p.second);
        }

        @Override
        public int hashCode() {
            return (31 * first.hashCode() + second.hashCode()) * 31 + Boolean.hashCode(names);
        }

        /** The same phrase, a term also matching a longer form of itself ({@link #sameTerm}). */
        boolean matches(Phrase o) {
            return sameTerm(first, o.first) && sameTerm(second, o.second);
        }

        /**
         * Two stems of one word family: equal, or one a prefix of the other of five letters at least
         * ("joint" / "jointli", "produc" / "product", "southwest" / "southwestern"), as Porter's stemmer
         * leaves adverbs and some derived nouns apart.
         */
        static boolean sameTerm(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            String shorter = a.length() <= b.length() ? a : b;
            String longer = shorter == a ? b : a;
            return shorter.length() >= 5 && Character.isLetter(shorter.charAt(0)) && longer.startsWith(shorter);
        }
    }

    /**
     * What the phrase anchor needs of one statement: its {@link #figures}, the terms its negations may be
     * about ({@link Terms#negatedTerms}), its phrases (pairs of neighbouring terms once function words and
     * reporting verbs are left out) and its pairs one term apart.
     */
    record Anchor(Set<String> figures, Set<String> negatedTerms, List<Phrase> neighbours, List<Phrase> gapped,
            Map<String, List<Phrase>> neighbourIndex, Map<String, List<Phrase>> gappedIndex, List<String> neighbourKeys) {

        Anchor {
            figures = Set.copyOf(figures);
            negatedTerms = Set.copyOf(negatedTerms);
            neighbours = List.copyOf(neighbours);
            gapped = List.copyOf(gapped);
            neighbourIndex = Map.copyOf(neighbourIndex);
            gappedIndex = Map.copyOf(gappedIndex);
            neighbourKeys = List.copyOf(neighbourKeys);
            if (neighbourKeys.size() != neighbours.size()) {
                throw new IllegalArgumentException("one key per neighbour phrase needed");
            }
        }

        static Anchor of(Terms t) {
            return of(t, phrases(t));
        }

        /** The anchor of {@code t}, whose {@link #phrases} are given. */
        static Anchor of(Terms t, Phrases p) {
            Map<String, String> termKeys = new HashMap<>();
            List<String> neighbourKeys = keys(p.neighbours(), termKeys);
            List<String> gappedKeys = keys(p.gapped(), termKeys);
            return new Anchor(Similarity.figures(t.words()), t.negatedTerms(), p.neighbours(), p.gapped(),
                    index(p.neighbours(), neighbourKeys), index(p.gapped(), gappedKeys), neighbourKeys);
        }

        /**
         * A statement's phrases of neighbours and one term apart, each list without repeats, and the hash of
         * each phrase's key ({@link #keyHash}: the key itself is made only for an anchor). Do not change the
         * arrays.
         */
        record Phrases(List<Phrase> neighbours, int[] neighbourHashes, List<Phrase> gapped, int[] gappedHashes) {
            Phrases {
                if (neighbourHashes.length != neighbours.size() || gappedHashes.length != gapped.size()) {
                    throw new IllegalArgumentException("one key hash per phrase needed");
                }
            }
        }

        /** The phrases of {@code t} (function words and reporting verbs left out) and their keys. */
        static Phrases phrases(Terms t) {
            List<String> terms = new ArrayList<>(t.terms().size());
            List<Boolean> aside = new ArrayList<>(t.terms().size());
            for (int i = 0; i < t.terms().size(); i++) {
                String x = t.terms().get(i);
                if (!PhraseStops.WORDS.contains(x)) {
                    terms.add(x);
                    aside.add(t.aside().get(i));
                }
            }
            // which terms are names, and words of a name of several words: found once for both distances
            Set<String> names = t.names();
            boolean[] name = new boolean[terms.size()];
            for (int i = 0; i < terms.size(); i++) {
                name[i] = !names.isEmpty() && names.contains(terms.get(i));
            }
            boolean[] inName = new boolean[terms.size()];
            for (int i = 0; i < terms.size(); i++) {
                inName[i] = name[i] && (i > 0 && name[i - 1] || i + 1 < terms.size() && name[i + 1]);
            }
            List<Phrase> neighbours = pairs(terms, name, inName, aside, 1);
            List<Phrase> gapped = pairs(terms, name, inName, aside, 2);
            return new Phrases(neighbours, keyHashes(neighbours), gapped, keyHashes(gapped));
        }

        private static int[] keyHashes(List<Phrase> phrases) {
            int[] out = new int[phrases.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = keyHash(phrases.get(i));
            }
            return out;
        }

        /**
         * The hash ({@link String#hashCode}) of the phrase's key, its terms' {@link #key}s with a space between,
         * computed without making the key: a string's hash is its characters' polynomial in 31, so that of
         * {@code x + " " + y} is {@code (hash(x) * 31 + ' ') * 31^length(y) + hash(y)}, wrapping as
         * {@code hashCode} does.
         */
        static int keyHash(Phrase p) {
            String second = p.second();
            int h = termKeyHash(p.first()) * 31 + ' ';
            int length = keyLength(second);
            for (int k = 0; k < length; k++) {
                h *= 31;
            }
            return h + termKeyHash(second);
        }

        // the hash of key(term), without the substring
        private static int termKeyHash(String term) {
            if (keyLength(term) == term.length()) {
                return term.hashCode();
            }
            int h = 0;
            for (int k = 0; k < 5; k++) {
                h = 31 * h + term.charAt(k);
            }
            return h;
        }

        // the length of key(term)
        private static int keyLength(String term) {
            return term.length() >= 5 && Character.isLetter(term.charAt(0)) ? 5 : term.length();
        }

        /** The key of each phrase ({@link #key} of its terms with a space between), each term's key made once (in termKeys). */
        static List<String> keys(List<Phrase> phrases, Map<String, String> termKeys) {
            List<String> out = new ArrayList<>(phrases.size());
            for (Phrase p : phrases) {
                out.add(termKeys.computeIfAbsent(p.first(), Anchor::key) + " " + termKeys.computeIfAbsent(p.second(), Anchor::key));
            }
            return out;
        }

        /**
         * The phrases by their {@link #key}s ({@code keys}, one per phrase), each list in the phrases'
         * order: only phrases of one key can match.
         */
        private static Map<String, List<Phrase>> index(List<Phrase> phrases, List<String> keys) {
            Map<String, List<Phrase>> out = new HashMap<>();
            for (int i = 0; i < phrases.size(); i++) {
                out.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(phrases.get(i));
            }
            out.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(out);
        }

        // a phrase's key is its terms' keys with a space between; a term's key is its first five letters
        // (all of a shorter term or a figure): two terms that are {@link Phrase#sameTerm} have the same key
        private static String key(String term) {
            return term.length() >= 5 && Character.isLetter(term.charAt(0)) ? term.substring(0, 5) : term;
        }

        // each phrase once, in order of first occurrence; said in passing (aside) only when every occurrence is
        private static List<Phrase> pairs(List<String> terms, boolean[] name, boolean[] inName, List<Boolean> aside,
                int distance) {
            Map<Phrase, Phrase> out = new LinkedHashMap<>();
            for (int i = distance; i < terms.size(); i++) {
                boolean both = name[i - distance] && name[i];
                Phrase p = new Phrase(terms.get(i - distance), terms.get(i), both || inName[i - distance] || inName[i],
                        aside.get(i - distance) && aside.get(i));
                Phrase known = out.putIfAbsent(p, p);
                if (known != null && known.aside() && !p.aside()) {
                    out.put(p, p);
                }
            }
            return List.copyOf(out.values());
        }

        /**
         * The shared phrases that count for the anchor: none when the statements disagree on a figure, or
         * when a negation's clause holds the shared phrases on one side only ("has not approved the plan" /
         * "approved the plan"; a "no" in another clause of one of them does not count).
         */
        int shared(Anchor o) {
            if (disagree(figures, o.figures)) {
                return 0;
            }
            if (negatedTerms.isEmpty() && o.negatedTerms.isEmpty()) {
                return phrases(o, null, null);
            }
            Set<String> mine = new TreeSet<>();
            Set<String> theirs = new TreeSet<>();
            int n = phrases(o, mine, theirs);
            boolean negatedHere = mine.stream().anyMatch(negatedTerms::contains);
            boolean negatedThere = theirs.stream().anyMatch(o.negatedTerms::contains);
            return negatedHere != negatedThere ? 0 : n;
        }

        /**
         * The shared phrases: a phrase of one statement found in the other as neighbours or one term
         * apart ("strategic southwest islands, which are located" / "southwestern islands, strategically
         * located"), each counted once; all shared phrases of names together count once: a pair of two
         * names, or a pair with a word of a name of several words (a title and a name, "East China Sea", a
         * name and what describes it, "retiring Sen. Jane Doe") is one item that many facts of a story share. A
         * phrase said in passing on either side ({@link Phrase#aside}: in a relative clause set off by a comma,
         * "Outside the courthouse, where the grand jury met, ...", "Jane Roe, who served two terms as mayor, ...",
         * or an appositive after a name, "Ann Lee, a retired admiral, ...")
         * counts half, rounded up over all such phrases: the place or person the clause describes is not the fact
         * the sentence reports. The terms of the shared phrases go in {@code mine} and {@code theirs}, when given.
         */
        int phrases(Anchor o, Set<String> mine, Set<String> theirs) {
            int shared = 0;
            int names = 0;
            int asides = 0;
            for (int k = 0; k < neighbours.size(); k++) {
                Phrase p = neighbours.get(k);
                String key = neighbourKeys.get(k);
                Phrase q = find(p, o.neighbourIndex.get(key));
                if (q == null) {
                    q = find(p, o.gappedIndex.get(key));
                }
                if (q != null) {
                    shared++;
                    names += p.names() || q.names() ? 1 : 0;
                    asides += !p.names() && !q.names() && aside(p, q) ? 1 : 0;
                    note(mine, theirs, p, q);
                }
            }
            for (int k = 0; k < o.neighbours.size(); k++) {
                Phrase q = o.neighbours.get(k);
                String key = o.neighbourKeys.get(k);
                if (find(q, neighbourIndex.get(key)) == null) {
                    Phrase p = find(q, gappedIndex.get(key));
                    if (p != null) {
                        shared++;
                        names += p.names() || q.names() ? 1 : 0;
                        asides += !p.names() && !q.names() && aside(p, q) ? 1 : 0;
                        note(mine, theirs, p, q);
                    }
                }
            }
            return shared - names - asides + Math.min(1, names) + (asides + 1) / 2;
        }

        // whether phrase p of this statement or q of the other lies in a relative clause (Phrase#aside)
        private static boolean aside(Phrase p, Phrase q) {
            return p.aside() || q.aside();
        }

        // the first phrase of the candidates (the phrases of p's key in an index, or null for none) that p matches
        private static Phrase find(Phrase p, List<Phrase> candidates) {
            if (candidates == null) {
                return null;
            }
            for (Phrase q : candidates) {
                if (p.matches(q)) {
                    return q;
                }
            }
            return null;
        }

        private static void note(Set<String> mine, Set<String> theirs, Phrase p, Phrase q) {
            if (mine != null) {
                mine.add(p.first());
                mine.add(p.second());
                theirs.add(q.first());
                theirs.add(q.second());
            }
        }
    }

    /** The terms of the words that do not make a phrase ({@code phrase-stop-words.txt}: "after", "his"). */
    static Set<String> phraseStops() {
        return PhraseStops.WORDS;
    }

    /** The words that do not make a phrase ({@code phrase-stop-words.txt}), analysed; read on first use. */
    private static final class PhraseStops {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of()));
            Set<String> out = new TreeSet<>();
            for (String w : Lexicons.lines("phrase-stop-words.txt")) {
                out.addAll(Terms.of(w, analyzer).terms());
            }
            return Set.copyOf(out);
        }
    }

    /** The feature vector, in the order of {@link #FEATURES}. */
    static double[] features(Terms a, Terms b, Synonyms synonyms) {
        Numbering numbering = new Numbering();
        return features(new Profile(a, synonyms, numbering), new Profile(b, synonyms, numbering));
    }

    /** The feature vector of two profiles (made with one {@link Synonyms}), in the order of {@link #FEATURES}. */
    static double[] features(Profile a, Profile b) {
        return features(a, b, true);
    }

    /**
     * The feature vector of two profiles; without {@code alignment}, the features that need the
     * alignment of the two statements, and the synonym share, are NaN (not computed: {@link ScoreBound}
     * bounds them).
     */
    static double[] features(Profile a, Profile b, boolean alignment) {
        return features(a, b, a.termSet.common(b.termSet), lcs(a, b), a.termBigrams.dice(b.termBigrams),
                a.wordSet.dice(b.wordSet), ngramOverlap(a, b), trigramCosine(a, b), alignment);
    }

    /**
     * The features of two profiles from what the sets and bags of the two share, computed by the caller:
     * shared terms, the longest common subsequence, the pair and word Dice, n-gram overlap and letter
     * trigram cosine ({@link #features(Profile, Profile, boolean)} compares the profiles' arrays;
     * {@link Scratch} looks one profile's up in the other's counts; the values are the same).
     */
    private static double[] features(Profile a, Profile b, int shared, int lcs, double bigramDice, double wordDice,
            double[] ngrams, double trigramCosine, boolean alignment) {
        Ids sa = a.termSet;
        Ids sb = b.termSet;
        int max = Math.max(1, Math.max(sa.size(), sb.size()));
        int min = Math.max(1, Math.min(sa.size(), sb.size()));
        List<String> wa = a.terms.words();
        List<String> wb = b.terms.words();
        int wmax = Math.max(1, Math.max(wa.size(), wb.size()));
        int wmin = Math.max(1, Math.min(wa.size(), wb.size()));
        double[] f = {
            1,
            (double) shared / max,
            (double) shared / min,
            bigramDice,
            (double) lcs / wmax,
            (double) lcs / wmin,
            mismatch(a.numberSet, b.numberSet),
            mismatch(a.nameSet, b.nameSet),
            (double) (wmax - wmin) / wmax,
            log1p(Math.max(sa.size() - shared, sb.size() - shared)),
            log1p(Math.min(sa.size() - shared, sb.size() - shared)),
            wordDice,
            a.numberSet.size() > 0 && Arrays.equals(a.numberSet.ids(), b.numberSet.ids()) ? 1 : 0,
            trigramCosine,
            // under a third of the content terms shared: the statements are about different things
            (double) shared / max < 1.0 / 3 ? 1 : 0,
            Double.NaN, // the synonym share, with the alignment
            ngrams[0], ngrams[1], ngrams[2], ngrams[3], ngrams[4], ngrams[5], ngrams[6], ngrams[7],
            a.negated != b.negated ? 1 : 0,
            log1p(wmin),
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
        };
        return alignment ? withAlignment(a, b, f) : f;
    }

    /**
     * The features of {@code a} and {@code b} (in this order: the synonym share is not symmetric), given those
     * without the alignment ({@link #features(Profile, Profile, boolean)} or {@link Scratch#features} of the
     * two in either order: they are symmetric): the same array, with the alignment's features and the synonym
     * share filled in.
     */
    static double[] withAlignment(Profile a, Profile b, double[] cheap) {
        double[] f = cheap;
        Alignment al = Alignment.of(a.side, b.side);
        Unaligned ua = Unaligned.of(a, al, true);
        Unaligned ub = Unaligned.of(b, al, false);
        double shareA = al.alignedShareA();
        double shareB = al.alignedShareB();
        f[15] = synonymShare(a, b);
        f[26] = Math.min(shareA, shareB);
        f[27] = Math.max(shareA, shareB);
        f[28] = Math.log1p(Math.min(ua.count, ub.count));
        f[29] = Math.log1p(Math.max(ua.count, ub.count));
        f[30] = Math.min(ua.weight, ub.weight);
        f[31] = Math.max(ua.weight, ub.weight);
        f[32] = Math.min(ua.names, ub.names);
        f[33] = Math.max(ua.names, ub.names);
        f[34] = Math.min(ua.numbers, ub.numbers);
        f[35] = Math.max(ua.numbers, ub.numbers);
        f[36] = al.sameOrder();
        f[37] = Math.log1p(Math.min(ua.run, ub.run));
        f[38] = Math.log1p(Math.max(ua.run, ub.run));
        return f;
    }

    /**
     * The content words of one side an alignment leaves unaligned: how many, their {@link #weight}, and
     * how many are names (their stem is one of the statement's name terms) or numbers, and the longest run
     * of them in a row (a clause one statement adds).
     */
    private record Unaligned(double count, double weight, double names, double numbers, double run) {

        static Unaligned of(Profile p, Alignment al, boolean first) {
            boolean[] used = new boolean[p.unalignedWeight.length];
            for (int[] pair : al.pairs()) {
                used[first ? pair[0] : pair[1]] = true;
            }
            int count = 0;
            double weight = 0;
            int names = 0;
            int numbers = 0;
            int run = 0;
            int longest = 0;
            for (int i = 0; i < used.length; i++) {
                run = used[i] ? 0 : run + 1;
                longest = Math.max(longest, run);
                if (!used[i]) {
                    count++;
                    weight += p.unalignedWeight[i];
                    names += p.isName[i] ? 1 : 0;
                    numbers += p.isNumber[i] ? 1 : 0;
                }
            }
            return new Unaligned(count, weight, names, numbers, longest);
        }
    }

    // how many items of a are in b
    private static int common(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            n += large.contains(x) ? 1 : 0;
        }
        return n;
    }

    /** {@link Math#log1p} of the whole numbers 0 to 255, each computed once. */
    private static final double[] LOG1P = new double[256];

    static {
        for (int i = 0; i < LOG1P.length; i++) {
            LOG1P[i] = Math.log1p(i);
        }
    }

    /** {@link Math#log1p} of {@code n}, the same value, from a table for small numbers. */
    static double log1p(int n) {
        return n >= 0 && n < LOG1P.length ? LOG1P[n] : Math.log1p(n);
    }

    /**
     * The weight of unaligned words without collection statistics: longer words carry more of a
     * sentence's information than short ones ("said", "new" against "reconstruction"); 0.1 per letter,
     * at most 1.
     */
    static double weight(List<String> words) {
        double w = 0;
        for (String x : words) {
            w += Math.min(1, x.length() / 10.0);
        }
        return w;
    }

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nor", "none", "nothing",
            "neither", "without", "cannot");

    /** Whether the words hold a negation ("not", "never", "didn't" ...). */
    static boolean negated(List<String> words) {
        for (String w : words) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Word n-gram overlap for n = 1..4 (clipped counts, as BLEU): for each n, the shared n-grams over the
     * smaller and over the larger count.
     */
    static double[] ngramOverlap(Profile a, Profile b) {
        int[] shared = new int[4];
        for (int n = 1; n <= 4; n++) {
            shared[n - 1] = a.ngrams.get(n - 1).sharedMin(b.ngrams.get(n - 1));
        }
        return ngramOverlap(a.terms.words().size(), b.terms.words().size(), shared);
    }

    // the overlaps of statements of wa and wb words that share shared[n - 1] n-grams (clipped), n = 1..4
    private static double[] ngramOverlap(int wa, int wb, int[] shared) {
        double[] out = new double[8];
        for (int n = 1; n <= 4; n++) {
            int na = Math.max(0, wa - n + 1);
            int nb = Math.max(0, wb - n + 1);
            out[2 * (n - 1)] = Math.min(na, nb) == 0 ? 0 : (double) shared[n - 1] / Math.min(na, nb);
            out[2 * (n - 1) + 1] = Math.max(na, nb) == 0 ? 0 : (double) shared[n - 1] / Math.max(na, nb);
        }
        return out;
    }

    /** Shared content words, counting a word linked to one of the other side's by WordNet, over the larger side. */
    static double synonymShare(Profile a, Profile b) {
        String[] wa = a.content; // sorted, distinct
        String[] wb = b.content;
        int sharedWords = 0;
        int linked = 0;
        for (int i = 0; i < a.content.length; i++) {
            if (Arrays.binarySearch(wb, a.content[i]) >= 0) {
                sharedWords++;
                continue;
            }
            if (!Synonyms.meets(a.contentSenses[i], b.senseUnion)) {
                continue; // linked to none of b's words
            }
            for (int j = 0; j < b.content.length; j++) {
                // a word only the other side has (never equal to this one)
                if (Arrays.binarySearch(wa, b.content[j]) < 0 && Synonyms.share(a.contentSenses[i], b.contentSenses[j])) {
                    linked++;
                    break;
                }
            }
        }
        return (double) (sharedWords + linked) / Math.max(1, Math.max(a.content.length, b.content.length));
    }

    /** Of the items on both sides, the share only one side has; 0 when a side has none. */
    static double mismatch(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int both = common(a, b);
        int union = a.size() + b.size() - both;
        return (double) (union - both) / union;
    }

    /** {@link #mismatch(Set, Set)} of two sets of one numbering: the same value. */
    static double mismatch(Ids a, Ids b) {
        if (a.size() == 0 || b.size() == 0) {
            return 0;
        }
        int both = a.common(b);
        int union = a.size() + b.size() - both;
        return (double) (union - both) / union;
    }

    /** Twice the shared items over the sum of the sizes; 0 when a side has none. */
    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * common(a, b) / (a.size() + b.size());
    }

    /** Cosine of the letter-trigram counts of the two texts (words joined by spaces). */
    static double trigramCosine(Profile a, Profile b) {
        return cosine(a.letterTrigrams.dot(b.letterTrigrams), a.letterTrigramNorm, b.letterTrigramNorm);
    }

    // a dot product over the two norms; 0 when a norm is
    private static double cosine(double dot, double na, double nb) {
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    /** The length of the longest common subsequence of two statements' words, as numbered in their profiles. */
    static int lcs(Profile a, Profile b) {
        if (b.lcsMasks != null && a.lcsMasks != null) {
            return lcsBySymbols(a, b);
        }
        if (b.lcsMasks != null) {
            return lcs(a.wordNumbers, b.wordNumbers.length, b.lcsSymbols, b.lcsMasks);
        }
        if (a.lcsMasks != null) { // the longest common subsequence is symmetric
            return lcs(b.wordNumbers, a.wordNumbers.length, a.lcsSymbols, a.lcsMasks);
        }
        return lcs(a.wordNumbers, b.wordNumbers);
    }

    /** The distinct numbers of {@code words}, ascending. */
    static int[] lcsSymbols(int[] words) {
        int[] symbols = words.clone();
        Arrays.sort(symbols);
        int distinct = 0;
        for (int i = 0; i < symbols.length; i++) {
            if (i == 0 || symbols[i] != symbols[i - 1]) {
                symbols[distinct++] = symbols[i];
            }
        }
        return Arrays.copyOf(symbols, distinct);
    }

    /** For each of the {@code symbols} of {@code words} (at most 64), the bits of the positions that hold it. */
    static long[] lcsMasks(int[] words, int[] symbols) {
        if (words.length > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " words, got " + words.length);
        }
        long[] masks = new long[symbols.length];
        for (int j = 0; j < words.length; j++) {
            masks[Arrays.binarySearch(symbols, words[j])] |= 1L << j;
        }
        return masks;
    }

    /**
     * The length of the longest common subsequence of {@code a} and a sequence of {@code m} words (at most
     * 64) given by its {@link #lcsSymbols} and {@link #lcsMasks}, bit-parallel (Hyyrö's form of the
     * Allison-Dix algorithm): bit j of {@code v} is 0 where column j of the dynamic programme steps up;
     * the length is the count of those zeros.
     */
    static int lcs(int[] a, int m, int[] symbols, long[] masks) {
        if (m == 0) {
            return 0;
        }
        long all = m == Long.SIZE ? -1L : (1L << m) - 1;
        long v = all;
        for (int x : a) {
            int k = Arrays.binarySearch(symbols, x);
            if (k >= 0) {
                long u = v & masks[k];
                v = ((v + u) | (v - u)) & all;
            }
        }
        return m - Long.bitCount(v);
    }

    /**
     * {@link #lcs(int[], int, int[], long[])} of a's words and b's masks, both of at most 64 words: b's mask
     * of each of a's distinct words is found by one merge of their sorted symbols, not by a search per word.
     */
    private static int lcsBySymbols(Profile a, Profile b) {
        int m = b.wordNumbers.length;
        if (m == 0) {
            return 0;
        }
        int[] sa = a.lcsSymbols;
        int[] sb = b.lcsSymbols;
        long[] masks = new long[sa.length]; // b's mask of each of a's symbols; 0 where b lacks it
        boolean any = false;
        for (int i = 0, j = 0; i < sa.length && j < sb.length;) {
            if (sa[i] == sb[j]) {
                masks[i++] = b.lcsMasks[j++];
                any = true;
            } else if (sa[i] < sb[j]) {
                i++;
            } else {
                j++;
            }
        }
        if (!any) {
            return 0;
        }
        long all = m == Long.SIZE ? -1L : (1L << m) - 1;
        long v = all;
        for (int k : a.lcsWordSymbols) {
            long mask = masks[k];
            if (mask != 0) { // a symbol b holds has a position in it
                long u = v & mask;
                v = ((v + u) | (v - u)) & all;
            }
        }
        return m - Long.bitCount(v);
    }

    static int lcs(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int x : a) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** The features with their values, for explaining a score. */
    String explain(Terms a, Terms b) {
        Numbering numbering = new Numbering();
        double[] f = features(profile(a, numbering), profile(b, numbering));
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "paraphrase=%.2f sharedPhrases=%d", paraphrase(a, b), sharedPhrases(a, b)));
        for (int i = 1; i < f.length; i++) {
            parts.add(String.format(Locale.ROOT, "%s=%.2f", FEATURES.get(i), f[i]));
        }
        return String.join(" ", parts);
    }
}

package news.parallax.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * A one-to-one alignment of the content words of two statements, as METEOR aligns a translation with
 * its reference: first the same word, then the same stem ("visited" / "visits"), then a WordNet
 * synonym ({@link Synonyms}: "purchase" / "buy"). Each stage links, left to right, a word of the first
 * statement to the first word of the second that is still free. What is left unaligned on a side is
 * information the other side lacks: the strongest sign that two sentences of one topic are not
 * paraphrases.
 *
 * <p>The two statements are put in a fixed order (by their words) before aligning, so the alignment of
 * (a, b) and of (b, a) is the same. Immutable.
 *
 * @param contentA content words of the first statement (stop words left out), in order
 * @param contentB the same for the second
 * @param pairs    aligned pairs, as {index in contentA, index in contentB}, sorted by the first index
 */
record Alignment(List<String> contentA, List<String> contentB, List<int[]> pairs) {

    Alignment {
        contentA = List.copyOf(contentA);
        contentB = List.copyOf(contentB);
        pairs = List.copyOf(pairs);
    }

    /** Aligns the content words of {@code a} and {@code b} (order-independent, see the type's comment). */
    static Alignment of(List<String> a, List<String> b, Synonyms synonyms) {
        return of(Side.of(a, synonyms), Side.of(b, synonyms));
    }

    /**
     * What the alignment needs of one statement, computed once per statement: its words joined (for the
     * fixed order), its content words, their stems and their WordNet senses ({@link Synonyms#senses}).
     *
     * @param joined  the words joined by spaces
     * @param content the content words, in order
     * @param stems   the Porter stem of each content word
     * @param senses  the sense numbers of each content word, from the {@link Synonyms} it was made with
     * @param union   all the sense numbers of its content words ({@link Synonyms#union})
     * @param keys    for each content word, its hash, its stem's hash and its five-letter prefix's hash
     *                ({@link #NO_PREFIX} for a word under six letters), so that words that differ are told
     *                apart without comparing strings; do not change the arrays
     */
    record Side(String joined, List<String> content, List<String> stems, List<int[]> senses, Synonyms.Union union,
            int[][] keys) {

        /** The prefix key of a word too short for {@link #samePrefix}. */
        static final long NO_PREFIX = -1;

        Side {
            Objects.requireNonNull(joined, "joined");
            content = List.copyOf(content);
            stems = List.copyOf(stems);
            senses = List.copyOf(senses);
            Objects.requireNonNull(union, "union");
            if (stems.size() != content.size() || senses.size() != content.size()) {
                throw new IllegalArgumentException("one stem and one sense array per content word needed");
            }
            if (keys.length != 3 || keys[0].length != content.size() || keys[1].length != content.size()
                    || keys[2].length != content.size()) {
                throw new IllegalArgumentException("three keys per content word needed");
            }
        }

        /** A side of the given words and stems: its keys are computed here. */
        Side(String joined, List<String> content, List<String> stems, List<int[]> senses, Synonyms.Union union) {
            this(joined, content, stems, senses, union, keys(content, stems));
        }

        private static int[][] keys(List<String> content, List<String> stems) {
            int n = Math.min(content.size(), stems.size());
            int[][] keys = new int[3][n];
            for (int i = 0; i < n; i++) {
                String w = content.get(i);
                keys[0][i] = w.hashCode();
                keys[1][i] = stems.get(i).hashCode();
                keys[2][i] = w.length() >= 6 ? prefixHash(w) : (int) NO_PREFIX;
            }
            return keys;
        }

        // the hash of the word's first five chars, as String.hashCode of that substring computes it
        private static int prefixHash(String w) {
            int h = 0;
            for (int k = 0; k < 5; k++) {
                h = 31 * h + w.charAt(k);
            }
            return h;
        }

        /** The side of a statement of {@code words}, with the senses of {@code synonyms}. */
        static Side of(List<String> words, Synonyms synonyms) {
            List<String> content = new ArrayList<>(words.size());
            List<String> stems = new ArrayList<>(words.size());
            List<int[]> senses = new ArrayList<>(words.size());
            for (String w : words) {
                if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
                    content.add(w);
                    stems.add(cachedStem(w));
                    senses.add(synonyms.numbers(w));
                }
            }
            return new Side(String.join(" ", words), content, stems, senses, Synonyms.union(senses));
        }

        /**
         * {@link #of(List, Synonyms)} of words numbered {@code numbers} by {@code numbering} (equal words, equal
         * numbers): whether each word is a stop word, its stem and its senses are found once per number
         * ({@link Similarity.Numbering#isContent}, {@link Similarity.Numbering#stem},
         * {@link Similarity.Numbering#senses}), not once per occurrence. The same side.
         */
        static Side of(List<String> words, int[] numbers, Synonyms synonyms, Similarity.Numbering numbering) {
            List<String> content = new ArrayList<>(words.size());
            List<String> stems = new ArrayList<>(words.size());
            List<int[]> senses = new ArrayList<>(words.size());
            for (int i = 0; i < numbers.length; i++) {
                String w = words.get(i);
                int id = numbers[i];
                if (numbering.isContent(id, w)) {
                    content.add(w);
                    stems.add(numbering.stem(id, w));
                    senses.add(numbering.senses(id, w, synonyms));
                }
            }
            return new Side(String.join(" ", words), content, stems, senses, Synonyms.union(senses));
        }
    }

    /**
     * Aligns two prepared statements (order-independent, see the type's comment); both sides must have
     * been made with one {@link Synonyms}.
     */
    static Alignment of(Side a, Side b) {
        if (a.joined().compareTo(b.joined()) > 0) {
            Alignment swapped = of(b, a);
            List<int[]> back = new ArrayList<>();
            for (int[] p : swapped.pairs()) {
                back.add(new int[] {p[1], p[0]});
            }
            back.sort((x, y) -> Integer.compare(x[0], y[0]));
            return new Alignment(swapped.contentB(), swapped.contentA(), back);
        }
        List<String> ca = a.content();
        List<String> cb = b.content();
        int[] linkA = new int[ca.size()];
        int[] linkB = new int[cb.size()];
        Arrays.fill(linkA, -1);
        Arrays.fill(linkB, -1);
        List<String> sa = a.stems();
        List<String> sb = b.stems();
        int[][] ka = a.keys();
        int[][] kb = b.keys();
        for (int stage = 0; stage < 4; stage++) {
            for (int i = 0; i < ca.size(); i++) {
                // a word none of whose senses the other statement has cannot link by synonym
                if (linkA[i] >= 0 || stage == 3 && !Synonyms.meets(a.senses().get(i), b.union())) {
                    continue;
                }
                // equal strings have equal hashes: the hashes rule out most pairs without reading the words
                int[] keysB = kb[Math.min(stage, 2)];
                int key = ka[Math.min(stage, 2)][i];
                if (stage == 2 && key == (int) Side.NO_PREFIX && ca.get(i).length() < 6) {
                    continue;
                }
                for (int j = 0; j < cb.size(); j++) {
                    if (linkB[j] >= 0) {
                        continue;
                    }
                    boolean match = switch (stage) {
                        case 0 -> keysB[j] == key && ca.get(i).equals(cb.get(j));
                        case 1 -> keysB[j] == key && sa.get(i).equals(sb.get(j));
                        case 2 -> keysB[j] == key && samePrefix(ca.get(i), cb.get(j));
                        default -> kb[0][j] == ka[0][i] && ca.get(i).equals(cb.get(j))
                                || Synonyms.share(a.senses().get(i), b.senses().get(j));
                    };
                    if (match) {
                        linkA[i] = j;
                        linkB[j] = i;
                        break;
                    }
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < ca.size(); i++) {
            if (linkA[i] >= 0) {
                pairs.add(new int[] {i, linkA[i]});
            }
        }
        return new Alignment(ca, cb, pairs);
    }

    /** Words of six letters or more that share their first five ("reconstruct" / "reconstruction"). */
    static boolean samePrefix(String a, String b) {
        return a.length() >= 6 && b.length() >= 6 && a.regionMatches(0, b, 0, 5);
    }

    /** The words that are not stop words. */
    static List<String> content(List<String> words) {
        return words.stream().filter(w -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)).toList();
    }

    /** The most words whose stems {@link #cachedStem} keeps (for all threads): bounded, as a server runs on. */
    private static final int STEMS_KEPT = 100_000;
    private static final Map<String, String> STEMS = new ConcurrentHashMap<>();

    /**
     * {@link #stem}, remembered for the first {@value #STEMS_KEPT} words: the words of news statements repeat,
     * and a word's stem depends on the word alone.
     */
    static String cachedStem(String word) {
        String known = STEMS.get(word);
        if (known != null) {
            return known;
        }
        String made = stem(word);
        if (STEMS.size() < STEMS_KEPT) {
            STEMS.putIfAbsent(word, made);
        }
        return made;
    }

    /** The Porter stem of a lower-case word. */
    static String stem(String word) {
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The share of the first statement's content words that are aligned (1 when it has none). */
    double alignedShareA() {
        return contentA.isEmpty() ? 1 : (double) pairs.size() / contentA.size();
    }

    /** The share of the second statement's content words that are aligned (1 when it has none). */
    double alignedShareB() {
        return contentB.isEmpty() ? 1 : (double) pairs.size() / contentB.size();
    }

    /** The unaligned content words of the first statement. */
    List<String> unalignedA() {
        return unaligned(contentA, 0);
    }

    /** The unaligned content words of the second statement. */
    List<String> unalignedB() {
        return unaligned(contentB, 1);
    }

    /** The words of one side ({@code side} 0 or 1 of each pair) that no pair uses, in their order. */
    private List<String> unaligned(List<String> content, int side) {
        boolean[] used = new boolean[content.size()];
        pairs.forEach(p -> used[p[side]] = true);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                out.add(content.get(i));
            }
        }
        return out;
    }

    /**
     * The share of neighbouring aligned pairs (in the first statement's order) whose words come in the
     * same order in the second statement; 1 with fewer than two pairs.
     */
    double sameOrder() {
        if (pairs.size() < 2) {
            return 1;
        }
        int same = 0;
        for (int k = 1; k < pairs.size(); k++) {
            same += pairs.get(k)[1] > pairs.get(k - 1)[1] ? 1 : 0;
        }
        return (double) same / (pairs.size() - 1);
    }
}

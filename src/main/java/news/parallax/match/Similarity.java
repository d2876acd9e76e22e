package news.parallax.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How alike two statements are, 0..1: a logistic function of a few features a reader can check.
 *
 * <ul>
 * <li>shared terms over the larger and over the smaller term set (content words after analysis);
 * <li>shared pairs of neighbouring terms (Dice), which rewards the same phrasing;
 * <li>the longest run of words in the same order (longest common subsequence) over the longer and the
 * shorter statement;
 * <li>numbers that disagree (one side has a figure the other lacks, both having figures);
 * <li>names that only one side has;
 * <li>the difference in length;
 * <li>shared content words counting WordNet synonyms ({@link Synonyms}).
 * </ul>
 *
 * The weights are in {@code similarity.properties}, fitted by logistic regression on the MSRP training
 * split (see {@code docs/matching.md}). Immutable.
 */
final class Similarity {

    static final List<String> FEATURES = List.of("bias", "sharedOverMax", "sharedOverMin", "bigramDice",
            "lcsOverMax", "lcsOverMin", "numberMismatch", "nameMismatch", "lengthDifference",
            "unmatchedMax", "unmatchedMin", "wordDice", "numbersEqual", "trigramCosine", "fewShared",
            "synonymShare");

    private final double[] weights;
    private final double threshold;
    private final Synonyms synonyms = new Synonyms();

    Similarity(double[] weights) {
        this(weights, 0.5);
    }

    Similarity(double[] weights, double threshold) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException("need " + FEATURES.size() + " weights, got " + weights.length);
        }
        this.weights = weights.clone();
        this.threshold = threshold;
    }

    /** The score from which two statements say the same thing. */
    double threshold() {
        return threshold;
    }

    /** The similarity with the weights shipped in the jar. */
    static Similarity standard() {
        double[] w = new double[FEATURES.size()];
        double threshold = 0.5;
        for (String line : Lexicons.lines("similarity.properties")) {
            String[] kv = line.split("\\s*=\\s*");
            if (kv[0].equals("threshold") && kv.length == 2) {
                threshold = Double.parseDouble(kv[1]);
                continue;
            }
            int i = FEATURES.indexOf(kv[0]);
            if (i < 0 || kv.length != 2) {
                throw new IllegalStateException("similarity.properties: unknown line \"" + line + "\"");
            }
            w[i] = Double.parseDouble(kv[1]);
        }
        return new Similarity(w, threshold);
    }

    /** The score, 0..1. */
    double score(Terms a, Terms b) {
        double[] f = features(a, b, synonyms);
        double z = 0;
        for (int i = 0; i < f.length; i++) {
            z += weights[i] * f[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The feature vector, in the order of {@link #FEATURES}. */
    static double[] features(Terms a, Terms b, Synonyms synonyms) {
        Set<String> sa = a.termSet();
        Set<String> sb = b.termSet();
        Set<String> shared = new TreeSet<>(sa);
        shared.retainAll(sb);
        int max = Math.max(1, Math.max(sa.size(), sb.size()));
        int min = Math.max(1, Math.min(sa.size(), sb.size()));
        int lcs = lcs(a.words(), b.words());
        int wmax = Math.max(1, Math.max(a.words().size(), b.words().size()));
        int wmin = Math.max(1, Math.min(a.words().size(), b.words().size()));
        return new double[] {
            1,
            (double) shared.size() / max,
            (double) shared.size() / min,
            bigramDice(a.terms(), b.terms()),
            (double) lcs / wmax,
            (double) lcs / wmin,
            mismatch(a.numbers(), b.numbers()),
            mismatch(a.names(), b.names()),
            (double) (wmax - wmin) / wmax,
            Math.log1p(Math.max(sa.size() - shared.size(), sb.size() - shared.size())),
            Math.log1p(Math.min(sa.size() - shared.size(), sb.size() - shared.size())),
            dice(new HashSet<>(a.words()), new HashSet<>(b.words())),
            !a.numbers().isEmpty() && a.numbers().equals(b.numbers()) ? 1 : 0,
            trigramCosine(a.words(), b.words()),
            // under a third of the content terms shared: the statements are about different things
            (double) shared.size() / max < 1.0 / 3 ? 1 : 0,
            synonymShare(a, b, synonyms),
        };
    }

    /** Shared content words, counting a word linked to one of the other side's by WordNet, over the larger side. */
    static double synonymShare(Terms a, Terms b, Synonyms synonyms) {
        Set<String> wa = content(a.words());
        Set<String> wb = content(b.words());
        Set<String> onlyA = new TreeSet<>(wa);
        onlyA.removeAll(wb);
        Set<String> onlyB = new TreeSet<>(wb);
        onlyB.removeAll(wa);
        int linked = 0;
        for (String x : onlyA) {
            if (onlyB.stream().anyMatch(y -> synonyms.linked(x, y))) {
                linked++;
            }
        }
        return (double) (wa.size() - onlyA.size() + linked) / Math.max(1, Math.max(wa.size(), wb.size()));
    }

    private static Set<String> content(List<String> words) {
        Set<String> out = new TreeSet<>();
        for (String w : words) {
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Of the items on both sides, the share only one side has; 0 when a side has none. */
    static double mismatch(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return (double) (union.size() - both.size()) / union.size();
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return 2.0 * both.size() / (a.size() + b.size());
    }

    /** Cosine of the letter-trigram counts of the two texts (words joined by spaces). */
    static double trigramCosine(List<String> a, List<String> b) {
        Map<String, Integer> ca = trigrams(a);
        Map<String, Integer> cb = trigrams(b);
        double dot = 0;
        for (Map.Entry<String, Integer> e : ca.entrySet()) {
            dot += e.getValue() * (double) cb.getOrDefault(e.getKey(), 0);
        }
        double na = norm(ca);
        double nb = norm(cb);
        return na == 0 || nb == 0 ? 0 : dot / (na * nb);
    }

    private static Map<String, Integer> trigrams(List<String> words) {
        String t = " " + String.join(" ", words) + " ";
        Map<String, Integer> out = new HashMap<>();
        for (int i = 3; i <= t.length(); i++) {
            out.merge(t.substring(i - 3, i), 1, Integer::sum);
        }
        return out;
    }

    private static double norm(Map<String, Integer> counts) {
        double s = 0;
        for (int v : counts.values()) {
            s += (double) v * v;
        }
        return Math.sqrt(s);
    }

    static double bigramDice(List<String> a, List<String> b) {
        Set<String> ba = bigrams(a);
        Set<String> bb = bigrams(b);
        if (ba.isEmpty() || bb.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(ba);
        both.retainAll(bb);
        return 2.0 * both.size() / (ba.size() + bb.size());
    }

    private static Set<String> bigrams(List<String> terms) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            out.add(terms.get(i - 1) + " " + terms.get(i));
        }
        return out;
    }

    /** The length of the longest common subsequence of two word lists. */
    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (String x : a) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }

    /** The features with their values, for explaining a score. */
    String explain(Terms a, Terms b) {
        double[] f = features(a, b, synonyms);
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < f.length; i++) {
            parts.add(String.format(Locale.ROOT, "%s=%.2f", FEATURES.get(i), f[i]));
        }
        return String.join(" ", parts);
    }
}

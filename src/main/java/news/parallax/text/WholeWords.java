package news.parallax.text;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Words that OpenNLP's tokenizer certainly leaves whole, told without evaluating its model at every
 * character of the word. Thread-safe.
 *
 * <p>The tokenizer asks its maximum-entropy model, at each character of a word but the first, whether
 * to split there; the word stays whole when the answer is "no" everywhere. The question's features
 * ({@link DefaultTokenContextGenerator}) are the two characters before and the two after (and whether
 * the word starts or ends there), which recur across words, plus the whole prefix and the whole suffix
 * of the word, plus two rare features (a character code {@code &...;}, an abbreviation). The model's
 * answer is the sign of the sum of the present features' weights ("split" minus "no split"). So the
 * sum of the local features' weights (remembered in three parts, by the two characters before, the two
 * across and the two after the position), plus the greatest weight any prefix ending in the same two
 * characters, any suffix starting with the same two and the rare features could add, is an upper bound
 * of the model's sum: when even that bound says "no" (with a margin far above rounding), the model
 * says "no" too. A word with a window that the bound leaves
 * open goes to the model, as before. The result is the model's, always; only fewer words need it.
 */
final class WholeWords {

    /** A bound must stay this far below zero to count (rounding in OpenNLP's sum is far smaller). */
    private static final double MARGIN = 1e-6;
    /** Characters at or above this go to the model (the window key holds 15 bits per character). */
    private static final char LIMIT = 0x7FFF;

    private final boolean usable;
    private final Map<String, Context> weights;
    private final int split;
    private final int whole;
    private final TokenContextGenerator features;
    /** The greatest weight (0 if none is positive) of a prefix feature of two characters or more, by its last two. */
    private final Map<Integer, Double> prefixes = new HashMap<>();
    /** The greatest weight (0 if none is positive) of a suffix feature of two characters or more, by its first two. */
    private final Map<Integer, Double> suffixes = new HashMap<>();
    private final double rare;
    /** Per two characters before a position (the first 0 at the word's start, else the character + 1): {@link #parts}. */
    private final Map<Integer, Double> before1 = new ConcurrentHashMap<>(1 << 12);
    /** Per two characters across a position: {@link #parts}. */
    private final Map<Integer, Double> across = new ConcurrentHashMap<>(1 << 12);
    /** Per two characters after a position (the second 0 at the word's end, else the character + 1): {@link #parts}. */
    private final Map<Integer, Double> after1 = new ConcurrentHashMap<>(1 << 12);

    WholeWords(TokenizerModel model) {
        MaxentModel maxent = model.getMaxentModel();
        TokenContextGenerator generator = model.getFactory().getContextGenerator();
        Map<String, Context> map = null;
        int t = -1;
        int f = -1;
        if (maxent instanceof AbstractModel am && generator.getClass() == DefaultTokenContextGenerator.class
                && !model.useAlphaNumericOptimization() && maxent.getNumOutcomes() == 2) {
            Object[] data = am.getDataStructures();
            if (data.length >= 3 && data[1] instanceof Map<?, ?> m && data[2] instanceof String[] names) {
                map = new HashMap<>();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (e.getKey() instanceof String k && e.getValue() instanceof Context c) {
                        map.put(k, c);
                    }
                }
                for (int i = 0; i < names.length; i++) {
                    if (TokenizerME.SPLIT.equals(names[i])) {
                        t = i;
                    } else if (TokenizerME.NO_SPLIT.equals(names[i])) {
                        f = i;
                    }
                }
            }
        }
        this.usable = map != null && t >= 0 && f >= 0;
        this.weights = usable ? map : Map.of();
        this.split = t;
        this.whole = f;
        this.features = generator;
        double extra = 0;
        if (usable) {
            for (Map.Entry<String, Context> e : weights.entrySet()) {
                String k = e.getKey();
                double w = weight(e.getValue());
                if (k.startsWith("p=") && k.length() >= 4) {
                    prefixes.merge(pair(k.charAt(k.length() - 2), k.charAt(k.length() - 1)), Math.max(0, w), Math::max);
                } else if (k.startsWith("s=") && k.length() >= 4) {
                    suffixes.merge(pair(k.charAt(2), k.charAt(3)), Math.max(0, w), Math::max);
                }
            }
            extra = Math.max(0, weight("cc")) + Math.max(0, weight("pabb"));
        }
        this.rare = extra;
    }

    /** Whether the tokenizer certainly leaves {@code word} (no whitespace, two characters or more) whole. */
    boolean certainlyWhole(String word) {
        if (!usable) {
            return false;
        }
        int n = word.length();
        for (int i = 0; i < n; i++) {
            if (word.charAt(i) >= LIMIT) {
                return false;
            }
        }
        for (int j = 1; j < n; j++) {
            char b = word.charAt(j - 1);
            char c = word.charAt(j);
            int before = j > 1 ? word.charAt(j - 2) + 1 : 0;
            int after = j + 1 < n ? word.charAt(j + 1) + 1 : 0;
            Double p = before1.get(before << 15 | b);
            Double q = across.get(b << 15 | c);
            Double r = after1.get(c << 15 | after);
            if (p == null || q == null || r == null) {
                double[] parts = parts(word, j);
                p = parts[0];
                q = parts[1];
                r = parts[2];
                before1.putIfAbsent(before << 15 | b, p);
                across.putIfAbsent(b << 15 | c, q);
                after1.putIfAbsent(c << 15 | after, r);
            }
            if (p + q + r + rare >= -MARGIN) {
                return false;
            }
        }
        return true;
    }

    /**
     * At position {@code j} of {@code word}: the weights of the features of the characters before (the
     * two before, with the greatest a prefix feature could add), of the pair across the position, and of
     * the characters after (the two after, with the greatest a suffix feature could add). Each depends
     * on those characters only (and on whether the word starts or ends next to them).
     */
    private double[] parts(String word, int j) {
        int from = Math.max(0, j - 2);
        int to = Math.min(word.length(), j + 2);
        String window = word.substring(from, to);
        double[] parts = new double[3];
        for (String feature : features.getContext(window, j - from)) {
            if (feature.startsWith("p1f1") || feature.startsWith("f1") && !feature.startsWith("f12")) {
                parts[1] += weight(feature);
            } else if (feature.startsWith("p1") || feature.startsWith("p2")) {
                parts[0] += weight(feature);
            } else if (feature.startsWith("f2") || feature.startsWith("f12")) {
                parts[2] += weight(feature);
            } else if (!feature.startsWith("p=") && !feature.startsWith("s=") && !feature.equals("cc")
                    && !feature.equals("pabb")) {
                // a feature of a kind this bound does not know: never certain
                parts[1] = Double.POSITIVE_INFINITY;
            }
        }
        if (j == 1) {
            parts[0] += weight("p=" + word.charAt(0));
        } else {
            parts[0] += prefixes.getOrDefault(pair(word.charAt(j - 2), word.charAt(j - 1)), 0.0);
        }
        if (j + 1 == word.length()) {
            parts[2] += weight("s=" + word.charAt(j));
        } else {
            parts[2] += suffixes.getOrDefault(pair(word.charAt(j), word.charAt(j + 1)), 0.0);
        }
        return parts;
    }

    private double weight(String feature) {
        Context c = weights.get(feature);
        return c == null ? 0 : weight(c);
    }

    /** The feature's weight for "split" minus its weight for "no split". */
    private double weight(Context c) {
        double w = 0;
        int[] outcomes = c.getOutcomes();
        double[] params = c.getParameters();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == split) {
                w += params[i];
            } else if (outcomes[i] == whole) {
                w -= params[i];
            }
        }
        return w;
    }

    private static int pair(char a, char b) {
        return a << 16 | b;
    }
}

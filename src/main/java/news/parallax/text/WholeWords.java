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
 * sum of the local features' weights, remembered per window of four characters, plus the greatest
 * weight any prefix ending in the same two characters, any suffix starting with the same two and the
 * rare features could add, is an upper bound of the model's sum: when even that bound says "no" (with
 * a margin far above rounding), the model says "no" too. A word with a window that the bound leaves
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
    /** Per window of characters (see {@link #key}): whether the model certainly does not split there. */
    private final Map<Long, Boolean> windows = new ConcurrentHashMap<>(1 << 12);

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
            long key = key(word, j);
            Boolean sure = windows.get(key);
            if (sure == null) {
                sure = decide(word, j);
                windows.put(key, sure);
            }
            if (!sure) {
                return false;
            }
        }
        return true;
    }

    /** The characters around position {@code j} that the local features read, and whether the word starts or ends there. */
    private static long key(String word, int j) {
        long before2 = j > 1 ? word.charAt(j - 2) + 1 : 0;
        long after2 = j + 1 < word.length() ? word.charAt(j + 1) + 1 : 0;
        long packed = before2 << 45 | (long) word.charAt(j - 1) << 30 | (long) word.charAt(j) << 15 | after2;
        // times an odd number: still one key per window, but spread over Long.hashCode's 32 bits
        return packed * 0x9E3779B97F4A7C15L;
    }

    /** Whether the model certainly says "no split" at position {@code j} of any word with this window. */
    private boolean decide(String word, int j) {
        int from = Math.max(0, j - 2);
        int to = Math.min(word.length(), j + 2);
        String window = word.substring(from, to);
        double sum = 0;
        for (String feature : features.getContext(window, j - from)) {
            if (!feature.startsWith("p=") && !feature.startsWith("s=") && !feature.equals("cc")
                    && !feature.equals("pabb")) {
                sum += weight(feature);
            }
        }
        if (j == 1) {
            sum += weight("p=" + word.charAt(0));
        } else {
            sum += prefixes.getOrDefault(pair(word.charAt(j - 2), word.charAt(j - 1)), 0.0);
        }
        if (j + 1 == word.length()) {
            sum += weight("s=" + word.charAt(j));
        } else {
            sum += suffixes.getOrDefault(pair(word.charAt(j), word.charAt(j + 1)), 0.0);
        }
        return sum + rare < -MARGIN;
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

package news.parallax.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Where OpenNLP's tokenizer splits one word (no whitespace): the same decisions as
 * {@link TokenizerME#tokenizePos}, with the features' weights found per character instead of per
 * feature string. Not thread-safe: one per thread.
 *
 * <p>The tokenizer asks its model, at every character {@code j} of a word but the first, whether a
 * token starts there. Its context generator ({@link DefaultTokenContextGenerator}, with no abbreviations)
 * names the features of {@code j}, in this order: the word's prefix before {@code j} ("p=") and suffix
 * from {@code j} ("s="); the character before ("p1"); the one before that ("p2", or "p2=bok" at the
 * second character) with the pair of them ("p21="); the pair around {@code j} ("p1f1="); the character at
 * {@code j} ("f1"); the one after ("f2", or "f2=bok" at the last) with the pair ("f12="); "cc" for a word
 * from {@code &} to {@code ;}. A character's features ({@code f1=x}, {@code f1_alpha}, ...) depend on the
 * character and its place alone, and a pair's on the two characters: their weights are looked up once
 * per character (per pair of ASCII characters) and kept; the prefix and the suffix are looked up by a
 * key that stands for their names without making them ({@link TextKey}). The weights are added in the model's order and the probabilities computed as
 * {@link GISModel} computes them (uniform prior, {@link StrictMath#exp}, then normalised), so the best
 * outcome is the model's to the last bit (tested against the tokenizer on the seed words and random
 * strings).
 *
 * <p>Only for a model this is known to hold for ({@link #of}): a maximum-entropy model, no abbreviation
 * dictionary, no alphanumeric shortcut and the default context generator. Any other model, and any word
 * with whitespace in it, goes to OpenNLP's tokenizer itself.
 */
final class WordSplitter {

    /** The character roles, in the order of {@link #ROLE_NAMES}. */
    private static final int P1 = 0;
    private static final int P2 = 1;
    private static final int F1 = 2;
    private static final int F2 = 3;
    private static final String[] ROLE_NAMES = {"p1", "p2", "f1", "f2"};
    /** The pair roles, in the order of {@link #PAIR_NAMES}. */
    private static final int P21 = 0;
    private static final int P1F1 = 1;
    private static final int F12 = 2;
    private static final String[] PAIR_NAMES = {"p21=", "p1f1=", "f12="};
    private static final int ASCII = 128;
    private static final Context[] NONE = new Context[0];
    /** Marks a pair looked up and not found among the model's features. */
    private static final Context ABSENT = new Context(new int[0], new double[0]);
    /** Two sums further apart than this have probabilities in the same order (see {@link #best}). */
    private static final double APART = 1e-6;
    /** Sums within this of zero have finite, normal exponentials. */
    private static final double FAR = 700;
    /** The start of the name of the prefix feature, and of the suffix feature; and their hashes. */
    private static final String PREFIX = "p=";
    private static final String SUFFIX = "s=";
    private static final int PREFIX_HASH = PREFIX.hashCode();
    private static final int SUFFIX_HASH = SUFFIX.hashCode();

    private final TokenizerME tokenizer;
    /** The model's features, or null when its words go to {@link #tokenizer}. */
    private final Map<String, Context> weights;
    private final int outcomes;
    private final int split;
    private final double prior;
    private final Context beforeSecond;
    private final Context afterLast;
    private final Context entity;
    /** The weights of a character's features, per role and character; null until looked up. */
    private final Context[][][] chars = new Context[ROLE_NAMES.length][][];
    /** The weight of a pair of ASCII characters' feature, per role; null until looked up, ABSENT if none. */
    private final Context[][] pairs = new Context[PAIR_NAMES.length][];
    private final Preds preds = new Preds();
    private final TextKey key = new TextKey();
    private final double[] sums;
    /** The hashes of the prefix and the suffix features' names at each place of the word being split ({@link #hashes}). */
    private int[] prefixHashes = new int[32];
    private int[] suffixHashes = new int[32];

    private WordSplitter(TokenizerME tokenizer, Map<String, Context> weights, String[] outcomeNames) {
        this.tokenizer = tokenizer;
        this.weights = weights;
        this.outcomes = outcomeNames.length;
        this.split = Arrays.asList(outcomeNames).indexOf(TokenizerME.SPLIT);
        // the uniform prior of GISModel (UniformPrior.setLabels)
        this.prior = StrictMath.log(1.0 / outcomes);
        this.beforeSecond = weights == null ? null : weights.get("p2=bok");
        this.afterLast = weights == null ? null : weights.get("f2=bok");
        this.entity = weights == null ? null : weights.get("cc");
        this.sums = new double[outcomes];
        for (int r = 0; weights != null && r < chars.length; r++) {
            chars[r] = new Context[Character.MAX_VALUE + 1][];
        }
        for (int r = 0; weights != null && r < pairs.length; r++) {
            pairs[r] = new Context[ASCII * ASCII];
        }
    }

    /**
     * A splitter for {@code model}'s words: it finds the features per character when the model is one
     * whose decisions this class is known to repeat ({@link #perCharacter}), else it asks OpenNLP's
     * tokenizer.
     */
    @SuppressWarnings("unchecked")
    static WordSplitter of(TokenizerModel model) {
        TokenizerME tokenizer = new TokenizerME(model);
        TokenizerFactory factory = model.getFactory();
        if (!(model.getMaxentModel() instanceof GISModel gis) || gis.getModelType() != AbstractModel.ModelType.Maxent
                || model.getAbbreviations() != null || factory == null || factory.getClass() != TokenizerFactory.class
                || factory.getAbbreviationDictionary() != null || model.useAlphaNumericOptimization()
                || factory.getContextGenerator().getClass() != DefaultTokenContextGenerator.class) {
            return new WordSplitter(tokenizer, null, new String[0]);
        }
        Object[] data = gis.getDataStructures();
        String[] outcomeNames = ((String[]) data[2]).clone();
        if (!Arrays.asList(outcomeNames).contains(TokenizerME.SPLIT) || !TextKey.fits((Map<String, Context>) data[1])) {
            return new WordSplitter(tokenizer, null, new String[0]);
        }
        return new WordSplitter(tokenizer, (Map<String, Context>) data[1], outcomeNames);
    }

    /** Whether the features are found per character, not by OpenNLP's tokenizer. */
    boolean perCharacter() {
        return weights != null;
    }

    /**
     * The tokens of {@code word}, as start and end offsets in turn: those of
     * {@code new TokenizerME(model).tokenizePos(word)}.
     */
    int[] split(String word) {
        int n = word.length();
        if (weights == null) {
            return bounds(tokenizer.tokenizePos(word));
        }
        for (int i = 0; i < n; i++) {
            if (Tagger.isWhitespace(word.charAt(i))) {
                return bounds(tokenizer.tokenizePos(word));
            }
        }
        if (n < 2) {
            return n == 0 ? new int[0] : new int[] {0, n};
        }
        hashes(word);
        int[] out = new int[8];
        int size = 0;
        int start = 0;
        for (int j = 1; j < n; j++) {
            if (best(sums(word, j, prefixHashes[j], suffixHashes[j])) == split) {
                if (size + 2 > out.length) {
                    out = Arrays.copyOf(out, 2 * out.length);
                }
                out[size++] = start;
                out[size++] = j;
                start = j;
            }
        }
        if (size + 2 > out.length) {
            out = Arrays.copyOf(out, out.length + 2);
        }
        out[size++] = start;
        out[size++] = n;
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    /** The start and end of each span, in turn. */
    static int[] bounds(Span[] spans) {
        int[] out = new int[2 * spans.length];
        for (int k = 0; k < spans.length; k++) {
            out[2 * k] = spans[k].getStart();
            out[2 * k + 1] = spans[k].getEnd();
        }
        return out;
    }

    /**
     * The model's best outcome at {@code j} of {@code word} (1 <= j < length), as {@code getBestOutcome}
     * finds it: the first outcome of highest probability. With two outcomes whose sums of weights lie
     * more than {@link #APART} apart (and far from where {@code exp} overflows), the larger sum has the
     * larger probability however {@code exp} and the division round (their errors are of the order of
     * 1e-16 of the values, the ratio of the two probabilities is at least e^APART), so the exponentials
     * are computed only for sums closer than that.
     */
    int best(String word, int j) {
        return best(sums(word, j));
    }

    /** The best outcome of the sums {@code s} (see {@link #best(String, int)}). */
    private int best(double[] s) {
        if (outcomes == 2 && Math.abs(s[0]) <= FAR && Math.abs(s[1]) <= FAR) {
            if (s[1] - s[0] > APART) {
                return 1;
            }
            if (s[0] - s[1] > APART) {
                return 0;
            }
        }
        double[] p = normalise(s);
        int best = 0;
        for (int o = 1; o < outcomes; o++) {
            if (p[best] < p[o]) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The model's probabilities of each outcome at {@code j} of {@code word} (1 <= j < length), computed
     * as {@code GISModel.eval} computes them from the context generator's features; the returned array is
     * reused by the next call.
     */
    double[] probabilities(String word, int j) {
        return normalise(sums(word, j));
    }

    /**
     * The sums of the weights of the context generator's features at {@code j} of {@code word}, each from the
     * model's uniform prior, added in the model's order; the returned array is reused by the next call.
     */
    private double[] sums(String word, int j) {
        int n = word.length();
        return sums(word, j, key.of(PREFIX, word, 0, j).hashCode(), key.of(SUFFIX, word, j, n).hashCode());
    }

    /**
     * {@link #sums(String, int)}, with the hashes ({@link String#hashCode}) of the names of the prefix and
     * the suffix features at {@code j} found by the caller ({@link #hashes}).
     */
    private double[] sums(String word, int j, int prefixHash, int suffixHash) {
        double[] s = sums;
        Arrays.fill(s, prior);
        int n = word.length();
        char before = word.charAt(j - 1);
        char at = word.charAt(j);
        add(weights.get(key.of(PREFIX, word, 0, j, prefixHash)), s);
        add(weights.get(key.of(SUFFIX, word, j, n, suffixHash)), s);
        add(chars(P1, before), s);
        if (j > 1) {
            char before2 = word.charAt(j - 2);
            add(chars(P2, before2), s);
            add(pair(P21, before2, before), s);
        } else {
            add(beforeSecond, s);
        }
        add(pair(P1F1, before, at), s);
        add(chars(F1, at), s);
        if (j + 1 < n) {
            char after = word.charAt(j + 1);
            add(chars(F2, after), s);
            add(pair(F12, at, after), s);
        } else {
            add(afterLast, s);
        }
        if (word.charAt(0) == '&' && word.charAt(n - 1) == ';') {
            add(entity, s);
        }
        return s;
    }

    /**
     * Sets {@link #prefixHashes}{@code [j]} and {@link #suffixHashes}{@code [j]} to the hashes of the names
     * of the prefix and the suffix features at each {@code j} of {@code word} ("p=" + the characters before
     * {@code j}, "s=" + those from {@code j}): each {@link String#hashCode} from the one next to it, in one
     * pass each way (the hash of a name is a sum of its characters times powers of 31, modulo 2^32), not
     * each from its characters.
     */
    void hashes(String word) {
        int n = word.length();
        if (prefixHashes.length < n + 1) {
            prefixHashes = new int[Math.max(n + 1, 2 * prefixHashes.length)];
            suffixHashes = new int[prefixHashes.length];
        }
        int h = PREFIX_HASH;
        prefixHashes[0] = h;
        for (int j = 0; j < n; j++) {
            h = 31 * h + word.charAt(j);
            prefixHashes[j + 1] = h;
        }
        // the suffix from j: "s=" times 31^(n - j), plus each character times 31^(its distance from the end)
        int tail = 0;
        int power = 1;
        for (int j = n - 1; j >= 0; j--) {
            tail += word.charAt(j) * power;
            power *= 31;
            suffixHashes[j] = SUFFIX_HASH * power + tail;
        }
        suffixHashes[n] = SUFFIX_HASH;
    }

    /** The hash of the prefix feature's name at {@code j} of the word of the last {@link #hashes}. */
    int prefixHash(int j) {
        return prefixHashes[j];
    }

    /** The hash of the suffix feature's name at {@code j} of the word of the last {@link #hashes}. */
    int suffixHash(int j) {
        return suffixHashes[j];
    }

    /** The probabilities from the sums, as {@code GISModel.eval} computes them (in place). */
    private double[] normalise(double[] s) {
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            s[o] = StrictMath.exp(s[o]);
            normal += s[o];
        }
        for (int o = 0; o < outcomes; o++) {
            s[o] /= normal;
        }
        return s;
    }

    /** The weights of {@code c}'s features in {@code role}, in the context generator's order. */
    private Context[] chars(int role, char c) {
        Context[] found = chars[role][c];
        if (found == null) {
            List<Context> list = new ArrayList<>(3);
            for (String f : preds.of(ROLE_NAMES[role], c)) {
                Context w = weights.get(f);
                if (w != null) {
                    list.add(w);
                }
            }
            found = list.isEmpty() ? NONE : list.toArray(NONE);
            chars[role][c] = found;
        }
        return found;
    }

    /** The weight of the feature of the pair {@code a b} in {@code role}, or null. */
    private Context pair(int role, char a, char b) {
        if (a >= ASCII || b >= ASCII) {
            return weights.get(PAIR_NAMES[role] + a + b);
        }
        Context found = pairs[role][a * ASCII + b];
        if (found == null) {
            found = weights.get(PAIR_NAMES[role] + a + b);
            pairs[role][a * ASCII + b] = found == null ? ABSENT : found;
        }
        return found == ABSENT ? null : found;
    }

    private static void add(Context[] cs, double[] sums) {
        for (Context c : cs) {
            add(c, sums);
        }
    }

    /** Adds a feature's weights as {@code ArrayMath.sumFeatures} does (the value of a feature is 1). */
    private static void add(Context c, double[] sums) {
        if (c != null) {
            int[] out = c.getOutcomes();
            double[] w = c.getParameters();
            for (int k = 0; k < out.length; k++) {
                sums[out[k]] += w[k];
            }
        }
    }

    /** The context generator's own names of a character's features ({@code addCharPreds}). */
    private static final class Preds extends DefaultTokenContextGenerator {
        Preds() {
            super(Set.of());
        }

        List<String> of(String key, char c) {
            List<String> out = new ArrayList<>(3);
            addCharPreds(key, c, out);
            return out;
        }
    }
}

package news.parallax.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The weights of the POS tagger's features, found once per word instead of once per word of every
 * sentence. Thread-safe.
 *
 * <p>OpenNLP's tagger builds the features of each word of a sentence as strings ("suf=ed", "p1w=the",
 * "t2=DET,NOUN", ...) and looks each one up in its model's table of weights. With the English model's
 * feature descriptor (checked: {@link #of}) a word's features are, in this order: the prior ("def"); its
 * suffixes and prefixes of one to four characters; the word lowercased; the two words before it and the
 * two after it, lowercased, each marked with its place ("p1w=", "p2w=", "n1w=", "n2w="); whether the
 * sentence begins at it or one or two words before it; its character class alone and with the word; the
 * tag before it and the two tags before it. All but the place in the sentence and the tags depend on one
 * word alone, so the weights of those features are looked up once per word ({@link Word}) and the tags'
 * once per pair of tags (by a {@link TextKey} for most: no string is made for a name looked up).
 * {@link #sum} adds the same weights in the same order as the model's own evaluation, so the sums, hence
 * the tags, are the same to the last bit (tested against the tagger's context generator).
 *
 * <p>{@link #approximate} adds the same weights in another order, with fewer additions: the prior, the
 * word's own and its class features summed once per word, the two tags' weights once per pair of tags.
 * Rounding moves such a sum by far less than {@link #apart()} from the model's, so where one tag's sum
 * leads every other's by more than that, it is the tag the model's sums choose (the search falls back on
 * {@link #sum} elsewhere: on no word of the seeds).
 */
final class PosFeatures {

    /** The feature descriptor this class implements: the generators, comments and whitespace aside. */
    private static final String DESCRIPTOR = "<featureGeneratorscache=\"true\"name=\"posTagger\">"
            + "<generatorclass=\"opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory\"/></generator>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory\">"
            + "<intname=\"prevLength\">2</int><intname=\"nextLength\">2</int>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory\">"
            + "<boolname=\"begin\">true</bool><boolname=\"end\">false</bool></generator></generator>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory\"/>"
            + "<generatorclass=\"opennlp.tools.util.featuregen.PosTaggerFeatureGeneratorFactory\"/>"
            + "</featureGenerators>";
    /** Words whose weights are kept (a few hundred bytes each). */
    static final int WORDS = 100_000;
    /** Affixes of up to this many characters are features. */
    private static final int AFFIX = 4;
    private static final Context[] NONE = new Context[0];

    private final Map<String, Context> weights;
    private final Map<String, Integer> outcomeIndex = new HashMap<>();
    private final Context prior;
    private final Context[] begins;
    private final Context[] previousTag;
    private final Context[][] previousTags;
    private final Map<String, Word> words = new ConcurrentHashMap<>(1 << 16);
    /**
     * The weights of the tag before a word, each as one value per outcome (0 for an absent one), for
     * {@link #approximate}; and of the two tags before it, added together ({@code [a * n + b]}).
     */
    private final double[][] tagBefore;
    private final double[][] tagsBefore;
    /**
     * Two approximate sums further apart than this are in the same order as the model's (see
     * {@link #approximate}); 0 when the weights are not all finite (no sums are approximated).
     */
    private final double apart;

    private PosFeatures(Map<String, Context> weights, String[] outcomes) {
        this.weights = weights;
        this.prior = weights.get("def");
        this.begins = new Context[] {weights.get("S=begin"), weights.get("p1S=begin"), weights.get("p2S=begin")};
        int n = outcomes.length;
        this.previousTag = new Context[n];
        this.previousTags = new Context[n][n];
        for (int a = 0; a < n; a++) {
            outcomeIndex.put(outcomes[a], a);
            previousTag[a] = weights.get("t=" + outcomes[a]);
            for (int b = 0; b < n; b++) {
                previousTags[a][b] = weights.get("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
        this.tagBefore = new double[n][];
        this.tagsBefore = new double[n * n][];
        for (int b = 0; b < n; b++) {
            tagBefore[b] = new double[n];
            add(previousTag[b], tagBefore[b]);
            for (int a = 0; a < n; a++) {
                double[] both = new double[n];
                add(previousTag[b], both);
                add(previousTags[a][b], both);
                tagsBefore[a * n + b] = both;
            }
        }
        this.apart = apart(weights);
    }

    /**
     * The gap beyond which approximate sums are in the order of the model's: a sum of a word's features
     * has at most {@value #TERMS} terms (the prior, eight affixes, the word, four neighbours, the place in
     * the sentence, two classes, two tags), each at most {@code W} in size (the largest weight). Added in
     * any order, such a sum is within {@code (TERMS - 1) u TERMS W} of the exact one (u = 2^-53, the unit
     * roundoff), so two orders' sums are within twice that, and two outcomes whose approximate sums differ
     * by more than four times that are in the same order in the model's sums. This is 4,096 {@code W u}
     * (three times that). 0 when a weight is not finite.
     */
    private static double apart(Map<String, Context> weights) {
        double max = 0;
        for (Context c : weights.values()) {
            for (double w : c.getParameters()) {
                if (!Double.isFinite(w)) {
                    return 0;
                }
                max = Math.max(max, Math.abs(w));
            }
        }
        return 4096 * max * Math.ulp(1.0) / 2;
    }

    /**
     * The features of a model whose feature descriptor is {@code descriptor}; empty when it is not the
     * one this class implements (the tagger then builds its features itself).
     */
    static Optional<PosFeatures> of(byte[] descriptor, Map<String, Context> weights, String[] outcomes) {
        if (descriptor == null || !DESCRIPTOR.equals(essence(new String(descriptor, StandardCharsets.UTF_8)))
                || !TextKey.fits(weights)) {
            return Optional.empty();
        }
        return Optional.of(new PosFeatures(weights, outcomes));
    }

    /** A feature descriptor without its comments and whitespace. */
    static String essence(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll("\\s+", "");
    }

    /** The number of {@code tag} among the outcomes, or -1. */
    int outcome(String tag) {
        Integer o = outcomeIndex.get(tag);
        return o == null ? -1 : o;
    }

    /** The weights of each word of a sentence. */
    Word[] words(String[] tokens) {
        Word[] out = new Word[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = word(tokens[i]);
        }
        return out;
    }

    /** The weights of the features of {@code token} (the same whichever thread finds them first). */
    Word word(String token) {
        Word w = words.get(token);
        if (w == null) {
            w = new Word(token, weights, prior, previousTag.length);
            if (words.size() < WORDS) {
                words.putIfAbsent(token, w);
            }
        }
        return w;
    }

    /**
     * Sets {@code sums} (one per outcome) to the sums of the weights of the features of word {@code i}
     * of {@code words}, whose two previous words have the outcomes {@code tags[i - 2]} and
     * {@code tags[i - 1]}: the model's sums of weights, added in the model's order.
     */
    void sum(Word[] words, int i, int[] tags, double[] sums) {
        Word w = words[i];
        // the prior and the word's own features, added from zero in the model's order
        Arrays.fill(sums, 0.0);
        add(prior, sums);
        for (Context c : w.own) {
            add(c, sums);
        }
        if (i >= 1) {
            add(words[i - 1].before1, sums);
        }
        if (i >= 2) {
            add(words[i - 2].before2, sums);
        }
        if (i + 1 < words.length) {
            add(words[i + 1].after1, sums);
        }
        if (i + 2 < words.length) {
            add(words[i + 2].after2, sums);
        }
        if (i < begins.length) {
            add(begins[i], sums);
        }
        for (Context c : w.kind) {
            add(c, sums);
        }
        if (i >= 1) {
            add(previousTag[tags[i - 1]], sums);
        }
        if (i >= 2) {
            add(previousTags[tags[i - 2]][tags[i - 1]], sums);
        }
    }

    /** Sums of a word's features have at most this many terms (see {@link #apart}). */
    static final int TERMS = 19;

    /**
     * Sets {@code sums} to the sums {@link #sum} sets, added in another order (a word's own and class
     * features together, the two previous tags together): each within {@link #apart()} / 4 of the
     * model's sum, with fewer additions. Returns false (and sets nothing) when no gap is known (see
     * {@link #apart}).
     */
    boolean approximate(Word[] words, int i, int[] tags, double[] sums) {
        if (apart == 0) {
            return false;
        }
        Word w = words[i];
        System.arraycopy(w.whole, 0, sums, 0, sums.length);
        if (i >= 1) {
            add(words[i - 1].before1, sums);
        }
        if (i >= 2) {
            add(words[i - 2].before2, sums);
        }
        if (i + 1 < words.length) {
            add(words[i + 1].after1, sums);
        }
        if (i + 2 < words.length) {
            add(words[i + 2].after2, sums);
        }
        if (i < begins.length) {
            add(begins[i], sums);
        }
        if (i >= 1) {
            double[] t = i >= 2 ? tagsBefore[tags[i - 2] * sums.length + tags[i - 1]] : tagBefore[tags[i - 1]];
            for (int o = 0; o < sums.length; o++) {
                sums[o] += t[o];
            }
        }
        return true;
    }

    /**
     * The gap beyond which approximate sums ({@link #approximate}) are in the order of the model's sums:
     * the outcome whose approximate sum exceeds every other's by more than this has the model's highest
     * sum, alone.
     */
    double apart() {
        return apart;
    }

    /**
     * {@link StringUtil#toLowerCase}: each code point by {@link Character#toLowerCase(int)} (a stream of
     * code points there, made and collected per word), without a copy for a word of lower-case ASCII.
     */
    static String lower(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 128 && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder b = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            b.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static void add(Context c, double[] sums) {
        if (c != null) {
            int[] out = c.getOutcomes();
            double[] w = c.getParameters();
            for (int j = 0; j < out.length; j++) {
                sums[out[j]] += w[j];
            }
        }
    }

    /**
     * The weights of the features of one word, as the tagger's feature generators name them: its own
     * (affixes, the word) and class features, and its features as a neighbour of another word. Absent
     * features (no weight in the model) are left out, as the model's evaluation skips them.
     */
    static final class Word {
        /** The weights of the word's own features (affixes, the word), in the model's order. */
        final Context[] own;
        final Context[] kind;
        /**
         * The sums of the weights of the prior, the word's own features and its class features, added
         * from zero (for {@link #approximate}): made once per word.
         */
        final double[] whole;
        final Context before1;
        final Context before2;
        final Context after1;
        final Context after2;

        Word(String token, Map<String, Context> weights, Context prior, int outcomes) {
            String lower = lower(token);
            // the features' names are looked up by a key that stands for each ("suf=" + a suffix, ...)
            TextKey key = new TextKey();
            int n = token.length();
            int affixes = Math.min(AFFIX, n);
            List<Context> own = new ArrayList<>(2 * AFFIX + 1);
            for (int k = 0; k < affixes; k++) {
                found(weights.get(key.of("suf=", token, Math.max(n - k - 1, 0), n)), own);
            }
            for (int k = 0; k < affixes; k++) {
                found(weights.get(key.of("pre=", token, 0, Math.min(k + 1, n))), own);
            }
            found(weights.get(key.of("w=", lower, 0, lower.length())), own);
            this.own = own.isEmpty() ? NONE : own.toArray(NONE);
            String kind = FeatureGeneratorUtil.tokenFeature(token);
            List<Context> kinds = new ArrayList<>(2);
            found(weights.get("wc=" + kind), kinds);
            found(weights.get("w&c=" + lower + "," + kind), kinds);
            this.kind = kinds.isEmpty() ? NONE : kinds.toArray(NONE);
            this.whole = new double[outcomes];
            add(prior, whole);
            for (Context c : this.own) {
                add(c, whole);
            }
            for (Context c : this.kind) {
                add(c, whole);
            }
            this.before1 = weights.get(key.of("p1w=", lower, 0, lower.length()));
            this.before2 = weights.get(key.of("p2w=", lower, 0, lower.length()));
            this.after1 = weights.get(key.of("n1w=", lower, 0, lower.length()));
            this.after2 = weights.get(key.of("n2w=", lower, 0, lower.length()));
        }

        private static void found(Context c, List<Context> out) {
            if (c != null) {
                out.add(c);
            }
        }
    }
}

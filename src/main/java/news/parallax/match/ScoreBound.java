package news.parallax.match;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * An upper bound of {@link Similarity}'s logistic function for a pair of statements, from the features
 * that are cheap to compute (exact) and bounds of those that need the alignment of the two statements
 * ({@link Alignment}) or the synonyms, so that a candidate pair that cannot reach the threshold is not
 * aligned at all. Nine candidate pairs in ten score under 0.1; the bound rules out most of them.
 *
 * <p>Exact, not a heuristic: each feature left out lies in an interval, each weight times its feature
 * is at most the larger of the weight times the interval's ends, floating-point sums and {@link Math#exp}
 * are monotonic, and a margin covers the rounding of sums taken in another order. For the alignment's
 * features, the bound tries every number {@code k} of aligned pairs from 0 to the number of content
 * words of either side that could be aligned with a word of the other at all (same word, stem, prefix
 * or a shared WordNet sense): given {@code k}, the aligned shares and unaligned counts are exact and the
 * unaligned weights, names, numbers and runs lie in intervals.
 *
 * <p>It knows the features by name: a feature it cannot bound (one added to {@link Similarity#FEATURES}
 * after it was written, left out of the cheap features) makes the bound infinite, so nothing is ruled
 * out. {@code ScoreBoundTest} checks the bound against the features on every pair of the seed
 * statements. Immutable.
 */
final class ScoreBound {

    /** What a sum in another order may differ by, far above the rounding of a few dozen terms. */
    private static final double MARGIN = 1e-9;

    /** The kinds of feature the bound knows, besides those computed exactly. */
    private enum Kind {
        EXACT, SYNONYM_SHARE, ALIGNED_MIN, ALIGNED_MAX, ALIGNED_ORDER, UNALIGNED_MIN, UNALIGNED_MAX, WEIGHT_MIN,
        WEIGHT_MAX, NAMES_MIN, NAMES_MAX, NUMBERS_MIN, NUMBERS_MAX, RUN_MIN, RUN_MAX, UNKNOWN
    }

    private final double[] weights;
    private final Kind[] kinds;
    /** The features that need the alignment. */
    private final int[] alignmentFeatures;

    ScoreBound(List<String> features, double[] weights) {
        if (features.size() != weights.length) {
            throw new IllegalArgumentException("one weight per feature needed");
        }
        this.weights = weights.clone();
        this.kinds = new Kind[features.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(features.get(i));
        }
        this.alignmentFeatures = IntStream.range(0, kinds.length)
                .filter(i -> kinds[i] != Kind.EXACT && kinds[i] != Kind.SYNONYM_SHARE && kinds[i] != Kind.UNKNOWN).toArray();
    }

    private static Kind kind(String feature) {
        return switch (feature) {
            case "synonymShare" -> Kind.SYNONYM_SHARE;
            case "alignedMin" -> Kind.ALIGNED_MIN;
            case "alignedMax" -> Kind.ALIGNED_MAX;
            case "alignedOrder" -> Kind.ALIGNED_ORDER;
            case "unalignedMin" -> Kind.UNALIGNED_MIN;
            case "unalignedMax" -> Kind.UNALIGNED_MAX;
            case "unalignedWeightMin" -> Kind.WEIGHT_MIN;
            case "unalignedWeightMax" -> Kind.WEIGHT_MAX;
            case "unalignedNamesMin" -> Kind.NAMES_MIN;
            case "unalignedNamesMax" -> Kind.NAMES_MAX;
            case "unalignedNumbersMin" -> Kind.NUMBERS_MIN;
            case "unalignedNumbersMax" -> Kind.NUMBERS_MAX;
            case "unalignedRunMin" -> Kind.RUN_MIN;
            case "unalignedRunMax" -> Kind.RUN_MAX;
            default -> Kind.UNKNOWN;
        };
    }

    /**
     * At least the logistic function of the features of {@code a} and {@code b}.
     *
     * @param cheap the features, in the order of {@link Similarity#FEATURES}, as
     *              {@link Similarity#features(Similarity.Profile, Similarity.Profile, boolean)} gives them
     *              without the alignment: NaN for each feature not computed
     */
    double upper(double[] cheap, Similarity.Profile a, Similarity.Profile b) {
        return upper(cheap, a, b, -1);
    }

    /**
     * {@link #upper(double[], Similarity.Profile, Similarity.Profile)}, given the smaller of the numbers of
     * content words each side could align with the other's ({@link #alignable}; negative: not known, so
     * counted here).
     */
    double upper(double[] cheap, Similarity.Profile a, Similarity.Profile b, int alignable) {
        double z = 0;
        boolean aligned = false;
        for (int i = 0; i < cheap.length; i++) {
            double f = cheap[i];
            if (!Double.isNaN(f)) {
                z += weights[i] * f;
                continue;
            }
            switch (kinds[i]) {
                case SYNONYM_SHARE -> z += Math.max(0, weights[i]); // a share: 0..1
                case UNKNOWN -> {
                    if (weights[i] != 0) {
                        return 1; // the most a logistic function gives
                    }
                }
                default -> aligned = true;
            }
        }
        if (aligned) {
            z += alignmentUpper(a, b, alignable);
        }
        return 1 / (1 + Math.exp(-(z + MARGIN)));
    }

    /** The largest sum of the alignment's features, weighted, over every possible number of aligned pairs. */
    private double alignmentUpper(Similarity.Profile a, Similarity.Profile b, int alignable) {
        Side sa = a.boundSide;
        Side sb = b.boundSide;
        int most = alignable >= 0 ? alignable
                : Math.min(alignable(a.side, sb, b.side.union()), alignable(b.side, sa, a.side.union()));
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k <= most; k++) {
            double z = 0;
            for (int i : alignmentFeatures) {
                z += switch (kinds[i]) {
                    case ALIGNED_MIN -> weights[i] * Math.min(sa.share(k), sb.share(k));
                    case ALIGNED_MAX -> weights[i] * Math.max(sa.share(k), sb.share(k));
                    case ALIGNED_ORDER -> k < 2 ? weights[i] : Math.max(0, weights[i]); // 1 below two pairs, else 0..1
                    case UNALIGNED_MIN -> weights[i] * Similarity.log1p(Math.min(sa.unaligned(k), sb.unaligned(k)));
                    case UNALIGNED_MAX -> weights[i] * Similarity.log1p(Math.max(sa.unaligned(k), sb.unaligned(k)));
                    case WEIGHT_MIN -> most(weights[i], Math.min(sa.weightLow(k), sb.weightLow(k)) - MARGIN,
                            Math.min(sa.weightHigh(k), sb.weightHigh(k)) + MARGIN);
                    case WEIGHT_MAX -> most(weights[i], Math.max(sa.weightLow(k), sb.weightLow(k)) - MARGIN,
                            Math.max(sa.weightHigh(k), sb.weightHigh(k)) + MARGIN);
                    case NAMES_MIN -> most(weights[i], Math.min(Side.low(sa.names, k), Side.low(sb.names, k)),
                            Math.min(sa.high(sa.names, k), sb.high(sb.names, k)));
                    case NAMES_MAX -> most(weights[i], Math.max(Side.low(sa.names, k), Side.low(sb.names, k)),
                            Math.max(sa.high(sa.names, k), sb.high(sb.names, k)));
                    case NUMBERS_MIN -> most(weights[i], Math.min(Side.low(sa.numbers, k), Side.low(sb.numbers, k)),
                            Math.min(sa.high(sa.numbers, k), sb.high(sb.numbers, k)));
                    case NUMBERS_MAX -> most(weights[i], Math.max(Side.low(sa.numbers, k), Side.low(sb.numbers, k)),
                            Math.max(sa.high(sa.numbers, k), sb.high(sb.numbers, k)));
                    case RUN_MIN -> most(weights[i], Similarity.log1p(Math.min(sa.runLow(k), sb.runLow(k))),
                            Similarity.log1p(Math.min(sa.unaligned(k), sb.unaligned(k))));
                    case RUN_MAX -> most(weights[i], Similarity.log1p(Math.max(sa.runLow(k), sb.runLow(k))),
                            Similarity.log1p(Math.max(sa.unaligned(k), sb.unaligned(k))));
                    default -> 0;
                };
            }
            best = Math.max(best, z);
        }
        return best;
    }

    // the most a weight times a value in [low, high] can be
    private static double most(double weight, double low, double high) {
        return Math.max(weight * low, weight * high);
    }

    /**
     * How many content words of {@code a} could be aligned with one of {@code b}: the same word, stem or
     * five-letter prefix (both of six letters or more), or a shared sense ({@link Alignment#of(Alignment.Side,
     * Alignment.Side)}'s four stages). At least the number of aligned pairs.
     */
    static int alignable(Alignment.Side a, Alignment.Side b) {
        int[][] ka = a.keys();
        int[][] kb = b.keys();
        int n = 0;
        for (int i = 0; i < ka[0].length; i++) {
            // every word's senses hold the word itself: a shared sense covers the same word
            boolean may = Synonyms.meets(a.senses().get(i), b.union());
            // equal stems, equal prefixes have equal hashes (equal hashes of different strings only loosen the bound)
            int stem = ka[1][i];
            int prefix = ka[2][i];
            for (int j = 0; !may && j < kb[0].length; j++) {
                may = stem == kb[1][j] || prefix != (int) Alignment.Side.NO_PREFIX && prefix == kb[2][j];
            }
            n += may ? 1 : 0;
        }
        return n;
    }

    /**
     * {@link #alignable(Alignment.Side, Alignment.Side)}, with the stems' and prefixes' hashes of
     * {@code b} looked up in its sorted arrays ({@link Side}) instead of compared with each of its words.
     */
    static int alignable(Alignment.Side a, Side b, Synonyms.Union bUnion) {
        int[][] ka = a.keys();
        int n = 0;
        for (int i = 0; i < ka[0].length; i++) {
            int prefix = ka[2][i];
            if (Synonyms.meets(a.senses().get(i), bUnion) || Arrays.binarySearch(b.stems, ka[1][i]) >= 0
                    || prefix != (int) Alignment.Side.NO_PREFIX && Arrays.binarySearch(b.prefixes, prefix) >= 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * The most phrases two statements can share ({@link Similarity.Anchor#phrases}): a phrase of one is
     * found in the other only under the same key, so it counts the first's phrases whose key's hash is
     * among the second's keys, and the second's whose key's hash is among the first's one-term-apart
     * keys. At least the shared phrases, so the anchor cannot apply below its count.
     */
    static int mostPhrases(PhraseKeys a, PhraseKeys b) {
        return present(a.neighbours, b.all) + present(b.neighbours, a.gapped);
    }

    // how many of the sorted numbers xs (repeats counted) are in the sorted, distinct ys
    private static int present(int[] xs, int[] ys) {
        int n = 0;
        for (int i = 0, j = 0; i < xs.length && j < ys.length;) {
            if (xs[i] == ys[j]) {
                n++;
                i++;
            } else if (xs[i] < ys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * The hashes of one statement's phrase keys ({@link Similarity.Anchor.Phrases}), sorted: of each of its
     * phrases of neighbours (repeats kept), of its distinct keys of phrases one term apart, and of all its
     * distinct keys. Immutable.
     */
    static final class PhraseKeys {
        final int[] neighbours;
        final int[] gapped;
        final int[] all;

        PhraseKeys(Similarity.Anchor.Phrases phrases) {
            neighbours = phrases.neighbourHashes().clone();
            Arrays.sort(neighbours);
            gapped = hashes(phrases.gappedHashes(), new int[0]);
            all = hashes(phrases.gappedHashes(), phrases.neighbourHashes());
        }

        // the distinct hashes of both arrays, sorted
        private static int[] hashes(int[] a, int[] b) {
            int[] out = new int[a.length + b.length];
            System.arraycopy(a, 0, out, 0, a.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            Arrays.sort(out);
            int distinct = 0;
            for (int i = 0; i < out.length; i++) {
                if (i == 0 || out[i] != out[i - 1]) {
                    out[distinct++] = out[i];
                }
            }
            return Arrays.copyOf(out, distinct);
        }
    }

    /**
     * What the bound needs of one statement's content words ({@link Alignment.Side}): how many, their
     * weights when unaligned, sorted, and how many are names and numbers. Immutable.
     */
    static final class Side {
        final int size;
        /** Sums of the smallest (ascending) and of the largest (descending) i weights, i = 0..size. */
        final double[] smallest;
        final double[] largest;
        final int names;
        final int numbers;
        /**
         * The distinct hashes of its content words' stems, and of their five-letter prefixes (not
         * {@link Alignment.Side#NO_PREFIX}), sorted.
         */
        final int[] stems;
        final int[] prefixes;

        /**
         * @param keys the keys of the content words ({@link Alignment.Side#keys})
         */
        Side(double[] unalignedWeight, boolean[] isName, boolean[] isNumber, int[][] keys) {
            size = unalignedWeight.length;
            double[] w = unalignedWeight.clone();
            Arrays.sort(w);
            smallest = new double[size + 1];
            largest = new double[size + 1];
            for (int i = 0; i < size; i++) {
                smallest[i + 1] = smallest[i] + w[i];
                largest[i + 1] = largest[i] + w[size - 1 - i];
            }
            int n = 0;
            int m = 0;
            for (int i = 0; i < size; i++) {
                n += isName[i] ? 1 : 0;
                m += isNumber[i] ? 1 : 0;
            }
            names = n;
            numbers = m;
            stems = distinct(keys[1].clone());
            prefixes = distinct(Arrays.stream(keys[2]).filter(k -> k != (int) Alignment.Side.NO_PREFIX).toArray());
        }

        // the distinct numbers of the array (which it sorts), ascending
        private static int[] distinct(int[] all) {
            Arrays.sort(all);
            int distinct = 0;
            for (int i = 0; i < all.length; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    all[distinct++] = all[i];
                }
            }
            return Arrays.copyOf(all, distinct);
        }

        // the aligned share with k pairs, as Alignment computes it (1 without content words)
        double share(int k) {
            return size == 0 ? 1 : (double) Math.min(k, size) / size;
        }

        int unaligned(int k) {
            return Math.max(0, size - k);
        }

        double weightLow(int k) {
            return smallest[unaligned(k)];
        }

        double weightHigh(int k) {
            return largest[unaligned(k)];
        }

        // the fewest of `count` marked words left unaligned when k are aligned
        static int low(int count, int k) {
            return Math.max(0, count - k);
        }

        int high(int count, int k) {
            return Math.min(count, unaligned(k));
        }

        // the shortest the longest run of unaligned words can be: k aligned words cut them into k + 1 runs
        int runLow(int k) {
            int u = unaligned(k);
            return u == 0 ? 0 : (u + k) / (k + 1);
        }
    }
}

package news.parallax.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * The experiments of session 5 on the similarity's learner and features (docs/matching.md, "Tried in
 * session 5"), on the MSRP training split only: 10-fold cross-validation (folds by line number, as
 * {@link FitSimilarity}) of a logistic regression fitted by Newton's method on standardised features,
 * at the cross-validated best threshold, for
 *
 * <ul>
 * <li>the shipped features, and each {@link Candidates} feature added to them (BLEU, METEOR, TER-like
 * edit rates, longest common substring, figure agreement, ...);
 * <li>the shipped features with the pairwise products of fourteen of them (centered on their training
 * means), with and without synthetic negatives (each training line's first sentence with the next
 * line's second sentence, label 0), which tie down the low-overlap region MSRP does not sample;
 * <li>how the pairs the phrase anchor raises (three shared phrases or more, logistic function under the
 * threshold) split into positives and negatives by the logistic function's score.
 * </ul>
 *
 * Usage (test classpath): {@code FeatureExperiments TRAIN.tsv OUT.txt}. Deterministic; about a minute.
 */
public final class FeatureExperiments {
    private FeatureExperiments() {}

    static final List<String> INTERACTING = List.of("lcsOverMax", "trigramCosine", "ngram1Max", "alignedMin",
            "alignedMax", "unalignedRunMax", "unalignedMax", "lengthDifference", "wordDice", "bigramDice",
            "negationMismatch", "numberMismatch", "unalignedNumbersMax", "unalignedNamesMax");

    /** A pair: the shipped features (bias first), the candidate features, the shared phrases, the label. */
    record Row(double[] base, double[] candidates, int phrases, int y) {}

    public static void main(String[] args) throws IOException {
        Synonyms synonyms = new Synonyms();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        lines = lines.subList(1, lines.size());
        List<Row> rows = new ArrayList<>();
        List<Row> synthetic = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String[] f = lines.get(n).split("\t", -1);
            String[] next = lines.get((n + 1) % lines.size()).split("\t", -1);
            rows.add(row(f[3], f[4], Integer.parseInt(f[0].strip()), synonyms));
            synthetic.add(row(f[3], next[4], 0, synonyms));
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            int d = Similarity.FEATURES.size();
            double[] p = crossValidated(rows, synthetic, r -> r.base(), 1e-3, false);
            out.println(line("shipped features", p, rows));
            anchorTable(out, p, rows, best(p, rows));
            for (int c = 0; c < Candidates.NAMES.size(); c++) {
                int k = c;
                double[] q = crossValidated(rows, synthetic, r -> append(r.base(), r.candidates()[k]), 1e-3, false);
                out.println(line("+ " + Candidates.NAMES.get(c), q, rows));
            }
            out.println(line("+ products, L2 0.03", crossValidated(rows, synthetic, Row::base, 0.03, false, true), rows));
            out.println(line("+ products, L2 0.03, synthetic negatives",
                    crossValidated(rows, synthetic, Row::base, 0.03, true, true), rows));
            out.println(line("+ products, L2 0.01, synthetic negatives",
                    crossValidated(rows, synthetic, Row::base, 0.01, true, true), rows));
            out.println(line("shipped features, synthetic negatives",
                    crossValidated(rows, synthetic, Row::base, 1e-3, true), rows));
            out.printf(Locale.ROOT, "(%d features shipped)%n", d);
        }
    }

    private static Row row(String a, String b, int y, Synonyms synonyms) {
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(a, b)));
        Terms ta = Terms.of(a, analyzer);
        Terms tb = Terms.of(b, analyzer);
        Similarity.Numbering numbering = new Similarity.Numbering();
        Similarity.Profile pa = new Similarity.Profile(ta, synonyms, numbering);
        Similarity.Profile pb = new Similarity.Profile(tb, synonyms, numbering);
        return new Row(Similarity.features(pa, pb), Candidates.of(pa, pb), Similarity.anchorPhrases(ta, tb), y);
    }

    private static double[] append(double[] x, double v) {
        double[] out = Arrays.copyOf(x, x.length + 1);
        out[x.length] = v;
        return out;
    }

    /** The features of a row that a run uses. */
    interface Columns {
        double[] of(Row r);
    }

    static double[] crossValidated(List<Row> rows, List<Row> synthetic, Columns columns, double l2, boolean addSynthetic) {
        return crossValidated(rows, synthetic, columns, l2, addSynthetic, false);
    }

    /**
     * Out-of-fold probabilities. With {@code products}, the products of {@link #INTERACTING} (each
     * centered on its mean over the fold's training pairs) are added; with {@code addSynthetic}, the
     * synthetic negatives of the fold's training lines whose next line is a training line too.
     */
    static double[] crossValidated(List<Row> rows, List<Row> synthetic, Columns columns, double l2, boolean addSynthetic,
            boolean products) {
        double[] out = new double[rows.size()];
        int folds = FitSimilarity.FOLDS;
        for (int k = 0; k < folds; k++) {
            List<double[]> xs = new ArrayList<>();
            List<Integer> ys = new ArrayList<>();
            for (int n = 0; n < rows.size(); n++) {
                if (n % folds != k) {
                    xs.add(columns.of(rows.get(n)));
                    ys.add(rows.get(n).y());
                }
            }
            double[] centers = centers(xs);
            if (addSynthetic) {
                for (int n = 0; n < rows.size(); n++) {
                    if (n % folds != k && (n + 1) % rows.size() % folds != k) {
                        xs.add(columns.of(synthetic.get(n)));
                        ys.add(0);
                    }
                }
            }
            List<double[]> train = products ? xs.stream().map(x -> withProducts(x, centers)).toList() : xs;
            double[] w = fit(train, ys, l2);
            for (int n = k; n < rows.size(); n += folds) {
                double[] x = columns.of(rows.get(n));
                out[n] = FitSimilarity.p(w, products ? withProducts(x, centers) : x);
            }
        }
        return out;
    }

    private static double[] centers(List<double[]> xs) {
        double[] c = new double[xs.get(0).length];
        for (double[] x : xs) {
            for (int i = 0; i < c.length; i++) {
                c[i] += x[i] / xs.size();
            }
        }
        return c;
    }

    private static double[] withProducts(double[] x, double[] centers) {
        List<Double> out = new ArrayList<>();
        for (double v : x) {
            out.add(v);
        }
        for (int i = 0; i < INTERACTING.size(); i++) {
            for (int j = i; j < INTERACTING.size(); j++) {
                int a = Similarity.FEATURES.indexOf(INTERACTING.get(i));
                int b = Similarity.FEATURES.indexOf(INTERACTING.get(j));
                out.add((x[a] - centers[a]) * (x[b] - centers[b]));
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Logistic regression, L2 penalty on standardised weights (not the bias), Newton's method from zero. */
    static double[] fit(List<double[]> xs, List<Integer> ys, double l2) {
        int d = xs.get(0).length;
        int n = xs.size();
        double[] mean = centers(xs);
        double[] sd = new double[d];
        for (double[] x : xs) {
            for (int i = 1; i < d; i++) {
                sd[i] += Math.pow(x[i] - mean[i], 2) / n;
            }
        }
        double[][] zs = new double[n][d];
        for (int k = 0; k < n; k++) {
            zs[k][0] = 1;
            for (int i = 1; i < d; i++) {
                zs[k][i] = (xs.get(k)[i] - mean[i]) / (Math.sqrt(sd[i]) + 1e-9);
            }
        }
        double[] w = new double[d];
        for (int iter = 0; iter < 12; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int k = 0; k < n; k++) {
                double q = FitSimilarity.p(w, zs[k]);
                double err = q - ys.get(k);
                double v = q * (1 - q) / n;
                for (int i = 0; i < d; i++) {
                    g[i] += err * zs[k][i] / n;
                    for (int j = 0; j <= i; j++) {
                        h[i][j] += v * zs[k][i] * zs[k][j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    h[j][i] = h[i][j];
                }
                if (i > 0) {
                    g[i] += l2 * w[i];
                    h[i][i] += l2;
                }
            }
            double[] step = solve(h, g);
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
            }
        }
        double[] raw = new double[d];
        raw[0] = w[0];
        for (int i = 1; i < d; i++) {
            double s = Math.sqrt(sd[i]) + 1e-9;
            raw[i] = w[i] / s;
            raw[0] -= w[i] * mean[i] / s;
        }
        return raw;
    }

    private static double[] solve(double[][] h, double[] g) {
        int d = g.length;
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(h[i], 0, a[i], 0, d);
            a[i][d] = g[i];
        }
        for (int c = 0; c < d; c++) {
            int pivot = c;
            for (int r = c + 1; r < d; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < d; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k <= d; k++) {
                    a[r][k] -= f * a[c][k];
                }
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double s = a[r][d];
            for (int k = r + 1; k < d; k++) {
                s -= a[r][k] * x[k];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    /** The threshold from 0.20 to 0.80 at which the logistic function alone is most accurate on {@code rows}. */
    static double best(double[] p, List<Row> rows) {
        double best = 0.5;
        double bestAcc = -1;
        for (int t = 20; t <= 80; t++) {
            double acc = figures(p, rows, t / 100.0, r -> false)[0];
            if (acc > bestAcc) {
                bestAcc = acc;
                best = t / 100.0;
            }
        }
        return best;
    }

    /**
     * Accuracy and F1 (in percent) of "same" predicted where the logistic score {@code p} reaches {@code t} or
     * {@code anchor} holds for the row's number.
     */
    static double[] figures(double[] p, List<Row> rows, double t, IntPredicate anchor) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int correct = 0;
        for (int n = 0; n < rows.size(); n++) {
            boolean pred = p[n] >= t || anchor.test(n);
            boolean gold = rows.get(n).y() == 1;
            tp += pred && gold ? 1 : 0;
            fp += pred && !gold ? 1 : 0;
            fn += !pred && gold ? 1 : 0;
            correct += pred == gold ? 1 : 0;
        }
        return new double[] {100.0 * correct / rows.size(), 200.0 * tp / (2 * tp + fp + fn)};
    }

    private static String line(String label, double[] p, List<Row> rows) {
        double t = best(p, rows);
        double[] alone = figures(p, rows, t, r -> false);
        double[] anchored = figures(p, rows, t, r -> rows.get(r).phrases() >= 3);
        return String.format(Locale.ROOT, "%-45s threshold %.2f: alone %.1f%% / %.1f; with the anchor (3) %.1f%% / %.1f",
                label, t, alone[0], alone[1], anchored[0], anchored[1]);
    }

    private static void anchorTable(PrintWriter out, double[] p, List<Row> rows, double t) {
        out.printf(Locale.ROOT, "  pairs the anchor raises (3 phrases or more, logistic under %.2f), by the logistic score:%n", t);
        double[] bands = {0, 0.1, 0.2, 0.3, 0.4, t};
        for (int b = 0; b + 1 < bands.length; b++) {
            int pos = 0;
            int neg = 0;
            for (int n = 0; n < rows.size(); n++) {
                if (rows.get(n).phrases() >= 3 && p[n] >= bands[b] && p[n] < bands[b + 1]) {
                    pos += rows.get(n).y();
                    neg += 1 - rows.get(n).y();
                }
            }
            out.printf(Locale.ROOT, "    %.2f-%.2f: %d paraphrases, %d not%n", bands[b], bands[b + 1], pos, neg);
        }
    }
}

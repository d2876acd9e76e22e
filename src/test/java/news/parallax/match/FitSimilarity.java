package news.parallax.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the weights of {@link Similarity} by logistic regression on a paraphrase training file
 * (MSRP layout: quality, id, id, sentence, sentence) and writes them in the layout of
 * {@code similarity.properties}. Deterministic: full-batch gradient descent from zero on standardised
 * features (weights written back on the raw scale), folds by line number.
 *
 * <p>Usage (test classpath): {@code FitSimilarity TRAIN.tsv OUT.properties [TEST.tsv] [nosynonyms]}.
 * It reports, on the training split, 10-fold cross-validated accuracy / F1 at the cross-validated best
 * threshold, of the logistic function alone and with the phrase anchor ({@code anchorPhrases} of the
 * shipped file); with TEST, the test figures of the model fitted on all of TRAIN (report only).
 */
public final class FitSimilarity {
    private FitSimilarity() {}

    static final int FOLDS = 10;
    static final double L2 = 1e-3;

    /** One labelled pair: its features, the phrases it shares, its label. */
    record Pair(double[] x, int phrases, int y) {}

    /** Logistic regression by full-batch gradient descent from zero (feature 0 is the bias). */
    static double[] fit(List<Pair> data) {
        int d = data.get(0).x().length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (Pair p : data) {
            for (int i = 1; i < d; i++) {
                mean[i] += p.x()[i] / data.size();
            }
        }
        for (Pair p : data) {
            for (int i = 1; i < d; i++) {
                sd[i] += Math.pow(p.x()[i] - mean[i], 2) / data.size();
            }
        }
        for (int i = 1; i < d; i++) {
            sd[i] = Math.sqrt(sd[i]) + 1e-9;
        }
        List<double[]> zs = new ArrayList<>();
        for (Pair p : data) {
            double[] z = new double[d];
            z[0] = 1;
            for (int i = 1; i < d; i++) {
                z[i] = (p.x()[i] - mean[i]) / sd[i];
            }
            zs.add(z);
        }
        double[] w = new double[d];
        for (int iter = 0; iter < 3000; iter++) {
            double[] g = new double[d];
            for (int n = 0; n < zs.size(); n++) {
                double err = p(w, zs.get(n)) - data.get(n).y();
                for (int i = 0; i < d; i++) {
                    g[i] += err * zs.get(n)[i];
                }
            }
            for (int i = 0; i < d; i++) {
                w[i] -= 0.5 * (g[i] / zs.size() + (i == 0 ? 0 : L2 * w[i]));
            }
        }
        // back to the raw scale: w_i x_i with x_i standardised = (w_i / sd_i) x_i - w_i mean_i / sd_i
        double[] raw = new double[d];
        raw[0] = w[0];
        for (int i = 1; i < d; i++) {
            raw[i] = w[i] / sd[i];
            raw[0] -= w[i] * mean[i] / sd[i];
        }
        return raw;
    }

    static double p(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The anchor's floor in the figures (the shipped one, or {@code floor=F} on the command line). */
    static double floor;

    /** The anchor's ceiling on shared word 4-grams in the figures (the shipped one, or {@code ceiling=C}). */
    static double ceiling = 1;

    /** The anchor's context in the figures (the shipped one, or {@code context=C}): see {@link Similarity#anchorContext()}. */
    static double context;

    /**
     * The decision: the logistic function reaches t, or the pair shares {@code anchor} phrases and the
     * logistic function reaches the anchor's floor, and the pair is no near copy (its shared word 4-grams
     * are at most the anchor's ceiling of the shorter statement's).
     */
    static boolean same(double p, Pair pair, double t, int anchor) {
        return p >= t || pair.phrases() >= anchor && p >= floor
                && pair.x()[Similarity.NGRAM4_OVER_SHORTER] <= ceiling
                && pair.x()[Similarity.UNALIGNED_WEIGHT_MAX] >= context;
    }

    static double bestThreshold(double[] ps, List<Pair> data, int anchor) {
        double best = 0.5;
        double bestAcc = -1;
        for (int t = 20; t <= 80; t++) {
            double acc = figures(ps, data, t / 100.0, anchor)[0];
            if (acc > bestAcc) {
                bestAcc = acc;
                best = t / 100.0;
            }
        }
        return best;
    }

    /** Accuracy and F1 of the decisions, in percent. */
    static double[] figures(double[] ps, List<Pair> data, double t, int anchor) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int correct = 0;
        for (int n = 0; n < data.size(); n++) {
            boolean pred = same(ps[n], data.get(n), t, anchor);
            boolean gold = data.get(n).y() == 1;
            tp += pred && gold ? 1 : 0;
            fp += pred && !gold ? 1 : 0;
            fn += !pred && gold ? 1 : 0;
            correct += pred == gold ? 1 : 0;
        }
        return new double[] {100.0 * correct / data.size(), 200.0 * tp / (2 * tp + fp + fn)};
    }

    static String report(double[] ps, List<Pair> data, double t, int anchor) {
        double[] f = figures(ps, data, t, anchor);
        return String.format(Locale.ROOT, "%.1f%% / %.1f", f[0], f[1]);
    }

    /** Out-of-fold probabilities: fold k holds the pairs whose line number is k modulo {@link #FOLDS}. */
    static double[] crossValidated(List<Pair> data) {
        double[] ps = new double[data.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<Pair> train = new ArrayList<>();
            for (int n = 0; n < data.size(); n++) {
                if (n % FOLDS != k) {
                    train.add(data.get(n));
                }
            }
            double[] w = fit(train);
            for (int n = k; n < data.size(); n += FOLDS) {
                ps[n] = p(w, data.get(n).x());
            }
        }
        return ps;
    }

    static double[] predict(double[] w, List<Pair> data) {
        return data.stream().mapToDouble(p -> p(w, p.x())).toArray();
    }

    public static void main(String[] args) throws IOException {
        boolean noSynonyms = List.of(args).contains("nosynonyms");
        Synonyms synonyms = new Synonyms();
        int anchor = Similarity.standard().anchorPhrases();
        floor = Similarity.standard().anchorFloor();
        ceiling = Similarity.standard().anchorCeiling();
        context = Similarity.standard().anchorContext();
        for (String a : args) {
            if (a.startsWith("context=")) {
                context = Double.parseDouble(a.substring("context=".length()));
            }
            if (a.startsWith("ceiling=")) {
                ceiling = Double.parseDouble(a.substring("ceiling=".length()));
            }
            if (a.startsWith("floor=")) {
                floor = Double.parseDouble(a.substring("floor=".length()));
            }
        }
        List<Pair> data = read(Path.of(args[0]), synonyms, noSynonyms);
        double[] cv = crossValidated(data);
        double cvBest = bestThreshold(cv, data, Similarity.NO_ANCHOR);
        double cvBestAnchored = bestThreshold(cv, data, anchor);
        double[] w = fit(data);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# Weights of the similarity's logistic function (see Similarity.java and docs/matching.md),");
            out.println("# fitted by FitSimilarity (src/test) on the MSRP training split" + (noSynonyms ? ", without synonyms." : "."));
            out.printf(Locale.ROOT, "# train, %d-fold cross-validation: logistic alone, best threshold %.2f: %s;%n", FOLDS,
                    cvBest, report(cv, data, cvBest, Similarity.NO_ANCHOR));
            out.printf(Locale.ROOT, "#   with anchorPhrases = %d, anchorFloor = %.2f, anchorCeiling = %.2f: at %.2f %s,"
                    + " best threshold %.2f: %s%n", anchor, floor, ceiling, cvBest, report(cv, data, cvBest, anchor), cvBestAnchored, report(cv, data, cvBestAnchored, anchor));
            double shipped = floor;
            StringBuilder floors = new StringBuilder("#   anchor floor -> CV at " + String.format(Locale.ROOT, "%.2f", cvBest) + ":");
            for (int f = 0; f <= 50; f += 5) {
                floor = f / 100.0;
                floors.append(String.format(Locale.ROOT, " %.2f %s;", floor, report(cv, data, cvBest, anchor)));
            }
            floor = shipped;
            out.println(floors);
            double shippedCeiling = ceiling;
            StringBuilder ceilings = new StringBuilder("#   anchor ceiling -> CV at " + String.format(Locale.ROOT, "%.2f", cvBest) + ":");
            for (int c = 10; c <= 100; c += 10) {
                ceiling = c / 100.0;
                ceilings.append(String.format(Locale.ROOT, " %.2f %s;", ceiling, report(cv, data, cvBest, anchor)));
            }
            ceiling = shippedCeiling;
            out.println(ceilings);
            double shippedContext = context;
            StringBuilder contexts = new StringBuilder("#   anchor context -> CV at " + String.format(Locale.ROOT, "%.2f", cvBest) + ":");
            for (int c = 0; c <= 8; c++) {
                context = c;
                contexts.append(String.format(Locale.ROOT, " %d %s;", c, report(cv, data, cvBest, anchor)));
            }
            context = shippedContext;
            out.println(contexts);
            if (args.length > 2 && !args[2].equals("nosynonyms") && !args[2].contains("=")) {
                List<Pair> test = read(Path.of(args[2]), synonyms, noSynonyms);
                double[] pt = predict(w, test);
                out.printf(Locale.ROOT, "# test (report only): logistic alone at %.2f %s; with anchorPhrases = %d %s%n",
                        cvBest, report(pt, test, cvBest, Similarity.NO_ANCHOR), anchor, report(pt, test, cvBest, anchor));
            }
            out.printf(Locale.ROOT, "threshold = %.2f%n", cvBest);
            out.printf(Locale.ROOT, "anchorPhrases = %d%n", anchor);
            out.printf(Locale.ROOT, "anchorFloor = %.2f%n", floor);
            out.printf(Locale.ROOT, "anchorCeiling = %.2f%n", ceiling);
            out.printf(Locale.ROOT, "anchorContext = %.2f%n", context);
            for (int i = 0; i < w.length; i++) {
                out.printf(Locale.ROOT, "%s = %.4f%n", Similarity.FEATURES.get(i), w[i]);
            }
        }
    }

    private static List<Pair> read(Path file, Synonyms synonyms, boolean noSynonyms) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Pair> out = new ArrayList<>();
        int syn = Similarity.FEATURES.indexOf("synonymShare");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(f[3], f[4])));
            Terms a = Terms.of(f[3], analyzer);
            Terms b = Terms.of(f[4], analyzer);
            double[] x = Similarity.features(a, b, synonyms);
            if (noSynonyms) {
                x[syn] = 0;
            }
            out.add(new Pair(x, Similarity.anchorPhrases(a, b), Integer.parseInt(f[0].strip())));
        }
        return out;
    }
}

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
 * {@code similarity.properties}. Deterministic: full-batch gradient descent from zero.
 *
 * <p>Usage (test classpath): {@code FitSimilarity TRAIN.tsv OUT.properties}
 */
public final class FitSimilarity {
    private FitSimilarity() {}

    /** Logistic regression by full-batch gradient descent from zero (feature 0 is the bias). */
    static double[] fit(List<double[]> xs, List<Integer> ys) {
        int d = xs.get(0).length;
        double[] w = new double[d];
        int few = Similarity.FEATURES.indexOf("fewShared");
        w[few] = -2.0;
        for (int iter = 0; iter < 20000; iter++) {
            double[] g = new double[d];
            for (int n = 0; n < xs.size(); n++) {
                double p = p(w, xs.get(n));
                for (int i = 0; i < d; i++) {
                    g[i] += (p - ys.get(n)) * xs.get(n)[i];
                }
            }
            for (int i = 0; i < d; i++) {
                if (i != few) {
                    w[i] -= 0.5 * (g[i] / xs.size() + (i == 0 ? 0 : 1e-4 * w[i]));
                }
            }
        }
        return w;
    }

    static double p(double[] w, double[] x) {
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            z += w[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    static double bestThreshold(double[] w, List<double[]> xs, List<Integer> ys) {
        double best = 0.5;
        double bestAcc = -1;
        for (int t = 20; t <= 80; t++) {
            double acc = accuracy(w, xs, ys, t / 100.0);
            if (acc > bestAcc) {
                bestAcc = acc;
                best = t / 100.0;
            }
        }
        return best;
    }

    static double accuracy(double[] w, List<double[]> xs, List<Integer> ys, double t) {
        int correct = 0;
        for (int n = 0; n < xs.size(); n++) {
            if ((p(w, xs.get(n)) >= t ? 1 : 0) == ys.get(n)) {
                correct++;
            }
        }
        return (double) correct / xs.size();
    }

    static String report(double[] w, List<double[]> xs, List<Integer> ys, double t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int n = 0; n < xs.size(); n++) {
            boolean pred = p(w, xs.get(n)) >= t;
            boolean gold = ys.get(n) == 1;
            tp += pred && gold ? 1 : 0;
            fp += pred && !gold ? 1 : 0;
            fn += !pred && gold ? 1 : 0;
        }
        double f1 = 2.0 * tp / (2 * tp + fp + fn);
        return String.format(Locale.ROOT, "%.1f%% / %.1f", 100 * accuracy(w, xs, ys, t), 100 * f1);
    }

    /**
     * Usage: {@code FitSimilarity TRAIN.tsv OUT.properties [TEST.tsv] [nosynonyms]}; with TEST, the test
     * figures go into a comment of OUT; with nosynonyms, the WordNet feature keeps weight 0.
     */
    public static void main(String[] args) throws IOException {
        boolean noSynonyms = List.of(args).contains("nosynonyms");
        Synonyms synonyms = new Synonyms();
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        read(Path.of(args[0]), synonyms, xs, ys);
        if (noSynonyms) {
            xs = xs.stream().map(x -> zero(x, Similarity.FEATURES.indexOf("synonymShare"))).toList();
        }
        double[] w = fit(xs, ys);
        double best = bestThreshold(w, xs, ys);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# Weights of the similarity's logistic function (see Similarity.java and docs/matching.md),");
            out.println("# fitted by FitSimilarity (src/test) on the MSRP training split" + (noSynonyms ? ", without synonyms." : "."));
            out.printf(Locale.ROOT, "# train-best threshold %.2f: train %s; at 0.40: train %s%n", best, report(w, xs, ys, best),
                    report(w, xs, ys, 0.40));
            if (args.length > 2 && !args[2].equals("nosynonyms")) {
                List<double[]> tx = new ArrayList<>();
                List<Integer> ty = new ArrayList<>();
                read(Path.of(args[2]), synonyms, tx, ty);
                if (noSynonyms) {
                    tx = tx.stream().map(x -> zero(x, Similarity.FEATURES.indexOf("synonymShare"))).toList();
                }
                out.printf(Locale.ROOT, "# test (report only): at %.2f %s; at 0.40 %s%n", best, report(w, tx, ty, best),
                        report(w, tx, ty, 0.40));
            }
            out.printf(Locale.ROOT, "threshold = %.2f%n", best);
            for (int i = 0; i < w.length; i++) {
                out.printf(Locale.ROOT, "%s = %.4f%n", Similarity.FEATURES.get(i), w[i]);
            }
        }
    }

    private static double[] zero(double[] x, int i) {
        double[] y = x.clone();
        y[i] = 0;
        return y;
    }

    private static void read(Path file, Synonyms synonyms, List<double[]> xs, List<Integer> ys) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(f[3], f[4])));
            xs.add(Similarity.features(Terms.of(f[3], analyzer), Terms.of(f[4], analyzer), synonyms));
            ys.add(Integer.parseInt(f[0].strip()));
        }
    }
}

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

    public static void main(String[] args) throws IOException {
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(f[3], f[4])));
            xs.add(Similarity.features(Terms.of(f[3], analyzer), Terms.of(f[4], analyzer)));
            ys.add(Integer.parseInt(f[0].strip()));
        }
        int d = Similarity.FEATURES.size();
        double[] w = new double[d];
        double rate = 0.5;
        double l2 = 1e-4;
        for (int iter = 0; iter < 20000; iter++) {
            double[] g = new double[d];
            for (int n = 0; n < xs.size(); n++) {
                double[] x = xs.get(n);
                double z = 0;
                for (int i = 0; i < d; i++) {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                for (int i = 0; i < d; i++) {
                    g[i] += (p - ys.get(n)) * x[i];
                }
            }
            for (int i = 0; i < d; i++) {
                w[i] -= rate * (g[i] / xs.size() + (i == 0 ? 0 : l2 * w[i]));
            }
        }
        // the threshold that maximises accuracy on the training file
        Similarity s = new Similarity(w);
        double best = 0.5;
        int bestCorrect = -1;
        for (int t = 20; t <= 80; t++) {
            int correct = 0;
            for (int n = 0; n < xs.size(); n++) {
                double z = 0;
                for (int i = 0; i < d; i++) {
                    z += w[i] * xs.get(n)[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                if ((p >= t / 100.0 ? 1 : 0) == ys.get(n)) {
                    correct++;
                }
            }
            if (correct > bestCorrect) {
                bestCorrect = correct;
                best = t / 100.0;
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            out.println("# Weights of the similarity's logistic function (see Similarity.java and docs/matching.md),");
            out.println("# fitted by FitSimilarity (src/test) on the MSRP training split.");
            out.printf(Locale.ROOT, "# best threshold on train: %.2f, train accuracy %.4f%n", best,
                    (double) bestCorrect / xs.size());
            out.printf(Locale.ROOT, "threshold = %.2f%n", best);
            for (int i = 0; i < d; i++) {
                out.printf(Locale.ROOT, "%s = %.4f%n", Similarity.FEATURES.get(i), w[i]);
            }
        }
        if (s.toString().isEmpty()) {
            throw new AssertionError();
        }
    }
}

// Fits the check-worthiness weights (src/main/resources/news/parallax/claims/weights.tsv) on ClaimBuster's
// TRAIN split only: L2-regularised logistic regression by Newton's method, both classes weighted equally;
// the threshold is the one that maximises F1 of the check-worthy class on 5-fold out-of-fold predictions,
// with the classes weighted equally (a balanced prior). Writes the weights file to the path given last.
//
//   java -cp target/parallax.jar scripts/TrainClaims.java ../shared/eval/claimbuster/train.json \
//        src/main/resources/news/parallax/claims/weights.tsv
//
// Only numbers leave this program: no sentence of the data set is written anywhere.
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.parallax.extract.CheckWorthiness;

public class TrainClaims {
    static final double L2 = 1.0;

    public static void main(String[] args) throws Exception {
        JsonNode data = new ObjectMapper().readTree(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
        CheckWorthiness cw = CheckWorthiness.standard();
        List<String> names = null;
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (JsonNode item : data) {
            Map<String, Double> f = cw.features(item.get("text").asText());
            if (names == null) {
                names = new ArrayList<>(f.keySet());
            }
            double[] x = new double[names.size() + 1];
            x[0] = 1;
            for (int i = 0; i < names.size(); i++) {
                x[i + 1] = f.get(names.get(i));
            }
            xs.add(x);
            ys.add(item.get("label").asInt());
        }
        int n = xs.size();
        double[] oof = new double[n];
        for (int fold = 0; fold < 5; fold++) {
            List<double[]> tx = new ArrayList<>();
            List<Integer> ty = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i % 5 != fold) {
                    tx.add(xs.get(i));
                    ty.add(ys.get(i));
                }
            }
            double[] w = fit(tx, ty);
            for (int i = fold; i < n; i += 5) {
                oof[i] = sigmoid(dot(w, xs.get(i)));
            }
        }
        double pos = ys.stream().filter(y -> y == 1).count();
        double negWeight = pos / (n - pos);
        double bestT = 0.5;
        double bestF = -1;
        for (int k = 20; k <= 80; k++) {
            double t = k / 100.0;
            double tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < n; i++) {
                boolean p = oof[i] >= t;
                if (p && ys.get(i) == 1) tp++;
                else if (p) fp += negWeight;
                else if (ys.get(i) == 1) fn++;
            }
            double f1 = 2 * tp / (2 * tp + fp + fn);
            if (f1 > bestF) {
                bestF = f1;
                bestT = t;
            }
        }
        double[] w = fit(xs, ys);
        StringBuilder out = new StringBuilder();
        out.append("# Check-worthiness weights: logistic regression fitted by scripts/TrainClaims.java on the\n");
        out.append("# ClaimBuster train split (classes weighted equally, L2 = ").append(L2).append(").\n");
        out.append("# threshold: maximises F1 of the check-worthy class on 5-fold out-of-fold predictions\n");
        out.append("# (balanced prior); out-of-fold F1 there: ").append(String.format(Locale.ROOT, "%.3f", bestF)).append('\n');
        out.append("bias\t").append(String.format(Locale.ROOT, "%.4f", w[0])).append('\n');
        out.append("threshold\t").append(String.format(Locale.ROOT, "%.2f", bestT)).append('\n');
        for (int i = 0; i < names.size(); i++) {
            out.append(names.get(i)).append('\t').append(String.format(Locale.ROOT, "%.4f", w[i + 1])).append('\n');
        }
        Files.writeString(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.out.print(out);
    }

    static double[] fit(List<double[]> xs, List<Integer> ys) {
        int d = xs.get(0).length;
        double pos = ys.stream().filter(y -> y == 1).count();
        double cPos = xs.size() / (2 * pos);
        double cNeg = xs.size() / (2 * (xs.size() - pos));
        double[] w = new double[d];
        for (int iter = 0; iter < 30; iter++) {
            double[] g = new double[d];
            double[][] h = new double[d][d];
            for (int i = 0; i < xs.size(); i++) {
                double[] x = xs.get(i);
                double c = ys.get(i) == 1 ? cPos : cNeg;
                double p = sigmoid(dot(w, x));
                double r = c * (p - ys.get(i));
                double s = c * p * (1 - p);
                for (int a = 0; a < d; a++) {
                    g[a] += r * x[a];
                    for (int b = 0; b < d; b++) {
                        h[a][b] += s * x[a] * x[b];
                    }
                }
            }
            for (int a = 1; a < d; a++) {
                g[a] += L2 * w[a];
                h[a][a] += L2;
            }
            h[0][0] += 1e-9;
            double[] step = solve(h, g);
            double size = 0;
            for (int a = 0; a < d; a++) {
                w[a] -= step[a];
                size += Math.abs(step[a]);
            }
            if (size < 1e-8) {
                break;
            }
        }
        return w;
    }

    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
            double[] t = m[c]; m[c] = m[p]; m[p] = t;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = m[i][n] / m[i][i];
        return x;
    }

    static double dot(double[] w, double[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) s += w[i] * x[i];
        return s;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}

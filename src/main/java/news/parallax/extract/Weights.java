package news.parallax.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import news.parallax.text.Lexicon;

/**
 * The weights of the check-worthiness model, read from a resource file of {@code name<TAB>weight}
 * lines: one per feature of {@link CheckWorthiness#FEATURES}, plus {@code bias} and {@code threshold}.
 * Immutable.
 */
final class Weights {

    private final double bias;
    private final Map<String, Double> weights;
    private final double threshold;
    /** The weights in {@link CheckWorthiness#FEATURES} order. */
    private final double[] ordered;

    Weights(double bias, Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.ordered = new double[CheckWorthiness.FEATURES.size()];
        for (int k = 0; k < ordered.length; k++) {
            Double w = this.weights.get(CheckWorthiness.FEATURES.get(k));
            if (w == null) {
                throw new IllegalArgumentException("no weight for feature " + CheckWorthiness.FEATURES.get(k));
            }
            ordered[k] = w;
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " must be in (0, 1)");
        }
        this.bias = bias;
        this.threshold = threshold;
    }

    double bias() {
        return bias;
    }

    /** The weight of each feature, by name. */
    Map<String, Double> weights() {
        return weights;
    }

    double threshold() {
        return threshold;
    }

    /** The weights in {@code news/parallax/<resource>}. */
    static Weights read(String resource) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException(resource + ": expected name<TAB>weight, got: " + line);
            }
            if (w.put(cells[0].strip(), Double.valueOf(cells[1].strip())) != null) {
                throw new IllegalStateException(resource + ": weight " + cells[0] + " given twice");
            }
        }
        Double bias = w.remove("bias");
        Double threshold = w.remove("threshold");
        if (bias == null || threshold == null) {
            throw new IllegalStateException(resource + ": needs a 'bias' and a 'threshold' line");
        }
        for (String name : w.keySet()) {
            if (!CheckWorthiness.FEATURES.contains(name)) {
                throw new IllegalStateException(resource + ": unknown feature " + name);
            }
        }
        return new Weights(bias, w, threshold);
    }

    /**
     * The logistic model's probability for feature values given in {@link CheckWorthiness#FEATURES} order
     * (by name, in the map's order).
     */
    double probability(Map<String, Double> features) {
        double z = bias;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += weights.get(f.getKey()) * f.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * {@link #probability(Map)} of the values of every feature in {@link CheckWorthiness#FEATURES} order: the
     * same products added in the same order, so the same probability to the last bit.
     */
    double probability(double[] values) {
        double z = bias;
        for (int k = 0; k < ordered.length; k++) {
            z += ordered[k] * values[k];
        }
        return 1 / (1 + Math.exp(-z));
    }
}

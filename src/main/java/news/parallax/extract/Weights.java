package news.parallax.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import news.parallax.text.Lexicon;

/**
 * The weights of the check-worthiness model, read from a resource file of {@code name<TAB>weight}
 * lines: one per feature of {@link CheckWorthiness#FEATURES}, plus {@code bias} and {@code threshold}.
 */
record Weights(double bias, Map<String, Double> weights, double threshold) {

    Weights {
        weights = Map.copyOf(weights);
        for (String feature : CheckWorthiness.FEATURES) {
            if (!weights.containsKey(feature)) {
                throw new IllegalArgumentException("no weight for feature " + feature);
            }
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " must be in (0, 1)");
        }
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

    /** The logistic model's probability for feature values given in {@link CheckWorthiness#FEATURES} order. */
    double probability(Map<String, Double> features) {
        double z = bias;
        for (Map.Entry<String, Double> f : features.entrySet()) {
            z += weights.get(f.getKey()) * f.getValue();
        }
        return 1 / (1 + Math.exp(-z));
    }
}

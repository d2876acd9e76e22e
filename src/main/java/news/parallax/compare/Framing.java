package news.parallax.compare;

import java.util.List;
import java.util.Map;
import news.parallax.model.Analysis;
import news.parallax.model.Comparison;

/**
 * How each source frames the story: words it uses more than the others (weighted log-odds with an
 * informative Dirichlet prior, Monroe, Colaresi and Quinn 2008) and loaded terms used where others
 * use a neutral one.
 */
final class Framing {
    private Framing() {}

    static Map<String, List<Comparison.TermScore>> distinctive(Analysis analysis) {
        return Map.of();
    }

    static List<Comparison.TermContrast> loadedTerms(Analysis analysis) {
        return List.of();
    }
}

package news.parallax.compare;

import java.util.List;
import news.parallax.model.Analysis;
import news.parallax.model.Comparison;

/** Who cites whom: wire services, other outlets and officials named as sources in each article. */
final class Citations {
    private Citations() {}

    static List<Comparison.Citation> of(Analysis analysis) {
        return List.of();
    }
}

package news.parallax.compare;

import java.util.List;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Difference;

/** The ways the statements of one cluster disagree: wording, numbers, names, attribution. */
final class Differences {
    private Differences() {}

    static List<Difference> of(Cluster cluster, Analysis analysis) {
        return cluster.differences();
    }
}

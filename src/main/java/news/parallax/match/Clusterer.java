package news.parallax.match;

import java.util.List;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

final class Clusterer {
    private final Similarity similarity;
    private final double threshold;

    Clusterer(Similarity similarity, double threshold) {
        this.similarity = similarity;
        this.threshold = threshold;
    }

    List<Cluster> cluster(Story story, Extraction extraction) {
        return List.of();
    }
}

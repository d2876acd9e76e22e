package news.parallax.match;

import java.util.List;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

/** The match stage: clusters of statements across the sources of one story. Thread-safe. */
public final class Matcher {

    private Matcher() {}

    /** A matcher with the standard analyzer and threshold. */
    public static Matcher standard() {
        return new Matcher();
    }

    /** How alike two statements are, 0..1, as the clustering of claims scores them. */
    public double score(String a, String b) {
        return 0;
    }

    /** The score from which two claims go in one cluster. */
    public double claimThreshold() {
        return 0.5;
    }

    /** Clusters of the statements of {@code extraction}; each statement in at most one cluster. */
    public List<Cluster> cluster(Story story, Extraction extraction) {
        return List.of();
    }
}

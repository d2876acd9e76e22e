package news.parallax.match;

import java.util.List;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

/**
 * The match stage: clusters of statements across the sources of one story. Thread-safe; build once.
 *
 * <p>{@link #score} and {@link #claimThreshold} are exactly what {@link #cluster} uses to join claims
 * (and a claim to a quote): {@code score} analyses the two statements with the acronyms they spell out
 * themselves, where {@code cluster} uses the acronyms the whole story spells out; the similarity does
 * not depend on any other collection statistic.
 */
public final class Matcher {

    private final Similarity similarity;
    private final double threshold;

    private Matcher(Similarity similarity, double threshold) {
        this.similarity = similarity;
        this.threshold = threshold;
    }

    /** A matcher with the standard analyzer and threshold. */
    public static Matcher standard() {
        Similarity similarity = Similarity.standard();
        return new Matcher(similarity, similarity.threshold());
    }

    /**
     * Does ahead of time what the first {@link #cluster} would: reads the WordNet dictionary, loads the
     * analyzer's and the index's classes. For a warm-up thread while the first story is extracted;
     * changes no result.
     */
    public void warmUp() {
        Synonyms.preload();
        List<String> texts = List.of("The minister said 20 soldiers were hurt in the attack.",
                "Twenty soldiers were wounded in the attack, the ministry announced.");
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(texts));
        Terms a = Terms.of(texts.get(0), analyzer);
        try (StatementIndex index = StatementIndex.of(List.of(a, Terms.of(texts.get(1), analyzer)))) {
            index.candidates(a, Clusterer.CANDIDATES);
            similarity.score(a, Terms.of(texts.get(1), analyzer));
        }
    }

    /** How alike two statements are, 0..1, as the clustering of claims scores them. */
    public double score(String a, String b) {
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(a, b)));
        return similarity.score(Terms.of(a, analyzer), Terms.of(b, analyzer));
    }

    /** The score from which two claims go in one cluster. */
    public double claimThreshold() {
        return threshold;
    }

    /** Clusters of the statements of {@code extraction}; each statement in at most one cluster. */
    public List<Cluster> cluster(Story story, Extraction extraction) {
        return new Clusterer(similarity, threshold).cluster(story, extraction);
    }
}

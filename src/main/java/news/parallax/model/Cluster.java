package news.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Statements from one or more sources that say the same thing.
 *
 * @param id          stable id within the story
 * @param kind        all quotes, all claims, or mixed
 * @param statements  the member statement ids
 * @param sources     the ids of the sources that carry it, sorted
 * @param differences how the members disagree
 */
public record Cluster(String id, Kind kind, List<String> statements, List<String> sources,
        List<Difference> differences) {

    /** The three kinds of cluster of the data contract. */
    public enum Kind {
        QUOTE, CLAIM, MIXED;

        /** The name used in data files. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Cluster {
        Checks.id("cluster id", id);
        Objects.requireNonNull(kind, "kind must not be null");
        statements = Checks.list("statements", statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("cluster " + id + " has no statements");
        }
        sources = Checks.list("sources", sources);
        differences = Checks.list("differences", differences);
    }

    /** A copy with other differences. */
    public Cluster withDifferences(List<Difference> newDifferences) {
        return new Cluster(id, kind, statements, sources, newDifferences);
    }
}

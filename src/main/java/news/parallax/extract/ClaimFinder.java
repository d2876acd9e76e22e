package news.parallax.extract;

import java.util.List;
import news.parallax.model.Source;
import news.parallax.model.Statement;

/**
 * Factual claims in a source's body: sentences or clauses that state a checkable fact, each with a
 * check-worthiness score, none overlapping the statements already found (quotes, reported speech).
 * Statement ids: {@code <source>-c<n>}. Thread-safe.
 */
final class ClaimFinder {

    static ClaimFinder standard() {
        return new ClaimFinder();
    }

    List<Statement> find(Source source, List<Statement> already) {
        return List.of();
    }
}

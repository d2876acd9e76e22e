package news.parallax.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * The extract stage: the speakers and statements of a story. Thread-safe; build once, reuse for every
 * story.
 */
public final class Extractor {

    private final QuoteFinder quotes;
    private final ClaimFinder claims;

    private Extractor(QuoteFinder quotes, ClaimFinder claims) {
        this.quotes = quotes;
        this.claims = claims;
    }

    /** An extractor with the models and lexicons shipped in the jar. */
    public static Extractor standard() {
        return new Extractor(QuoteFinder.standard(), ClaimFinder.standard());
    }

    /**
     * Quotes, reported speech and claims of every source of {@code story}, speakers merged across
     * sources; statements sorted by source, then offset.
     */
    public Extraction extract(Story story) {
        Extraction found = quotes.find(story);
        List<Statement> all = new ArrayList<>(found.statements());
        for (Source source : story.sources()) {
            List<Statement> mine = found.statements().stream().filter(s -> s.source().equals(source.id())).toList();
            all.addAll(claims.find(source, mine));
        }
        all.sort(Comparator.comparing(Statement::source).thenComparingInt(Statement::start)
                .thenComparingInt(Statement::end).thenComparing(Statement::id));
        return new Extraction(found.speakers(), all);
    }
}

package news.parallax.model;

import java.util.List;

/**
 * What the extract stage found in a story: its speakers (merged across sources) and statements.
 */
public record Extraction(List<Speaker> speakers, List<Statement> statements) {
    public Extraction {
        speakers = Checks.list("speakers", speakers);
        statements = Checks.list("statements", statements);
    }

    /** Nothing found. */
    public static Extraction empty() {
        return new Extraction(List.of(), List.of());
    }
}

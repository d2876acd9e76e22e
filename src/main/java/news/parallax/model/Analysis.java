package news.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A story with what extract and match found in it: the content of {@code data/<slug>.json}.
 */
public record Analysis(Story story, List<Speaker> speakers, List<Statement> statements, List<Cluster> clusters) {
    public Analysis {
        Objects.requireNonNull(story, "story must not be null");
        speakers = Checks.list("speakers", speakers);
        statements = Checks.list("statements", statements);
        clusters = Checks.list("clusters", clusters);
    }
}

package news.parallax.model;

import java.util.List;

/**
 * One way the statements of a cluster disagree.
 *
 * @param kind    "wording", "number", "name", "attribution", ...
 * @param sources the ids of the sources that differ
 * @param detail  the difference in plain words
 */
public record Difference(String kind, List<String> sources, String detail) {
    public Difference {
        Checks.id("difference kind", kind);
        sources = Checks.list("sources", sources);
        Checks.nonBlank("detail", detail);
    }
}

package news.parallax.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A folder of articles about one event.
 *
 * @param slug    the story's name in URLs and data file names
 * @param title   from {@code story.json}, else the most common headline, else the slug
 * @param sources the articles, sorted by id
 */
public record Story(String slug, String title, List<Source> sources) {

    public Story {
        Checks.id("story slug", slug);
        Checks.nonBlank("story title", title);
        sources = Checks.list("sources", sources);
        Set<String> ids = new HashSet<>();
        for (Source s : sources) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("story " + slug + " has two sources with id " + s.id());
            }
        }
    }

    /** The source with this id. */
    public Source source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("story " + slug + " has no source " + id));
    }
}

package news.parallax.render;

import java.util.List;
import java.util.Objects;

/**
 * What the files outside a story's folder (index of stories, feed, sitemap) need of the story; a build
 * keeps only this of each story (and the build cache stores it), never the whole analysis.
 *
 * @param view    the story as the index of stories shows it
 * @param updated the latest publication time of its sources (ISO 8601 instant; the epoch when unknown)
 * @param pages   the paths of its HTML pages, sorted
 */
public record StorySummary(StoryView view, String updated, List<String> pages) {
    public StorySummary {
        Objects.requireNonNull(view, "view must not be null");
        Objects.requireNonNull(updated, "updated must not be null");
        pages = List.copyOf(pages);
    }
}

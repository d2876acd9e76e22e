package news.parallax.render;

import news.parallax.model.Comparison;
import news.parallax.model.Story;

/**
 * A story as the index of stories shows it.
 *
 * @param slug    the story's slug
 * @param title   its title
 * @param href    link from the site root to its overview
 * @param sources how many sources
 * @param clusters how many clusters
 */
public record StoryView(String slug, String title, String href, int sources, int clusters) {

    /** One line about the story, for the feed. */
    String summary() {
        return sources + (sources == 1 ? " source, " : " sources, ") + clusters
                + (clusters == 1 ? " statement" : " statements") + " compared across them.";
    }

    static StoryView of(Comparison c) {
        Story s = c.analysis().story();
        return new StoryView(s.slug(), s.title(), s.slug() + "/index.html", s.sources().size(),
                c.analysis().clusters().size());
    }
}

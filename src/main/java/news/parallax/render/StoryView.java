package news.parallax.render;

import java.time.Instant;
import java.util.List;
import news.parallax.model.Cluster;
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
 * @param shared   how many of them several sources carried
 * @param date     the day its latest source was published ("2025-03-30"), or "" when no source gives one
 */
public record StoryView(String slug, String title, String href, int sources, int clusters, int shared, String date) {

    /** One line about the story, for the feed. */
    String summary() {
        return sources + (sources == 1 ? " source, " : " sources, ") + clusters
                + (clusters == 1 ? " statement" : " statements") + " compared across them.";
    }

    static StoryView of(Comparison c) {
        Story s = c.analysis().story();
        return of(s, c.analysis().clusters(), s.slug() + "/index.html");
    }

    /** The story with its clusters, linked to from {@code href}. */
    static StoryView of(Story s, List<Cluster> clusters, String href) {
        Instant latest = Feeds.latest(s);
        return new StoryView(s.slug(), s.title(), href, s.sources().size(), clusters.size(),
                (int) clusters.stream().filter(k -> k.sources().size() > 1).count(),
                latest.equals(Instant.EPOCH) ? "" : latest.toString().substring(0, 10));
    }
}

package news.parallax.cache;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import news.parallax.render.StorySummary;

/**
 * What a build keeps of one story: its rendered files and what the index of stories needs.
 *
 * @param summary  what the index of stories, the feed and the sitemap need of the story
 * @param articles how many article files the story has
 * @param files    the story's rendered files, by site path
 */
public record CachedStory(StorySummary summary, int articles, SortedMap<String, byte[]> files) {
    public CachedStory {
        Objects.requireNonNull(summary, "summary must not be null");
        if (articles < 0) {
            throw new IllegalArgumentException("articles " + articles + " must be >= 0");
        }
        files = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(files, "files must not be null")));
    }
}

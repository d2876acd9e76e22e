package news.parallax.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import news.parallax.model.Source;
import news.parallax.model.Story;

/**
 * The Atom feed and the sitemap. Both are deterministic: an entry's time is the latest publication
 * time of the story's sources (never the clock), or the Unix epoch when no source gives one. Addresses
 * are absolute when the site's base URL is known and relative otherwise.
 */
final class Feeds {
    private static final Instant UNKNOWN = Instant.EPOCH;

    /** A story as the feed lists it: its slug, title, latest publication time, overview path and summary. */
    record Item(String slug, String title, Instant updated, String path, String summary) {}

    private Feeds() {}

    static byte[] atom(String baseUrl, String siteTitle, List<Item> items) {
        Instant updated = items.stream().map(Item::updated).max(Comparator.naturalOrder()).orElse(UNKNOWN);
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        x.append("  <title>").append(Html.escape(siteTitle)).append("</title>\n");
        x.append("  <id>").append(Html.escape(baseUrl.isEmpty() ? "urn:parallax:site" : baseUrl)).append("</id>\n");
        x.append("  <updated>").append(updated).append("</updated>\n");
        x.append("  <link rel=\"self\" href=\"").append(Html.escape(baseUrl + "feed.xml")).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(baseUrl + "index.html"))
                .append("\"/>\n");
        x.append("  <author><name>Parallax</name></author>\n");
        for (Item i : items) {
            String href = baseUrl + i.path();
            x.append("  <entry>\n");
            x.append("    <title>").append(Html.escape(i.title())).append("</title>\n");
            x.append("    <id>").append(Html.escape(baseUrl.isEmpty() ? "urn:parallax:story:" + i.slug() : href))
                    .append("</id>\n");
            x.append("    <updated>").append(i.updated()).append("</updated>\n");
            x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Html.escape(href)).append("\"/>\n");
            x.append("    <summary>").append(Html.escape(i.summary())).append("</summary>\n");
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sitemap(String baseUrl, List<String> paths) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) {
            x.append("  <url><loc>").append(Html.escape(baseUrl + p)).append("</loc></url>\n");
        }
        x.append("</urlset>\n");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The latest publication time among the story's sources, or the epoch. */
    static Instant latest(Story story) {
        return story.sources().stream().map(Source::published).flatMap(Optional::stream).map(Times::parse)
                .flatMap(Optional::stream).max(Comparator.naturalOrder()).orElse(UNKNOWN);
    }
}

package news.parallax.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Story;

/** The pages of one story, rendered under a folder of the site ("" for a one-story site). */
final class StoryPages {
    private final SiteRenderer renderer;
    private final Comparison comparison;
    private final String dir;

    StoryPages(SiteRenderer renderer, Comparison comparison, String dir) {
        this.renderer = renderer;
        this.comparison = comparison;
        this.dir = dir;
    }

    void renderInto(SortedMap<String, byte[]> files) {
        Story story = comparison.analysis().story();
        List<SourceView> sources = story.sources().stream().map(SourceView::of).toList();
        Map<String, Object> ctx = base(story);
        ctx.put("sources", sources);
        ctx.put("clusterCount", comparison.analysis().clusters().size());
        ctx.put("statementCount", comparison.analysis().statements().size());
        ctx.put("speakerCount", comparison.analysis().speakers().size());
        ctx.put("storyRoot", "");
        files.put(dir + "index.html", renderer.page("story", dir + "index.html", ctx));
        for (Source s : story.sources()) {
            Map<String, Object> sc = base(story);
            sc.put("source", SourceView.of(s));
            sc.put("storyRoot", "../");
            String path = dir + "sources/" + s.id() + ".html";
            files.put(path, renderer.page("source", path, sc));
        }
    }

    private Map<String, Object> base(Story story) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("story", new StoryView(story.slug(), story.title(), "index.html", story.sources().size(),
                comparison.analysis().clusters().size()));
        ctx.put("multi", !dir.isEmpty());
        return ctx;
    }
}

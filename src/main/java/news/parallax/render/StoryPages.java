package news.parallax.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;

/**
 * The pages of one story, rendered under a folder of the site ("" for a one-story site): the
 * overview, one page per source, cluster and speaker, the speakers, framing, citations, timeline and
 * search pages, and the search index.
 */
final class StoryPages {
    private final SiteRenderer renderer;
    private final StoryModel m;
    private final Rows rows;
    private final String dir;
    /** The story as its pages show it (the same on every page: made once). */
    private final StoryView view;
    /** The navigation lists made so far, by the page's depth and the current item (the same on many pages). */
    private final Map<String, List<Views.Link>> navs = new HashMap<>();
    /** Where the story's pages are written, one after another (its buffer serves them all). */
    private final PageWriter out = new PageWriter();

    StoryPages(SiteRenderer renderer, Comparison comparison, String dir) {
        this.renderer = renderer;
        this.m = new StoryModel(comparison);
        this.rows = new Rows(m);
        this.dir = dir;
        this.view = StoryView.of(m.story, List.copyOf(m.clusters.values()), "index.html");
    }

    /** The paths of the story's HTML pages, relative to the site root, in the order written. */
    void renderInto(SortedMap<String, byte[]> files) {
        overview(files);
        for (Source s : m.story.sources()) {
            source(files, s);
        }
        for (Cluster c : m.ordered) {
            cluster(files, c);
        }
        speakers(files);
        framing(files);
        citations(files);
        timeline(files);
        search(files);
    }

    /** A source's body word count, as its page shows it (counted once per story). */
    int words(Source s) {
        return m.view(s).words();
    }

    private void put(SortedMap<String, byte[]> files, String template, String page, Map<String, Object> ctx) {
        files.put(dir + page, renderer.page(template, dir + page, ctx, out));
    }

    /** The context every story page has: the story, its navigation and the way back to its folder. */
    private Map<String, Object> base(String page, String current) {
        Map<String, Object> ctx = new HashMap<>();
        String storyRoot = "../".repeat(depth(page));
        ctx.put("story", view);
        ctx.put("multi", !dir.isEmpty());
        ctx.put("storyRoot", storyRoot);
        ctx.put("nav", navs.computeIfAbsent(storyRoot + "\n" + current, k -> nav(page, storyRoot, current)));
        ctx.put("scripts", List.of());
        ctx.put("speakersCrumb", false); // a speaker's page adds the speakers to its breadcrumb
        return ctx;
    }

    /** The story's navigation on a page {@code storyRoot} below its folder, {@code current} marked. */
    private List<Views.Link> nav(String page, String storyRoot, String current) {
        List<Views.Link> nav = new ArrayList<>();
        String[][] items = {{"index.html", "Overview"}, {"speakers/index.html", "Speakers"},
            {"framing.html", "Framing"}, {"citations.html", "Citations"}, {"timeline.html", "Timeline"},
            {"search.html", "Search"}};
        for (String[] item : items) {
            nav.add(new Views.Link(storyRoot + item[0], item[1], item[1].equals(current)));
        }
        String root = SiteRenderer.rootOf(dir + page);
        if (!dir.isEmpty()) {
            nav.add(0, new Views.Link(root + "index.html", "All stories", false));
        }
        nav.add(new Views.Link(root + "methodology.html", "Methodology", false));
        return List.copyOf(nav);
    }

    /** How many folders down the story's folder {@code page} is. */
    private static int depth(String page) {
        int n = 0;
        for (int i = page.indexOf('/'); i >= 0; i = page.indexOf('/', i + 1)) {
            n++;
        }
        return n;
    }

    private void overview(SortedMap<String, byte[]> files) {
        Map<String, Object> ctx = base("index.html", "Overview");
        List<Views.ClusterRow> all = m.ordered.stream().map(c -> rows.row(c, "")).toList();
        int n = m.story.sources().size();
        ctx.put("sources", m.story.sources().stream().map(m::view).toList());
        // statements carried by several sources first; those of one source only are folded away below
        ctx.put("matrix", all.stream().filter(r -> r.count() > 1 || n == 1).toList());
        ctx.put("singles", all.stream().filter(r -> r.count() <= 1 && n > 1).toList());
        ctx.put("columns", m.story.sources().stream().map(s -> new Views.Link(s.id(), s.label(), false)).toList());
        ctx.put("everyone", all.stream().filter(r -> r.count() == n && n > 1).toList());
        ctx.put("differ", all.stream().filter(Views.ClusterRow::differs).toList());
        List<Map<String, Object>> only = new ArrayList<>();
        for (Source s : m.story.sources()) {
            List<Views.ClusterRow> list = rows.rows(m.comparison.exclusives().getOrDefault(s.id(), List.of()), "");
            if (!list.isEmpty()) {
                only.add(Map.of("source", s.label(), "href", "sources/" + s.id() + ".html", "rows", list));
            }
        }
        ctx.put("only", only);
        ctx.put("numbers", numbers());
        ctx.put("speakers", rows.speakerRefs(""));
        ctx.put("chartHtml", coverageChart());
        put(files, "story", "index.html", ctx);
    }

    private List<Map<String, Object>> numbers() {
        long quotes = m.statements.values().stream().filter(s -> s.kind() == Statement.Kind.QUOTE).count();
        long claims = m.statements.size() - quotes;
        int n = m.story.sources().size();
        long shared = m.ordered.stream().filter(c -> c.sources().size() == n && n > 1).count();
        long single = m.ordered.stream().filter(c -> c.sources().size() == 1).count();
        long several = m.ordered.stream().filter(c -> c.sources().size() > 1).count();
        long differ = m.ordered.stream().filter(c -> rows.row(c, "").differs()).count();
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(Map.of("value", n, "label", n == 1 ? "source" : "sources"));
        list.add(Map.of("value", quotes, "label", quotes == 1 ? "quote" : "quotes"));
        list.add(Map.of("value", claims, "label", claims == 1 ? "claim" : "claims"));
        list.add(Map.of("value", m.speakers.size(), "label", m.speakers.size() == 1 ? "speaker" : "speakers"));
        list.add(Map.of("value", m.clusters.size(), "label", "statements compared"));
        // the two that add up to the statements compared, side by side; then those of all sources, of them
        if (n > 1) {
            list.add(Map.of("value", several, "label", "reported by two or more sources"));
        }
        list.add(Map.of("value", single, "label", "reported by one source only"));
        list.add(Map.of("value", shared, "label", "reported by every source"));
        list.add(Map.of("value", differ, "label", "worded or told differently"));
        return list;
    }

    private String coverageChart() {
        List<Svg.Bar> bars = new ArrayList<>();
        for (Source s : m.story.sources()) {
            long carried = m.ordered.stream().filter(c -> c.sources().contains(s.id())).count();
            int alone = m.comparison.exclusives().getOrDefault(s.id(), List.of()).size();
            bars.add(new Svg.Bar(s.label(), carried,
                    String.format(Locale.ROOT, "%d of %d (%d only here)", carried, m.clusters.size(), alone)));
        }
        return Svg.bars("coverage-chart", "Statements each source carried",
                "For each source, how many of the " + m.clusters.size()
                        + " matched statements it carried, and how many only it carried.", bars);
    }

    private void source(SortedMap<String, byte[]> files, Source s) {
        String page = "sources/" + s.id() + ".html";
        Map<String, Object> ctx = base(page, "");
        List<Statement> own = m.statements.values().stream().filter(st -> st.source().equals(s.id())).toList();
        Map<String, Marker.Look> looks = new HashMap<>();
        for (Statement st : own) {
            looks.put(st.id(), rows.look(st, "../"));
        }
        Marker.Result marked = Marker.mark(s, own, looks);
        ctx.put("source", m.view(s));
        ctx.put("paragraphsHtml", marked.paragraphs());
        ctx.put("loose", marked.unplaced().stream().map(st -> new Views.Loose(st.id(), st.kind().jsonName(),
                st.text(), m.clusterOf.containsKey(st.id()) ? "../clusters/" + m.clusterOf.get(st.id()).id() + ".html" : ""))
                .toList());
        ctx.put("legend", rows.speakerRefs("../").stream()
                .filter(r -> own.stream().anyMatch(st -> st.speaker().filter(r.id()::equals).isPresent())).toList());
        ctx.put("hasUnattributed", own.stream().anyMatch(st -> st.speaker().isEmpty()));
        ctx.put("notes", rows.notes(s, "../"));
        put(files, "source", page, ctx);
    }

    private void cluster(SortedMap<String, byte[]> files, Cluster c) {
        String page = "clusters/" + c.id() + ".html";
        Map<String, Object> ctx = base(page, "");
        Statement base = m.base(c);
        List<Views.Version> versions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Statement, String> labels = new IdentityHashMap<>();
        for (Statement st : m.members(c)) {
            int nth = seen.merge(st.source(), 1, Integer::sum);
            labels.put(st, m.label(st.source()) + (nth > 1 ? " (statement " + nth + ")" : ""));
        }
        // the sources with a passage that reads as the base does (its words, all or in part, or words another prints)
        java.util.Set<String> asBase = new java.util.HashSet<>();
        for (Statement st : m.members(c)) {
            if (m.sameWording(base, st) || !m.sameWordsInPart(base, st).isEmpty() || m.sameWordsAs(c, st).isPresent()) {
                asBase.add(st.source());
            }
        }
        for (Statement st : m.members(c)) {
            boolean same = m.sameWording(base, st);
            String inPart = same ? "" : m.sameWordsInPart(base, st);
            Optional<Statement> elsewhere = same || !inPart.isEmpty() ? Optional.empty() : m.sameWordsAs(c, st);
            String sameAs = elsewhere.map(o -> "same words as " + labels.get(o)
                    + (m.sameWording(o, st) ? "" : ", in part")).orElse("");
            inPart = elsewhere.isPresent() ? "elsewhere" : inPart;
            // a source's other passage, where another of its passages reads as the base: its own second wording,
            // no difference between outlets, so printed as it stands (only differences between outlets are marked)
            if (!same && inPart.isEmpty() && asBase.contains(st.source())) {
                inPart = "own";
            }
            WordDiff.Marked marked = same || !inPart.isEmpty() ? new WordDiff.Marked(Html.escape(st.text().strip()), false)
                    : WordDiff.readable(base.text(), st.text(), st.kind() != Statement.Kind.QUOTE);
            versions.add(new Views.Version(labels.get(st), "../sources/" + st.source() + ".html",
                    "../sources/" + st.source() + ".html#" + st.id(), marked.html(),
                    st == base, same, inPart, marked.reworded(), st.kind() != Statement.Kind.QUOTE, st.verb().orElse(""),
                    st.partial(), sameAs));
        }
        Optional<Speaker> speaker = m.speaker(c);
        List<Source> carrying = m.story.sources().stream().filter(s -> c.sources().contains(s.id())).toList();
        ctx.put("cluster", rows.row(c, "../"));
        ctx.put("versions", versions);
        ctx.put("baseShared", versions.stream().filter(v -> v.sameAsBase()).count() > 1);
        ctx.put("anyReworded", versions.stream().anyMatch(Views.Version::reworded));
        ctx.put("anyStruck", versions.stream().anyMatch(v -> !v.base() && !v.sameAsBase() && v.inPart().isEmpty()
                && !v.reworded()));
        // whether any wording is marked against the base (none when every other passage is the base's source's own)
        ctx.put("anyMarked", versions.stream().anyMatch(v -> !v.base() && !v.sameAsBase() && v.inPart().isEmpty()));
        ctx.put("anyOwn", versions.stream().anyMatch(v -> v.inPart().equals("own")));
        ctx.put("speaker", speaker.map(sp -> rows.speakerRef(sp, "../")).orElse(null));
        ctx.put("missing", m.labels(m.story.sources().stream().map(Source::id)
                .filter(id -> !c.sources().contains(id)).toList()));
        ctx.put("jsonLd", JsonLd.of(c, Html.tidy(base.text()), speaker, carrying));
        put(files, "cluster", page, ctx);
    }

    private void speakers(SortedMap<String, byte[]> files) {
        Map<String, Object> ctx = base("speakers/index.html", "Speakers");
        ctx.put("speakers", rows.speakerRefs("../"));
        put(files, "speakers", "speakers/index.html", ctx);
        for (Speaker sp : m.speakers.values()) {
            String page = "speakers/" + sp.id() + ".html";
            Map<String, Object> sc = base(page, "");
            sc.put("speaker", rows.speakerRef(sp, "../"));
            sc.put("aliases", String.join(", ", sp.aliases()));
            sc.put("statements", rows.speakerStatements(sp, "../"));
            sc.put("titlesByOutlet", rows.titlesByOutlet(sp));
            put(files, "speaker", page, sc);
        }
    }

    private void framing(SortedMap<String, byte[]> files) {
        Map<String, Object> ctx = base("framing.html", "Framing");
        List<Views.Distinctive> list = new ArrayList<>();
        for (Source s : m.story.sources()) {
            List<Views.Term> terms = rows.terms(s.id());
            List<Svg.Bar> bars = terms.stream().limit(12)
                    .map(t -> new Svg.Bar(t.term(), Double.parseDouble(t.z()), "z = " + t.z())).toList();
            String chart = bars.isEmpty() ? "" : Svg.bars("framing-" + s.id(), "Distinctive words of " + s.label(),
                    "Words " + s.label() + " uses more than the other sources, by z-score of the weighted log-odds.",
                    bars);
            list.add(new Views.Distinctive(s.label(), "sources/" + s.id() + ".html", terms, chart));
        }
        ctx.put("distinctive", list);
        ctx.put("contrasts", m.comparison.loadedTerms().stream().map(t -> new Views.Contrast(m.label(t.source()),
                t.loaded(), t.neutral(), m.labels(t.neutralSources()))).toList());
        put(files, "framing", "framing.html", ctx);
    }

    private void citations(SortedMap<String, byte[]> files) {
        Map<String, Object> ctx = base("citations.html", "Citations");
        List<Views.CitationRow> list = rows.citations(m.comparison.citations(), "");
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        List<Svg.Edge> edges = new ArrayList<>();
        for (Views.CitationRow r : list) {
            String cited = r.cited() + " (" + r.kind() + ")";
            if (!left.contains(r.source())) {
                left.add(r.source());
            }
            if (!right.contains(cited)) {
                right.add(cited);
            }
            edges.add(new Svg.Edge(r.source(), cited, r.count()));
        }
        ctx.put("citations", list);
        ctx.put("chartHtml", list.isEmpty() ? "" : Svg.graph("citation-graph", "Who cites whom",
                "Sources on the left, the outlets, agencies and officials they cite on the right;"
                        + " thicker lines mean more citations.", left, right, edges));
        put(files, "citations", "citations.html", ctx);
    }

    private void timeline(SortedMap<String, byte[]> files) {
        Map<String, Object> ctx = base("timeline.html", "Timeline");
        // by identity: the same sources are looked up, and equal sources have equal times (a record's
        // hashCode would hash every block of the article, through method handles a cold JVM spins first)
        Map<Source, Times.Moment> known = new IdentityHashMap<>();
        for (Source s : m.story.sources()) {
            s.published().flatMap(Times::read).ifPresent(t -> known.put(s, t));
        }
        List<Source> sorted = new ArrayList<>(m.story.sources());
        // a date alone after the times of its day; sources without a readable time last
        sorted.sort(java.util.Comparator.comparing((Source s) -> known.get(s), java.util.Comparator.nullsLast(Times.Moment.ORDER))
                .thenComparing(Source::id));
        List<Views.TimelineRow> list = sorted.stream().map(s -> new Views.TimelineRow(s.label(),
                "sources/" + s.id() + ".html", s.published().orElse(""), known.containsKey(s) ? datetime(known.get(s)) : "",
                known.containsKey(s) && known.get(s).dateOnly())).toList();
        ctx.put("timeline", list);
        // every known time one date without a time of day: an axis would show one point and an order not known
        List<java.time.Instant> dates = known.values().stream().map(Times.Moment::at).distinct().toList();
        boolean oneDate = known.size() > 1 && dates.size() == 1 && known.values().stream().allMatch(Times.Moment::dateOnly);
        ctx.put("oneDate", oneDate ? datetime(known.values().iterator().next()) : "");
        ctx.put("allDated", known.size() == m.story.sources().size());
        ctx.put("chartHtml", oneDate ? "" : timelineChart(sorted, known));
        put(files, "timeline", "timeline.html", ctx);
    }

    /** The {@code datetime} of a time element: the instant in UTC, or the date alone when only a date was given. */
    private static String datetime(Times.Moment t) {
        return t.dateOnly() ? t.at().atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString() : t.at().toString();
    }

    private static String timelineChart(List<Source> sorted, Map<Source, Times.Moment> known) {
        if (known.isEmpty()) {
            return "";
        }
        long min = known.values().stream().mapToLong(t -> t.at().getEpochSecond()).min().orElse(0);
        long max = known.values().stream().mapToLong(t -> t.at().getEpochSecond()).max().orElse(0);
        List<Svg.Point> points = new ArrayList<>();
        for (Source s : sorted) {
            if (known.containsKey(s)) {
                long t = known.get(s).at().getEpochSecond();
                double at = max == min ? 0.5 : (t - min) / (double) (max - min);
                points.add(new Svg.Point(s.label(), at, s.published().orElse("") + (known.get(s).dateOnly() ? " (date only)" : "")));
            }
        }
        return Svg.timeline("timeline-chart", "Publication times",
                "Each source with a known publication time, earliest first, placed along a time axis.", points,
                axisEnd(known, min), axisEnd(known, max));
    }

    /** An end of the time axis in UTC: a date alone when only dates without a time fall there (no made-up 00:00). */
    private static String axisEnd(Map<Source, Times.Moment> known, long second) {
        boolean dateOnly = known.values().stream().filter(t -> t.at().getEpochSecond() == second)
                .allMatch(Times.Moment::dateOnly);
        return java.time.format.DateTimeFormatter.ofPattern(dateOnly ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochSecond(second));
    }

    private void search(SortedMap<String, byte[]> files) {
        Map<String, Object> ctx = base("search.html", "Search");
        ctx.put("scripts", List.of("search-index.js", SiteRenderer.rootOf(dir + "search.html") + "assets/search.js"));
        put(files, "search", "search.html", ctx);
        String index = SearchIndex.json(rows.searchEntries()); // written once, used twice
        files.put(dir + "search-index.json", SearchIndex.file(index));
        files.put(dir + "search-index.js", SearchIndex.script(index));
    }
}

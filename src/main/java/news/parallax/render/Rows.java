package news.parallax.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;

/**
 * Turns the parts of one story into the views pages list: cluster rows, speaker references, the
 * notes beside a source, citation rows and search entries. {@code up} is the path from the page
 * being rendered to the story's folder ("" or "../").
 */
final class Rows {
    private final StoryModel m;
    private final java.util.Map<String, Views.ClusterRow> cache = new java.util.HashMap<>();
    /** Of each cluster, what its rows on every page share. */
    private final java.util.Map<String, Core> cores = new java.util.HashMap<>();
    /** Each source's text in lower case, made once (every speaker's titles are looked for in it). */
    private final java.util.Map<String, String> lowered = new java.util.HashMap<>();
    private final java.util.Map<String, Views.SpeakerRef> refs = new java.util.HashMap<>();
    private final java.util.Map<String, List<Views.SpeakerRef>> refLists = new java.util.HashMap<>();
    /** By speaker id (made on first use, {@link #bySpeaker}): clusters with a member the speaker said. */
    private java.util.Map<String, List<Cluster>> clustersBySpeaker;
    /** By speaker id: the speaker's statements that no cluster holds. */
    private java.util.Map<String, List<Statement>> aloneBySpeaker;
    /** By speaker id: the sources of the speaker's statements. */
    private java.util.Map<String, java.util.Set<String>> sourcesBySpeaker;

    Rows(StoryModel m) {
        this.m = m;
    }

    Views.ClusterRow row(Cluster c, String up) {
        return cache.computeIfAbsent(up + "\n" + c.id(), k -> build(c, up));
    }

    /** What a cluster's rows share whatever the page: its text, speaker and differences (made once per cluster). */
    private record Core(String text, String brief, String speaker, List<Views.DifferenceView> diffs,
            String carriedBy, boolean differs) {}

    /** The wording note {@link #wording} adds, and whether it is a difference between sources (not within one). */
    private record Note(Views.DifferenceView view, boolean between) {}

    private Core core(Cluster c) {
        return cores.computeIfAbsent(c.id(), id -> {
            List<Views.DifferenceView> diffs = new ArrayList<>(c.differences().stream()
                    .map(d -> new Views.DifferenceView(d.kind(), d.detail(), m.labels(d.sources()))).toList());
            boolean differs = c.differences().stream().anyMatch(d -> betweenSources(c, d.sources()));
            Optional<Note> note = wording(c);
            note.map(Note::view).ifPresent(diffs::add);
            differs = c.sources().size() > 1 && (differs || note.filter(Note::between).isPresent());
            String speaker = m.speaker(c).map(Speaker::name).orElse("");
            String text = Html.tidy(m.base(c).text());
            return new Core(text, Html.shorten(text, 160), speaker, diffs, m.labels(c.sources()), differs);
        });
    }

    /**
     * Whether a difference compare reported is one between sources: it names two or more, or one that prints
     * the statement once (that source against the others). One source alone that prints it in several
     * passages differs from itself.
     */
    private boolean betweenSources(Cluster c, List<String> sources) {
        List<String> named = sources.stream().distinct().toList();
        return named.size() > 1 || named.size() == 1
                && m.members(c).stream().filter(s -> s.source().equals(named.get(0))).count() == 1;
    }

    private Views.ClusterRow build(Cluster c, String up) {
        List<Views.Cell> cells = new ArrayList<>();
        for (Source s : m.story.sources()) {
            Optional<Statement> st = m.memberIn(c, s.id());
            cells.add(new Views.Cell(s.label(), st.isPresent(),
                    st.map(x -> up + "sources/" + s.id() + ".html#" + x.id()).orElse("")));
        }
        Core core = core(c);
        return new Views.ClusterRow(c.id(), up + "clusters/" + c.id() + ".html", c.kind().jsonName(),
                core.text(), core.brief(), core.speaker(), c.sources().size(), m.story.sources().size(), cells,
                core.diffs(), core.carriedBy(), core.differs());
    }

    /**
     * When compare reported no wording difference but the members' wordings differ word by word, a
     * plain note saying which sources word it differently, so that the page never shows marked
     * differences under "no difference". A source that prints the statement twice, once as the base
     * wording (or in part) and once in other words, differs from itself, not from the other sources.
     */
    private Optional<Note> wording(Cluster c) {
        if (c.differences().stream().anyMatch(d -> d.kind().equals("wording"))) {
            return Optional.empty();
        }
        Statement base = m.base(c);
        List<Statement> members = m.members(c);
        // the base's words, all or in part, or a quote of words another passage prints (see StoryPages.cluster)
        java.util.function.Predicate<Statement> asBase = s -> m.sameWording(base, s) || !m.sameWordsInPart(base, s).isEmpty()
                || m.sameWordsAs(c, s).isPresent();
        List<String> differ = members.stream().filter(asBase.negate()).map(Statement::source).distinct().toList();
        if (differ.isEmpty()) {
            return Optional.empty();
        }
        if (c.sources().size() == 1) {
            long passages = members.size();
            return Optional.of(new Note(new Views.DifferenceView("wording", m.label(base.source()) + " prints it "
                    + (passages == 2 ? "twice" : "in " + passages + " passages") + ", worded differently;"
                    + " no other source carried it.", ""), false));
        }
        // sources none of whose passages read as the base does, and sources that also print it a second time
        List<String> apart = differ.stream().filter(id -> !id.equals(base.source())
                && members.stream().noneMatch(s -> s.source().equals(id) && asBase.test(s))).toList();
        List<String> twice = differ.stream().filter(id -> !apart.contains(id)).toList();
        String again = twice.isEmpty() ? "" : " " + m.labels(twice) + (twice.size() == 1 ? " also prints" : " also print")
                + " it in other words.";
        if (apart.isEmpty()) {
            return Optional.of(new Note(new Views.DifferenceView("wording", again.strip()
                    + " The sources do not word it differently from one another.", ""),
                    false));
        }
        // a claim is an outlet's own sentence: two outlets wording a fact each its own way do not differ on it
        boolean ownWords = base.kind() == Statement.Kind.CLAIM && members.stream()
                .filter(s -> apart.contains(s.source()) && !asBase.test(s)).allMatch(s -> s.kind() == Statement.Kind.CLAIM);
        if (ownWords) {
            return Optional.of(new Note(new Views.DifferenceView("wording", m.labels(apart)
                    + (apart.size() == 1 ? " words it in its own words" : " word it in their own words")
                    + ", as outlets do with a fact they report (a claim, not a quote); the words not in "
                    + m.label(base.source()) + "’s are underlined." + again, ""), false));
        }
        return Optional.of(new Note(new Views.DifferenceView("wording", m.labels(apart)
                + (apart.size() == 1 ? " words" : " word") + " it differently from " + m.label(base.source())
                + ", the wording the others are compared with; the changed words are marked." + again, ""), true));
    }

    List<Views.ClusterRow> rows(List<String> clusterIds, String up) {
        return clusterIds.stream().filter(m.clusters::containsKey).map(id -> row(m.clusters.get(id), up)).toList();
    }

    /** A speaker as pages link to it (made once per speaker and path: every source page lists them). */
    Views.SpeakerRef speakerRef(Speaker sp, String up) {
        return refs.computeIfAbsent(up + "\n" + sp.id(), k -> newSpeakerRef(sp, up));
    }

    private Views.SpeakerRef newSpeakerRef(Speaker sp, String up) {
        long quotes = m.statements.values().stream()
                .filter(s -> s.kind() == Statement.Kind.QUOTE && s.speaker().filter(sp.id()::equals).isPresent()).count();
        long claims = m.statements.values().stream()
                .filter(s -> s.kind() == Statement.Kind.CLAIM && s.speaker().filter(sp.id()::equals).isPresent()).count();
        // two speakers printed alike ("a campaign aide" in two outlets, kept apart) are told apart by their sources
        List<Speaker> alike = m.speakers.values().stream()
                .filter(o -> o != sp && o.name().equalsIgnoreCase(sp.name())).toList();
        java.util.Set<String> crediting = crediting(sp);
        String where = alike.isEmpty() ? "" : m.labels(m.story.sources().stream().map(Source::id)
                .filter(crediting::contains).toList());
        String titles = String.join(", ", Titles.merged(sp.titles()));
        return new Views.SpeakerRef(sp.id(), sp.name(), where, said(sp, alike, crediting, titles),
                up + "speakers/" + sp.id() + ".html", m.speakerNumbers.get(sp.id()), m.colour(Optional.of(sp.id())),
                titles, (int) quotes, (int) claims);
    }

    /** The sources that credit a statement to the speaker. */
    private java.util.Set<String> crediting(Speaker sp) {
        java.util.Set<String> crediting = new java.util.HashSet<>();
        m.statements.values().stream().filter(s -> s.speaker().filter(sp.id()::equals).isPresent())
                .forEach(s -> crediting.add(s.source()));
        return crediting;
    }

    /**
     * For a speaker printed alike as another credited in one of the same sources ("Critics" twice in one article,
     * told apart by the extraction), where the sources do not tell them apart and the titles do not either: the
     * opening words of the first quote credited to them (else of the first claim), in quotation marks; else "".
     */
    private String said(Speaker sp, List<Speaker> alike, java.util.Set<String> crediting, String titles) {
        List<Speaker> sharing = alike.stream().filter(o -> crediting(o).stream().anyMatch(crediting::contains)).toList();
        if (sharing.isEmpty() || !titles.isEmpty() && sharing.stream()
                .noneMatch(o -> String.join(", ", Titles.merged(o.titles())).equalsIgnoreCase(titles))) {
            return "";
        }
        // their own words first: a quote, else a claim (which may hold a quote in quotation marks of its own)
        List<Statement> theirs = m.statements.values().stream().filter(s -> s.speaker().filter(sp.id()::equals).isPresent())
                .toList();
        return theirs.stream().filter(s -> s.kind() == Statement.Kind.QUOTE).findFirst().or(() -> theirs.stream().findFirst())
                .map(s -> "\u201c" + Html.shorten(Html.tidy(s.text()), 48) + "\u201d").orElse("");
    }

    List<Views.SpeakerRef> speakerRefs(String up) {
        return refLists.computeIfAbsent(up, u -> m.speakers.values().stream().map(sp -> speakerRef(sp, u)).toList());
    }

    /** How a statement is tagged in its article: kind letter and speaker number, colour, cluster link. */
    Marker.Look look(Statement st, String up) {
        boolean quote = st.kind() == Statement.Kind.QUOTE;
        Optional<Speaker> sp = st.speaker().map(m.speakers::get);
        String tag = (quote ? "Q" : "C") + sp.map(x -> String.valueOf(m.speakerNumbers.get(x.id()))).orElse("");
        String who = sp.map(x -> " by " + x.name()).orElse("");
        Optional<String> href = Optional.ofNullable(m.clusterOf.get(st.id()))
                .map(c -> up + "clusters/" + c.id() + ".html");
        String description = (quote ? "quote" : "claim") + who
                + (href.isPresent() ? ": compare across sources" : "");
        return new Marker.Look(tag, m.colour(st.speaker()), href, description);
    }

    Views.SourceNotes notes(Source s, String up) {
        return new Views.SourceNotes(rows(m.comparison.exclusives().getOrDefault(s.id(), List.of()), up),
                rows(m.comparison.omissions().getOrDefault(s.id(), List.of()), up), terms(s.id()),
                citations(m.comparison.citations().stream().filter(c -> c.source().equals(s.id())).toList(), up));
    }

    List<Views.Term> terms(String sourceId) {
        return m.comparison.distinctive().getOrDefault(sourceId, List.of()).stream()
                .map(t -> new Views.Term(t.term(), String.format(Locale.ROOT, "%.2f", t.zScore()), t.count()))
                .toList();
    }

    List<Views.CitationRow> citations(List<Comparison.Citation> citations, String up) {
        return citations.stream().map(c -> new Views.CitationRow(m.label(c.source()),
                up + "sources/" + c.source() + ".html", c.cited(), c.kind(), c.count())).toList();
    }

    /** Every statement of a speaker: one line per cluster, one per statement in no cluster. */
    List<Views.SpeakerStatement> speakerStatements(Speaker sp, String up) {
        List<Views.SpeakerStatement> list = new ArrayList<>();
        bySpeaker();
        for (Cluster c : clustersBySpeaker.getOrDefault(sp.id(), List.of())) {
            // the sources that credit the words to this speaker, named when others carry them uncredited or credited elsewhere
            List<String> crediting = m.members(c).stream().filter(st -> st.speaker().filter(sp.id()::equals).isPresent())
                    .map(Statement::source).distinct().toList();
            list.add(new Views.SpeakerStatement(c.kind().jsonName(), Html.tidy(m.base(c).text()),
                    up + "clusters/" + c.id() + ".html", m.labels(c.sources()), c.sources().size(),
                    crediting.size() < c.sources().size() ? m.labels(crediting) : ""));
        }
        for (Statement s : aloneBySpeaker.getOrDefault(sp.id(), List.of())) {
            list.add(new Views.SpeakerStatement(s.kind().jsonName(), Html.tidy(s.text()),
                    up + "sources/" + s.source() + ".html#" + s.id(), m.label(s.source()), 1, ""));
        }
        return list;
    }

    /**
     * Indexes the story's statements by speaker once (each speaker's page asked every cluster and statement
     * of the story): the clusters in page order that have a member the speaker said, the statements in story
     * order that the speaker said and no cluster holds, and the sources of each speaker's statements.
     */
    private void bySpeaker() {
        if (clustersBySpeaker != null) {
            return;
        }
        clustersBySpeaker = new java.util.HashMap<>();
        aloneBySpeaker = new java.util.HashMap<>();
        sourcesBySpeaker = new java.util.HashMap<>();
        for (Cluster c : m.ordered) {
            java.util.Set<String> said = new java.util.HashSet<>();
            for (Statement s : m.members(c)) {
                s.speaker().filter(said::add)
                        .ifPresent(id -> clustersBySpeaker.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
            }
        }
        for (Statement s : m.statements.values()) {
            if (s.speaker().isPresent()) {
                String id = s.speaker().get();
                sourcesBySpeaker.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(s.source());
                if (!m.clusterOf.containsKey(s.id())) {
                    aloneBySpeaker.computeIfAbsent(id, k -> new ArrayList<>()).add(s);
                }
            }
        }
    }

    /** For each source that names the speaker, the speaker's titles that appear in its text. */
    List<Views.OutletTitles> titlesByOutlet(Speaker sp) {
        List<Views.OutletTitles> list = new ArrayList<>();
        bySpeaker();
        java.util.Set<String> sources = sourcesBySpeaker.getOrDefault(sp.id(), java.util.Set.of());
        for (Source s : m.story.sources()) {
            String text = lowered.computeIfAbsent(s.id(), id -> s.text().toLowerCase(Locale.ROOT));
            boolean names = sources.contains(s.id()) || text.contains(sp.name().toLowerCase(Locale.ROOT));
            if (!names) {
                continue;
            }
            List<String> found = sp.titles().stream().filter(t -> text.contains(t.toLowerCase(Locale.ROOT))).toList();
            // "Mayor" adds nothing beside "the mayor"
            List<String> titles = Titles.merged(found.stream().filter(t -> found.stream().noneMatch(u -> u.length() > t.length()
                    && u.toLowerCase(Locale.ROOT).contains(t.toLowerCase(Locale.ROOT)))).toList());
            list.add(new Views.OutletTitles(s.label(), titles.isEmpty() ? "no title given" : String.join("; ", titles)));
        }
        return list;
    }

    List<SearchIndex.Entry> searchEntries() {
        List<SearchIndex.Entry> list = new ArrayList<>();
        for (Cluster c : m.ordered) {
            String who = m.speaker(c).map(sp -> sp.name() + " \u00b7 ").orElse("");
            list.add(new SearchIndex.Entry(c.kind().jsonName(), Html.tidy(m.base(c).text()),
                    who + m.labels(c.sources()), "clusters/" + c.id() + ".html"));
        }
        for (Statement s : m.statements.values()) {
            if (!m.clusterOf.containsKey(s.id())) {
                String who = s.speaker().map(m.speakers::get).map(sp -> sp.name() + " \u00b7 ").orElse("");
                list.add(new SearchIndex.Entry(s.kind().jsonName(), Html.tidy(s.text()), who + m.label(s.source()),
                        "sources/" + s.source() + ".html#" + s.id()));
            }
        }
        for (Speaker sp : m.speakers.values()) {
            List<String> detail = new ArrayList<>(sp.titles());
            detail.addAll(sp.aliases());
            list.add(new SearchIndex.Entry("speaker", sp.name(), String.join(", ", detail),
                    "speakers/" + sp.id() + ".html"));
        }
        return list;
    }
}

package news.parallax.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * Lookups over one compared story that every page needs: statements, clusters and speakers by id,
 * the cluster of each statement, the base ("most common") wording of each cluster, and the clusters
 * in coverage order. Built once per story.
 */
final class StoryModel {
    /** Hues of the speakers' marks (light and dark in the style sheet). */
    static final int HUES = 8;
    /** Looks of the speakers' marks: each hue plain, hatched and dotted (classes sp-0 to sp-23). */
    static final int LOOKS = HUES * 3;

    final Comparison comparison;
    final Story story;
    final Map<String, Statement> statements = new LinkedHashMap<>();
    final Map<String, Cluster> clusters = new LinkedHashMap<>();
    final Map<String, Speaker> speakers = new LinkedHashMap<>();
    final Map<String, Integer> speakerNumbers = new HashMap<>();
    final Map<String, Cluster> clusterOf = new HashMap<>();
    final List<Cluster> ordered = new ArrayList<>();
    private final Map<String, Statement> bases = new HashMap<>();
    /** Of each cluster, its members (computed once: every row and page asks for them). */
    private final Map<String, List<Statement>> memberLists = new HashMap<>();
    /** Of each source, its view (computed once: the overview and its page show it; words are counted). */
    private final Map<String, SourceView> sourceViews = new HashMap<>();
    /** Of each cluster, its speaker ({@link #speaker}), found once. */
    private final Map<String, Optional<Speaker>> clusterSpeakers = new HashMap<>();
    /** Of each source id, the label of the first source with it. */
    private final Map<String, String> labels = new HashMap<>();
    /** Of each statement, its wording as compared tokens ({@link WordDiff#keys}), computed once. */
    private final Map<String, List<String>> wordings = new HashMap<>();
    /** Of each speaker, the look of its marks ({@link #looks}). */
    private final Map<String, Integer> looks = new HashMap<>();

    StoryModel(Comparison comparison) {
        this.comparison = comparison;
        this.story = comparison.analysis().story();
        story.sources().forEach(s -> labels.putIfAbsent(s.id(), s.label()));
        comparison.analysis().statements().forEach(s -> statements.put(s.id(), s));
        // the most quoted first (then in the analysis' order): the speakers table and the numbers of the marks
        Map<String, Integer> counts = new HashMap<>();
        comparison.analysis().statements().forEach(s -> s.speaker().ifPresent(sp -> counts.merge(sp, 1, Integer::sum)));
        List<Speaker> byCount = new ArrayList<>(comparison.analysis().speakers());
        byCount.sort(Comparator.comparingInt((Speaker sp) -> -counts.getOrDefault(sp.id(), 0)));
        byCount.forEach(s -> {
            speakers.put(s.id(), s);
            speakerNumbers.put(s.id(), speakerNumbers.size() + 1);
        });
        looks(byCount, comparison.analysis().statements());
        for (Cluster c : comparison.analysis().clusters()) {
            clusters.put(c.id(), c);
            c.statements().forEach(id -> clusterOf.putIfAbsent(id, c));
        }
        comparison.clusterOrder().stream().filter(clusters::containsKey).map(clusters::get).forEach(ordered::add);
        // with distinct ids (as the matcher gives them) two clusters are equal only if they are the same
        // object: a set by identity then holds the same clusters as a set by value, without hashing
        // every cluster's lists (a record's hashCode, whose method handles a cold JVM spins first)
        Set<Cluster> placed = clusters.size() == comparison.analysis().clusters().size()
                ? Collections.newSetFromMap(new IdentityHashMap<>()) : new HashSet<>();
        placed.addAll(ordered);
        for (Cluster c : comparison.analysis().clusters()) {
            if (placed.add(c)) {
                ordered.add(c);
            }
        }
    }

    SourceView view(Source s) {
        return sourceViews.computeIfAbsent(s.id(), id -> SourceView.of(s));
    }

    String label(String sourceId) {
        return labels.getOrDefault(sourceId, sourceId);
    }

    /** The labels of these sources, joined for reading ("A, B and C"). */
    String labels(List<String> sourceIds) {
        int n = sourceIds.size();
        if (n <= 1) {
            return n == 0 ? "" : label(sourceIds.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n - 1; i++) {
            out.append(i == 0 ? "" : ", ").append(label(sourceIds.get(i)));
        }
        return out.append(" and ").append(label(sourceIds.get(n - 1))).toString();
    }

    /** The member statements of a cluster that exist, in source order (an unmodifiable list). */
    List<Statement> members(Cluster c) {
        List<Statement> known = memberLists.get(c.id());
        if (known == null) {
            known = List.copyOf(findMembers(c));
            memberLists.put(c.id(), known);
        }
        return known;
    }

    /** Whether two statements have the same wording ({@link WordDiff#same}). */
    boolean sameWording(Statement a, Statement b) {
        return wording(a).equals(wording(b));
    }

    /**
     * How a partial quote's words sit in another member's wording when they are the same words: "part"
     * when {@code st} is partial and its words run, in order and unbroken, inside {@code base}'s;
     * "whole" when {@code base} is the partial one and its words run inside {@code st}'s; otherwise "".
     * Such a pair prints the same words, one quoting more of them than the other. Two passages of one
     * source count the same way whether or not the shorter is partial (the writer's sentence and,
     * elsewhere, the quote it holds), and so do two quotes, as compare counts them: one outlet quoting a
     * sentence more or less of a remark than another quotes the same words, not other words.
     */
    String sameWordsInPart(Statement base, Statement st) {
        boolean same = base.source().equals(st.source())
                || base.kind() == Statement.Kind.QUOTE && st.kind() == Statement.Kind.QUOTE;
        if ((st.partial() || same) && Collections.indexOfSubList(wording(base), wording(st)) >= 0) {
            return "part";
        }
        if ((base.partial() || same) && Collections.indexOfSubList(wording(st), wording(base)) >= 0) {
            return "whole";
        }
        return "";
    }

    /**
     * For a quote worded otherwise than the base, another source's passage in the cluster (not the base) that
     * prints all its words, in order and unbroken: an outlet quoting part of a remark another outlet quotes at
     * length prints the same words, whatever the base, a claim or another part of the remark, says.
     */
    Optional<Statement> sameWordsAs(Cluster c, Statement st) {
        if (st.kind() != Statement.Kind.QUOTE || wording(st).isEmpty()) {
            return Optional.empty();
        }
        Statement base = base(c);
        // another source's: a source's own sentence around its quote says nothing of how others word it
        return members(c).stream().filter(o -> o != base && !o.source().equals(st.source()))
                .filter(o -> Collections.indexOfSubList(wording(o), wording(st)) >= 0).findFirst();
    }

    /** The statement's wording as compared tokens ({@link WordDiff#keys}). */
    List<String> wording(Statement s) {
        return wordings.computeIfAbsent(s.id(), id -> WordDiff.keys(s.text()));
    }

    private List<Statement> findMembers(Cluster c) {
        List<Statement> list = new ArrayList<>();
        for (Source s : story.sources()) {
            for (String id : c.statements()) {
                Statement st = statements.get(id);
                if (st != null && st.source().equals(s.id())) {
                    list.add(st);
                }
            }
        }
        return list;
    }

    /**
     * The wording most members share; the cluster's headline text. Of wordings shared equally, the first
     * source's that reads on its own: one that opens like a sentence (a capital letter or a figure) or
     * reported speech (the whole clause a named speaker said, shown with the name), so that a clause cut
     * from a longer sentence ("while also ...") or a few quoted words head the cluster only when no
     * member reads better; else the first source's.
     */
    Statement base(Cluster c) {
        return bases.computeIfAbsent(c.id(), id -> commonest(c));
    }

    private Statement commonest(Cluster c) {
        List<Statement> members = members(c);
        if (members.isEmpty()) {
            throw new IllegalStateException("cluster " + c.id() + " names no known statement");
        }
        // one pass: count each wording (as compared tokens), keep the first statement of each
        Map<List<String>, Integer> counts = new HashMap<>();
        Map<List<String>, Statement> first = new LinkedHashMap<>();
        for (Statement s : members) {
            List<String> key = wording(s);
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, s);
        }
        Statement best = members.get(0);
        int bestCount = 0;
        for (Map.Entry<List<String>, Statement> e : first.entrySet()) {
            int count = counts.get(e.getKey());
            if (count > bestCount || count == bestCount && !readsAlone(best) && readsAlone(e.getValue())) {
                best = e.getValue();
                bestCount = count;
            }
        }
        return best;
    }

    private static boolean readsAlone(Statement s) {
        return s.kind() == Statement.Kind.CLAIM && s.speaker().isPresent() || opensSentence(s);
    }

    /** Whether the text's first letter or digit, past quotation marks and the like, is a capital or a digit. */
    static boolean opensSentence(Statement s) {
        String text = s.text();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c);
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** The speaker of the cluster: the speaker most of its members name, if any. */
    Optional<Speaker> speaker(Cluster c) {
        return clusterSpeakers.computeIfAbsent(c.id(), id -> findSpeaker(c));
    }

    private Optional<Speaker> findSpeaker(Cluster c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Statement s : members(c)) {
            s.speaker().filter(speakers::containsKey).ifPresent(id -> counts.merge(id, 1, Integer::sum));
        }
        // the first of the highest counts, as a stream's max by value keeps it
        Map.Entry<String, Integer> best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue().compareTo(best.getValue()) > 0) {
                best = e;
            }
        }
        return best == null ? Optional.empty() : Optional.ofNullable(speakers.get(best.getKey()));
    }

    String colour(Optional<String> speakerId) {
        return speakerId.filter(looks::containsKey).map(id -> "sp-" + looks.get(id)).orElse("sp-none");
    }

    /**
     * Gives each speaker, in number order, a look that no speaker already given one and credited in one of the
     * same sources has, a plain hue while one is free (the hue fewest speakers have so far), else a hatched one,
     * else a dotted one: on a source's page, where the marks of its speakers
     * stand side by side, no two speakers look alike while it credits no more than {@link #LOOKS} speakers (then
     * the looks repeat, in number order, and the numbers tell them apart). Speakers of different sources may share
     * a look: they never meet in one article.
     */
    private void looks(List<Speaker> inOrder, List<Statement> all) {
        Map<String, Set<String>> sourcesOf = new HashMap<>();
        for (Statement s : all) {
            s.speaker().ifPresent(id -> sourcesOf.computeIfAbsent(id, k -> new HashSet<>()).add(s.source()));
        }
        // of each source, the looks its speakers have so far; of each look, how many speakers have it
        Map<String, Set<Integer>> taken = new HashMap<>();
        int[] uses = new int[LOOKS];
        for (Speaker sp : inOrder) {
            Set<String> sources = sourcesOf.getOrDefault(sp.id(), Set.of());
            Set<Integer> near = new HashSet<>();
            sources.forEach(src -> near.addAll(taken.getOrDefault(src, Set.of())));
            // a plain hue before a pattern; of those, the least used in the story (lists of all speakers vary too)
            int look = -1;
            for (int l = 0; l < LOOKS; l++) {
                if (!near.contains(l) && (look < 0 || l / HUES == look / HUES && uses[l] < uses[look])) {
                    look = l;
                }
            }
            if (look < 0) {
                look = (speakerNumbers.get(sp.id()) - 1) % LOOKS;
            }
            uses[look]++;
            looks.put(sp.id(), look);
            for (String src : sources) {
                taken.computeIfAbsent(src, k -> new HashSet<>()).add(look);
            }
        }
    }

    /** The statement's first member of {@code sourceId} in a cluster, if that source carries it. */
    Optional<Statement> memberIn(Cluster c, String sourceId) {
        for (Statement s : members(c)) {
            if (s.source().equals(sourceId)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

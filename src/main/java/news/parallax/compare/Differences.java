package news.parallax.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.InsertDelta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.extract.SpeakerNames;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Difference;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.text.Lexicon;

/**
 * The ways the statements of one cluster disagree, each in plain words naming the sources' words.
 *
 * <ul>
 * <li>{@code wording}: one quote printed with other words. The quotes are diffed word by word
 * (java-diff-utils) against the longest full quote; words one quote has beyond the other's start or
 * end are the extent of the excerpt, not a difference. A change of capital letters alone is reported
 * with a detail that starts "Minor:"; a change of punctuation alone is not reported (the mark at a
 * quote's end follows the writer's sentence).
 * <li>{@code name}: a changed word that is a name on both sides (a capital inside the sentence), or a
 * name one statement has that another spells nearly the same ("NSA" / "NASA", one letter off).
 * <li>{@code number}: figures or days of the week that one statement has and another replaces with
 * another figure; a figure one side simply leaves out is not a disagreement.
 * <li>{@code attribution}: the same words credited to different speakers, or quoted by some outlets
 * and given as paraphrase by others (a mixed cluster).
 * </ul>
 */
final class Differences {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\u2019.\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\-]+");
    private static final int MAX_CHANGES = 3;
    private static final Pattern DASHES = Pattern.compile("[\\-\u2010-\u2015]+");
    private static final Set<String> NAME_ENDINGS = Set.copyOf(Lexicon.lines("compare/name-endings.txt"));

    private Differences() {}

    static List<Difference> of(Cluster cluster, Analysis analysis) {
        return of(cluster, analysis, byId(analysis), new Labels(analysis));
    }

    /** The statements of a story by id (only looked up), for {@link #of(Cluster, Analysis, Map, Labels)}. */
    static Map<String, Statement> byId(Analysis analysis) {
        Map<String, Statement> byId = new HashMap<>();
        analysis.statements().forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /**
     * {@link #of(Cluster, Analysis)} with what every cluster of the story shares made once: its
     * statements by id ({@link #byId}) and its labels.
     */
    static List<Difference> of(Cluster cluster, Analysis analysis, Map<String, Statement> byId, Labels labels) {
        if (cluster.sources().size() < 2) {
            return List.of();
        }
        List<Statement> members = cluster.statements().stream().map(byId::get).filter(s -> s != null).toList();
        List<Difference> out = new ArrayList<>();
        out.addAll(wording(members, labels));
        out.addAll(numbers(members, labels));
        out.addAll(names(members, labels));
        out.addAll(attribution(members, labels, analysis));
        return out;
    }

    /** Source labels and speaker names. */
    record Labels(Map<String, String> sources, Map<String, String> speakers) {
        Labels(Analysis analysis) {
            this(sourceLabels(analysis), speakerNames(analysis));
        }

        private static Map<String, String> sourceLabels(Analysis a) {
            Map<String, String> m = new TreeMap<>();
            a.story().sources().forEach(s -> m.put(s.id(), s.label()));
            return m;
        }

        private static Map<String, String> speakerNames(Analysis a) {
            Map<String, String> m = new TreeMap<>();
            a.speakers().forEach((Speaker s) -> m.put(s.id(), s.name()));
            return m;
        }

        String of(String source) {
            return sources.getOrDefault(source, source);
        }

        String of(Set<String> sourceIds) {
            List<String> names = sourceIds.stream().map(this::of).toList();
            if (names.size() == 1) {
                return names.get(0);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }
    }

    // ---- wording and names inside quotes

    static List<Difference> wording(List<Statement> members, Labels labels) {
        List<Statement> quotes = members.stream().filter(s -> s.kind() == Statement.Kind.QUOTE).toList();
        if (quotes.size() < 2) {
            return List.of();
        }
        List<Difference> out = new ArrayList<>();
        List<Difference> minor = new ArrayList<>();
        // each quote's words and their lower-case forms, found once (read-only: compared, never changed)
        Map<String, List<String>> split = new HashMap<>();
        Map<String, List<String>> lowered = new HashMap<>();
        Function<String, List<String>> words = t -> split.computeIfAbsent(t, Differences::words);
        Function<String, List<String>> lowerWords = t -> lowered.computeIfAbsent(t, k -> lower(words.apply(k)));
        // the reference: the wording most sources printed (then the longer one), as its longest member
        Map<List<String>, Set<String>> wordings = new LinkedHashMap<>();
        Map<List<String>, Statement> longest = new LinkedHashMap<>();
        for (Statement q : quotes) {
            List<String> w = lowerWords.apply(q.text());
            wordings.computeIfAbsent(w, k -> new TreeSet<>()).add(q.source());
            longest.merge(w, q, (x, y) -> y.text().length() > x.text().length() ? y : x);
        }
        List<String> best = null;
        for (List<String> w : wordings.keySet()) {
            if (best == null || wordings.get(w).size() > wordings.get(best).size()
                    || wordings.get(w).size() == wordings.get(best).size() && w.size() > best.size()) {
                best = w;
            }
        }
        Statement ref = longest.get(best);
        Set<String> refSources = wordings.remove(best);
        for (Set<String> sources : wordings.values()) {
            sources.removeAll(refSources);
        }
        wordings.values().removeIf(Set::isEmpty);
        // capitals: each member of the reference wording against the reference itself
        for (Statement q : quotes) {
            if (!q.source().equals(ref.source()) && lowerWords.apply(q.text()).equals(best)) {
                casingOnly(words.apply(ref.text()), ref.source(), words.apply(q.text()), q.source(), labels).ifPresent(minor::add);
            }
        }
        Map<List<String>, Statement> sample = longest;
        List<String> refWords = words.apply(ref.text());
        for (Map.Entry<List<String>, Set<String>> w : wordings.entrySet()) {
            String otherText = sample.get(w.getKey()).text();
            compare(refWords, ref.text(), ref.source(), words.apply(otherText), otherText, w.getValue(), labels).ifPresent(out::add);
        }
        out.addAll(minor);
        return merged(out, ref.source(), labels);
    }

    /**
     * The differences with one note per change: two wordings that differ from the reference by the same
     * words (they differ from each other only in their extent or marks) make one note naming both sources
     * ("A and B quote "his plan" where C has "the plan"", not the same sentence twice).
     */
    private static List<Difference> merged(List<Difference> notes, String refSource, Labels labels) {
        Map<String, Difference> byChange = new LinkedHashMap<>();
        Map<String, Set<String>> others = new LinkedHashMap<>();
        List<Difference> out = new ArrayList<>();
        for (Difference d : notes) {
            Set<String> them = new TreeSet<>(d.sources());
            them.remove(refSource);
            String minor = d.detail().startsWith("Minor: ") ? "Minor: " : "";
            String subject = minor + labels.of(them) + " ";
            int verbEnd = d.detail().indexOf(' ', subject.length());
            if (them.isEmpty() || !d.detail().startsWith(subject) || verbEnd < 0) {
                byChange.put("\u0001" + byChange.size(), d); // kept as it is, in its place
                continue;
            }
            String verb = d.detail().substring(subject.length(), verbEnd);
            String key = d.kind() + "\n" + minor + "\n" + singular(verb) + "\n" + d.detail().substring(verbEnd);
            byChange.putIfAbsent(key, d);
            others.computeIfAbsent(key, k -> new TreeSet<>()).addAll(them);
        }
        for (Map.Entry<String, Difference> e : byChange.entrySet()) {
            Difference first = e.getValue();
            if (e.getKey().startsWith("\u0001")) {
                out.add(first);
                continue;
            }
            Set<String> them = others.get(e.getKey());
            String[] parts = e.getKey().split("\n", 4);
            Set<String> sources = new TreeSet<>(them);
            sources.add(refSource);
            String verb = them.size() == 1 ? parts[2] : plural(parts[2]);
            out.add(new Difference(first.kind(), List.copyOf(sources), parts[1] + labels.of(them) + " " + verb + parts[3]));
        }
        return out;
    }

    private static String singular(String verb) {
        return verb.endsWith("s") ? verb : verb + "s";
    }

    private static String plural(String verb) {
        return verb.endsWith("s") ? verb.substring(0, verb.length() - 1) : verb;
    }

    private static Optional<Difference> compare(List<String> ref, String refText, String refSource, List<String> other,
            String otherText, Set<String> otherSources, Labels labels) {
        List<String> lr = lower(ref);
        List<String> lo = lower(other);
        // one quote inside the other, word for word: an excerpt, no change of words
        boolean excerpt = Collections.indexOfSubList(lr, lo) >= 0 || Collections.indexOfSubList(lo, lr) >= 0;
        List<AbstractDelta<String>> deltas = excerpt ? List.of() : changes(lr, lo);
        if (twoPassages(lr, lo, deltas)) {
            return Optional.empty();
        }
        Set<String> sources = new TreeSet<>(otherSources);
        sources.add(refSource);
        String them = labels.of(otherSources);
        String us = labels.of(refSource);
        if (deltas.isEmpty()) {
            return casingOnly(ref, refSource, other, String.join(",", otherSources), labels);
        }
        // a word one outlet abbreviates ("Sen." / "Senator") is the same word in its house style
        List<AbstractDelta<String>> abbreviated = deltas.stream()
                .filter(d -> abbreviation(ref, other, refText, otherText, d).isPresent()).toList();
        if (abbreviated.size() == deltas.size()) {
            List<String> pair = abbreviation(ref, other, refText, otherText, deltas.get(0)).orElseThrow();
            return Optional.of(new Difference("wording", List.copyOf(sources), String.format(Locale.ROOT,
                    "Minor: %s %s \"%s\" where %s writes \"%s\" (an abbreviation only).", them,
                    verb(otherSources, "writes", "write"), pair.get(1), us, pair.get(0))));
        }
        deltas = deltas.stream().filter(d -> !abbreviated.contains(d)).toList();
        boolean allNames = true;
        List<String> changes = new ArrayList<>();
        for (AbstractDelta<String> d : deltas) {
            List<String> was = d.getSource().getPosition() < ref.size() ? slice(ref, d.getSource().getPosition(),
                    d.getSource().size()) : List.of();
            List<String> now = slice(other, d.getTarget().getPosition(), d.getTarget().size());
            allNames &= d.getType() == DeltaType.CHANGE && was.size() == 1 && now.size() == 1
                    && isCapitalised(was.get(0)) && isCapitalised(now.get(0));
            if (changes.size() < MAX_CHANGES) {
                changes.add(String.format(Locale.ROOT, "\"%s\" where %s has \"%s\"",
                        phrase(other, otherText, d.getTarget().getPosition(), d.getTarget().size()), us,
                        phrase(ref, refText, d.getSource().getPosition(), d.getSource().size())));
            }
        }
        String more = deltas.size() > MAX_CHANGES ? String.format(Locale.ROOT, " (and %d more changes)",
                deltas.size() - MAX_CHANGES) : "";
        return Optional.of(new Difference(allNames ? "name" : "wording", List.copyOf(sources),
                String.format(Locale.ROOT, "%s %s %s%s.", them, verb(otherSources, "quotes", "quote"), String.join("; ", changes), more)));
    }

    /**
     * Whether quotes a and b (lower-case words) are two passages of one remark rather than one quote printed two
     * ways: their {@link #changes} replace, add or leave out more words than the two have in common, in order.
     * A mixed cluster, joined through an outlet's restatement, can hold a speaker's two quotes ("a closer look" and
     * "Nobody here wants a feud with the council", invented); a word diff of the two says nothing.
     */
    static boolean twoPassages(List<String> a, List<String> b) {
        return twoPassages(a, b, changes(a, b));
    }

    private static boolean twoPassages(List<String> a, List<String> b, List<AbstractDelta<String>> deltas) {
        return !deltas.isEmpty() && changedWords(deltas) > commonWords(a, b);
    }

    /** The words the changes replace, add or leave out: of each change, the more of its two sides. */
    static int changedWords(List<AbstractDelta<String>> deltas) {
        int n = 0;
        for (AbstractDelta<String> d : deltas) {
            n += Math.max(d.getSource().size(), d.getTarget().size());
        }
        return n;
    }

    /** The length of the longest common subsequence of two word lists. */
    static int commonWords(List<String> a, List<String> b) {
        int[] row = new int[b.size() + 1];
        for (String x : a) {
            int diagonal = 0;
            for (int j = 1; j <= b.size(); j++) {
                int above = row[j];
                row[j] = x.equals(b.get(j - 1)) ? diagonal + 1 : Math.max(row[j], row[j - 1]);
                diagonal = above;
            }
        }
        return row[b.size()];
    }

    /**
     * The two words of a one-word change where one outlet printed an abbreviation of the other's word, as
     * {ref's, other's}: the short word ends in a dot where it is printed, is capitalised with lower-case
     * letters after its first (so not an acronym: "NSA" / "NASA" stays a name difference), and its letters
     * are the long word's first letter followed by some of its later letters in order ("Sen." / "Senator",
     * "Mt." / "Mount", "Sgt." / "Sergeant").
     */
    private static Optional<List<String>> abbreviation(List<String> ref, List<String> other, String refText,
            String otherText, AbstractDelta<String> d) {
        if (d.getType() != DeltaType.CHANGE || d.getSource().size() != 1 || d.getTarget().size() != 1) {
            return Optional.empty();
        }
        String a = ref.get(d.getSource().getPosition());
        String b = other.get(d.getTarget().getPosition());
        boolean abbreviates = a.length() < b.length() ? abbreviates(a, refText, b) : abbreviates(b, otherText, a);
        return abbreviates ? Optional.of(List.of(a.length() < b.length() ? a + "." : a,
                b.length() < a.length() ? b + "." : b)) : Optional.empty();
    }

    static boolean abbreviates(String shortWord, String printedIn, String longWord) {
        if (shortWord.length() < 2 || shortWord.length() > 4 || longWord.length() < shortWord.length() + 2
                || !Character.isUpperCase(shortWord.charAt(0)) || !printedIn.contains(shortWord + ".")
                || Character.toLowerCase(shortWord.charAt(0)) != Character.toLowerCase(longWord.charAt(0))) {
            return false;
        }
        int at = 1;
        for (int i = 1; i < shortWord.length(); i++) {
            char c = shortWord.charAt(i);
            if (!Character.isLowerCase(c)) {
                return false;
            }
            at = longWord.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Difference> casingOnly(List<String> ref, String refSource, List<String> other,
            String otherSources, Labels labels) {
        List<String> cased = casing(ref, other);
        if (cased.isEmpty()) {
            return Optional.empty();
        }
        Set<String> others = new TreeSet<>(List.of(otherSources.split(",")));
        Set<String> sources = new TreeSet<>(others);
        sources.add(refSource);
        return Optional.of(new Difference("wording", List.copyOf(sources), String.format(Locale.ROOT,
                "Minor: %s %s \"%s\" where %s writes \"%s\" (capital letters only).", labels.of(others),
                verb(others, "writes", "write"), cased.get(1), labels.of(refSource), cased.get(0))));
    }

    private static String verb(Set<String> subjects, String one, String many) {
        return subjects.size() == 1 ? one : many;
    }

    /** Words either quote may have before or after the stretch both cover that still count as a change there. */
    private static final int EDGE = 3;

    /**
     * The changes from {@code a} to {@code b} (lower-case words) inside the stretch both quotes cover. When
     * the best local alignment of the two (a match scores 2, a changed, added or left-out word -1) covers the
     * whole shorter quote, the stretch is that alignment, so that a short quote is compared with the part of
     * a long one it comes from, not with words scattered across it: "what is this a joke" against "... what
     * is this the joke they call a plan this is not a joke" is one change, "a" to "the", where a longest
     * common subsequence would align the later "a joke". Words before or after the stretch are the excerpt's
     * extent, unless both quotes have a few there ({@link #EDGE}): then they are a change at that end ("we
     * will win" / "they will win"). When it does not (the shorter quote leaves words out inside: "under
     * duress" / "under a lot of duress"), the longest common subsequence of the two, without the words one
     * has beyond the other's start or end.
     */
    static List<AbstractDelta<String>> changes(List<String> a, List<String> b) {
        int[] w = window(a, b);
        int aFrom = w[0];
        int aTo = w[1];
        int bFrom = w[2];
        int bTo = w[3];
        if (aFrom > 0 && bFrom > 0 && aFrom <= EDGE && bFrom <= EDGE) {
            aFrom = 0;
            bFrom = 0;
        }
        if (aTo < a.size() && bTo < b.size() && a.size() - aTo <= EDGE && b.size() - bTo <= EDGE) {
            aTo = a.size();
            bTo = b.size();
        }
        boolean shorterCovered = a.size() <= b.size() ? aFrom == 0 && aTo == a.size() : bFrom == 0 && bTo == b.size();
        if (!shorterCovered) {
            // the shorter quote leaves words out inside ("under duress" / "under a lot of duress"): all of it
            return inner(DiffUtils.diff(a, b).getDeltas(), a, b);
        }
        List<String> subA = a.subList(aFrom, aTo);
        List<String> subB = b.subList(bFrom, bTo);
        List<AbstractDelta<String>> out = new ArrayList<>();
        for (AbstractDelta<String> d : inner(DiffUtils.diff(subA, subB).getDeltas(), subA, subB)) {
            Chunk<String> source = new Chunk<>(d.getSource().getPosition() + aFrom, d.getSource().getLines());
            Chunk<String> target = new Chunk<>(d.getTarget().getPosition() + bFrom, d.getTarget().getLines());
            out.add(switch (d.getType()) {
                case INSERT -> new InsertDelta<>(source, target);
                case DELETE -> new DeleteDelta<>(source, target);
                default -> new ChangeDelta<>(source, target);
            });
        }
        return out;
    }

    /**
     * The best local alignment of {@code a} and {@code b} (Smith-Waterman on words) as {aFrom, aTo, bFrom,
     * bTo}; the first best cell in row order, and on a tie in the trace a match before a change, a change
     * before a word left out. {0, a.size(), 0, b.size()} when they share no word.
     */
    static int[] window(List<String> a, List<String> b) {
        int m = a.size();
        int n = b.size();
        int[][] h = new int[m + 1][n + 1];
        int best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int diag = h[i - 1][j - 1] + (a.get(i - 1).equals(b.get(j - 1)) ? 2 : -1);
                int v = Math.max(0, Math.max(diag, Math.max(h[i - 1][j] - 1, h[i][j - 1] - 1)));
                h[i][j] = v;
                if (v > best) {
                    best = v;
                    bi = i;
                    bj = j;
                }
            }
        }
        if (best == 0) {
            return new int[] {0, m, 0, n};
        }
        int i = bi;
        int j = bj;
        while (i > 0 && j > 0 && h[i][j] > 0) {
            int match = a.get(i - 1).equals(b.get(j - 1)) ? 2 : -1;
            if (h[i][j] == h[i - 1][j - 1] + match) {
                i--;
                j--;
            } else if (h[i][j] == h[i - 1][j] - 1) {
                i--;
            } else {
                j--;
            }
        }
        return new int[] {i, bi, j, bj};
    }

    /** The deltas inside the stretch both quotes cover: a quote that starts later or ends earlier is an excerpt. */
    private static List<AbstractDelta<String>> inner(List<AbstractDelta<String>> deltas, List<String> a, List<String> b) {
        List<AbstractDelta<String>> out = new ArrayList<>(deltas);
        while (!out.isEmpty() && atStart(out.get(0))) {
            out.remove(0);
        }
        while (!out.isEmpty() && atEnd(out.get(out.size() - 1), a, b)) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean atStart(AbstractDelta<String> d) {
        return (d.getSource().size() == 0 || d.getTarget().size() == 0)
                && d.getSource().getPosition() == 0 && d.getTarget().getPosition() == 0;
    }

    private static boolean atEnd(AbstractDelta<String> d, List<String> a, List<String> b) {
        return (d.getSource().size() == 0 || d.getTarget().size() == 0)
                && d.getSource().getPosition() + d.getSource().size() == a.size()
                && d.getTarget().getPosition() + d.getTarget().size() == b.size();
    }

    /** The first word written with other capitals in the stretch both cover, as {a's, b's}; empty if none. */
    private static List<String> casing(List<String> a, List<String> b) {
        List<String> la = lower(a);
        List<String> lb = lower(b);
        int inA = Collections.indexOfSubList(la, lb);
        int inB = Collections.indexOfSubList(lb, la);
        int offA = Math.max(inA, 0);
        int offB = inA < 0 ? Math.max(inB, 0) : 0;
        for (int i = 0; offA + i < a.size() && offB + i < b.size(); i++) {
            String x = a.get(offA + i);
            String y = b.get(offB + i);
            // a capital at the start of an excerpt follows the writer's sentence, not the speaker
            boolean excerptStart = i == 0 && (offA > 0 || offB > 0);
            if (!x.equals(y) && x.equalsIgnoreCase(y) && !excerptStart && offA + offB + i > 0) {
                return List.of(x, y);
            }
        }
        return List.of();
    }

    // ---- figures

    static List<Difference> numbers(List<Statement> members, Labels labels) {
        Map<String, Map<String, String>> bySource = new TreeMap<>();
        for (Statement s : members) {
            bySource.computeIfAbsent(s.source(), k -> new LinkedHashMap<>()).putAll(Figures.of(s.text()));
        }
        List<Difference> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(bySource.keySet());
        Set<String> said = new TreeSet<>();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Map<String, String> a = bySource.get(ids.get(i));
                Map<String, String> b = bySource.get(ids.get(j));
                List<String> onlyA = only(a, b);
                List<String> onlyB = only(b, a);
                if (onlyA.isEmpty() || onlyB.isEmpty() || !said.add(onlyA + "|" + onlyB)) {
                    continue;
                }
                out.add(new Difference("number", List.of(ids.get(i), ids.get(j)), String.format(Locale.ROOT,
                        "%s gives %s where %s gives %s.", labels.of(ids.get(i)), quoted(onlyA), labels.of(ids.get(j)),
                        quoted(onlyB))));
            }
        }
        return out;
    }

    /**
     * The written forms of the figures of a, of a kind b also has (a day of the week, a year, a day of the month, any
     * other figure: {@link Figures#of}), that b does not have.
     */
    private static List<String> only(Map<String, String> a, Map<String, String> b) {
        Set<String> bKinds = new TreeSet<>();
        b.keySet().forEach(k -> bKinds.add(figureKind(k)));
        List<String> out = new ArrayList<>();
        a.forEach((k, v) -> {
            if (!b.containsKey(k) && bKinds.contains(figureKind(k))) {
                out.add(v);
            }
        });
        return out;
    }

    // "day:7" -> "day", "year:2016" -> "year", "50000" -> ""
    private static String figureKind(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? "" : key.substring(0, colon);
    }

    // ---- names spelt differently

    static List<Difference> names(List<Statement> members, Labels labels) {
        Map<String, Set<String>> bySource = new TreeMap<>();
        for (Statement s : members) {
            bySource.computeIfAbsent(s.source(), k -> new TreeSet<>()).addAll(names(s.text()));
        }
        List<Difference> out = new ArrayList<>();
        Set<String> said = new TreeSet<>();
        List<String> ids = new ArrayList<>(bySource.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = 0; j < ids.size(); j++) {
                if (i == j) {
                    continue;
                }
                for (String x : bySource.get(ids.get(i))) {
                    for (String y : bySource.get(ids.get(j))) {
                        if (x.compareTo(y) < 0 && !bySource.get(ids.get(j)).contains(x)
                                && !bySource.get(ids.get(i)).contains(y) && nearly(x, y) && said.add(x + "|" + y)) {
                            out.add(new Difference("name", List.of(ids.get(i), ids.get(j)).stream().sorted().toList(),
                                    String.format(Locale.ROOT, "%s writes \"%s\" where %s writes \"%s\".",
                                            labels.of(ids.get(i)), x, labels.of(ids.get(j)), y)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Words written with a capital inside a sentence (not after . ! ? : or an opening quotation mark). */
    static Set<String> names(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            int i = m.start() - 1;
            if (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
                continue;
            }
            while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
                i--;
            }
            if (i >= 0 && ".!?:\"\u201c\u2018(".indexOf(text.charAt(i)) < 0) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * Two different names one letter or two apart, or one inside the other ("NSA" / "NASA"); not a name
     * and its plural ("Republican" / "Republicans").
     */
    static boolean nearly(String x, String y) {
        if (x.equalsIgnoreCase(y) || Math.min(x.length(), y.length()) < 4 || related(x, y)) {
            return false;
        }
        boolean acronyms = x.equals(x.toUpperCase(Locale.ROOT)) && y.equals(y.toUpperCase(Locale.ROOT));
        if (acronyms && (x.contains(y) || y.contains(x))) {
            return true;
        }
        int limit = Math.max(x.length(), y.length()) >= 7 ? 2 : 1;
        return Math.abs(x.length() - y.length()) <= limit && distance(x, y) <= limit
                && Character.toLowerCase(x.charAt(0)) == Character.toLowerCase(y.charAt(0));
    }

    /**
     * A name and a word made from it, or two words made from one stem: after a shared start of three
     * letters or more, what is left of each is nothing or an ending of {@code compare/name-endings.txt}
     * ("Republican" / "Republicans", "Russia" / "Russian", "Democratic" / "Democrats", "Senate" / "Senator").
     */
    static boolean related(String x, String y) {
        String a = x.toLowerCase(Locale.ROOT);
        String b = y.toLowerCase(Locale.ROOT);
        int shared = 0;
        while (shared < Math.min(a.length(), b.length()) && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        for (int k = shared; k >= 3; k--) {
            if (ending(a.substring(k)) && ending(b.substring(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean ending(String tail) {
        return tail.isEmpty() || NAME_ENDINGS.contains(tail);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    // ---- attribution

    static List<Difference> attribution(List<Statement> members, Labels labels, Analysis analysis) {
        List<Difference> out = new ArrayList<>();
        Map<String, Set<String>> sourcesBySpeaker = new TreeMap<>();
        for (Statement s : members) {
            s.speaker().filter(sp -> named(labels.speakers().getOrDefault(sp, sp)))
                    .filter(sp -> !ownOutlet(labels.speakers().getOrDefault(sp, sp), labels.of(s.source())))
                    .ifPresent(sp -> sourcesBySpeaker.computeIfAbsent(sp, k -> new TreeSet<>()).add(s.source()));
        }
        // one person written two ways ("Mike Roe" / "Michael Roe", "Jane Roe." with a stray dot) is no second speaker
        Map<String, Set<String>> byPerson = new TreeMap<>();
        sourcesBySpeaker.forEach((speaker, src) -> {
            String name = labels.speakers().getOrDefault(speaker, speaker);
            String same = byPerson.keySet().stream()
                    .filter(k -> maybeOnePerson(labels.speakers().getOrDefault(k, k), name)).findFirst().orElse(speaker);
            byPerson.computeIfAbsent(same, k -> new TreeSet<>()).addAll(src);
        });
        if (byPerson.size() > 1 && creditedApart(byPerson)) {
            Set<String> sources = new TreeSet<>();
            List<String> parts = new ArrayList<>();
            byPerson.forEach((speaker, src) -> {
                sources.addAll(src);
                parts.add(String.format(Locale.ROOT, "%s %s them to %s", labels.of(src), verb(src, "credits", "credit"),
                        labels.speakers().getOrDefault(speaker, speaker)));
            });
            out.add(new Difference("attribution", List.copyOf(sources), "The same words, credited differently: "
                    + String.join("; ", parts) + "."));
        }
        Set<String> quoting = new TreeSet<>();
        Set<String> paraphrasing = new TreeSet<>();
        for (Statement s : members) {
            // a claim that puts words of its own in quotation marks ("she would "seize" the chance") quotes too
            (s.kind() == Statement.Kind.QUOTE || holdsQuotationMark(s.text()) ? quoting : paraphrasing).add(s.source());
        }
        paraphrasing.removeAll(quoting);
        if (!quoting.isEmpty() && !paraphrasing.isEmpty() && restated(members, paraphrasing)) {
            Set<String> sources = new TreeSet<>(quoting);
            sources.addAll(paraphrasing);
            out.add(new Difference("attribution", List.copyOf(sources), String.format(Locale.ROOT,
                    "%s %s these words in quotation marks; %s %s them without.", labels.of(quoting),
                    quoting.size() == 1 ? "prints" : "print", labels.of(paraphrasing),
                    paraphrasing.size() == 1 ? "gives" : "give")));
        }
        return out;
    }

    /**
     * Whether a speaker's name is the name of the outlet that prints the statement ("New York Times" in The New
     * York Times, "The Times reported"): the outlet's own reporting, credited to no one else.
     */
    static boolean ownOutlet(String speaker, String outlet) {
        return plainName(speaker).equals(plainName(outlet));
    }

    // lower case, without a leading "the"
    private static String plainName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4).strip() : n;
    }

    /**
     * Whether two sources credit the words to different people and neither to the other's: an outlet that credits
     * them to both (one person quoting another, "the president believes ..." in a spokeswoman's words) reports no
     * other attribution than the outlet that names one of the two.
     */
    static boolean creditedApart(Map<String, Set<String>> sourcesByPerson) {
        Map<String, Set<String>> people = new TreeMap<>();
        sourcesByPerson.forEach((person, src) -> src.forEach(s -> people.computeIfAbsent(s, k -> new TreeSet<>()).add(person)));
        List<Set<String>> sets = new ArrayList<>(people.values());
        for (int i = 0; i < sets.size(); i++) {
            for (int j = i + 1; j < sets.size(); j++) {
                if (Collections.disjoint(sets.get(i), sets.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Whether two speakers' names may be one person's: the same surname and generational suffix, and first
     * names that begin with the same letter ("Mike Roe" / "Michael Roe", "Jane Roe" / "Jane Q. Roe", "Jane
     * Roe" / "Jane Roe."; not "Jane Roe" / "Jane Roe Jr." nor "Jane Roe" / "Bill Roe"). The extraction keeps
     * such names apart when no source joins them; the compare stage does not call them two attributions.
     */
    static boolean maybeOnePerson(String a, String b) {
        List<String> x = nameWords(a);
        List<String> y = nameWords(b);
        if (x.size() < 2 || y.size() < 2) {
            return false;
        }
        String sx = NAME_SUFFIXES.contains(x.get(x.size() - 1)) ? x.remove(x.size() - 1) : "";
        String sy = NAME_SUFFIXES.contains(y.get(y.size() - 1)) ? y.remove(y.size() - 1) : "";
        return x.size() >= 2 && y.size() >= 2 && sx.equals(sy) && x.get(x.size() - 1).equals(y.get(y.size() - 1))
                && x.get(0).charAt(0) == y.get(0).charAt(0);
    }

    // the words of a name in lower case, without dots and commas at their ends ("Jr." is "jr")
    private static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("\\s+")) {
            String t = w.toLowerCase(Locale.ROOT).replaceAll("[.,]+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** The words of a quote of at most this many that the other outlets must use for "gives them without". */
    static final int SHORT_QUOTE_WORDS = 4;

    private static boolean holdsQuotationMark(String text) {
        return text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
                || text.indexOf('\u201E') >= 0;
    }

    /**
     * Whether the quotes of the cluster are words the paraphrasing sources' claims give: a quote of more than
     * {@value #SHORT_QUOTE_WORDS} words is a statement the claims restate in their own words; a shorter one (a
     * word or two an outlet quotes inside its own sentence: "would not "budge"", a "setback"; invented) only when
     * such a claim uses half of its content words or more (plurals folded), as "she has doubts" does of "serious
     * doubts". Otherwise the note would say that an outlet gives without quotation marks words it never uses.
     */
    static boolean restated(List<Statement> members, Set<String> paraphrasing) {
        List<Set<String>> claims = new ArrayList<>();
        for (Statement s : members) {
            if (paraphrasing.contains(s.source())) {
                claims.add(stems(Words.content(s.text())));
            }
        }
        for (Statement q : members) {
            if (q.kind() != Statement.Kind.QUOTE) {
                continue;
            }
            if (Words.all(q.text()).size() > SHORT_QUOTE_WORDS) {
                return true;
            }
            Set<String> words = stems(Words.content(q.text()));
            for (Set<String> c : claims) {
                long used = words.stream().filter(c::contains).count();
                if (!words.isEmpty() && 2 * used >= words.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> stems(List<String> words) {
        Set<String> out = new TreeSet<>();
        words.forEach(w -> out.add(Words.stem(w)));
        return out;
    }

    /**
     * Whether a speaker's name names someone rather than describes them ("a spokeswoman", "the
     * committee", "another man": a first word of {@code extract/description-openers.txt} or a small
     * first letter; "The" before a capital is part of a name, "The Associated Press"). A described speaker may be the one another outlet names, so it is no evidence of a
     * different attribution.
     */
    static boolean named(String speakerName) {
        return SpeakerNames.named(speakerName);
    }

    // ---- words

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Words compared without case or the dots of abbreviations ("F.B.I" = "FBI"). */
    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT).replace(".", "")).toList();
    }

    private static List<String> slice(List<String> words, int from, int size) {
        return words.subList(Math.min(from, words.size()), Math.min(from + size, words.size()));
    }

    /**
     * The changed words with one word of context on each side, as {@code text} prints them: words joined by
     * a space, except where the text joins two by dashes alone (a word censored as "d--n", "x----y" in the
     * text stays one word in the note, not "d n").
     */
    static String phrase(List<String> words, String text, int from, int size) {
        int a = Math.max(0, from - 1);
        int b = Math.min(words.size(), from + size + 1);
        List<String> joints = joints(text);
        StringBuilder out = new StringBuilder();
        for (int i = a; i < b; i++) {
            out.append(i > a ? (i - 1 < joints.size() ? joints.get(i - 1) : " ") : "").append(words.get(i));
        }
        return out.toString();
    }

    /** What stands between each word of {@link #words} and the next: its run of dashes when nothing else, else a space. */
    private static List<String> joints(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.replace('\u2019', '\''));
        int end = -1;
        while (m.find()) {
            if (end >= 0) {
                String between = text.substring(end, m.start());
                out.add(DASHES.matcher(between).matches() ? between : " ");
            }
            end = m.end();
        }
        return out;
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}

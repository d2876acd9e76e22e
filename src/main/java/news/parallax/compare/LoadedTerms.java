package news.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import news.parallax.model.Comparison;
import news.parallax.text.Lexicon;

/**
 * A lexicon of loaded terms of English news writing and their neutral counterparts
 * ({@code compare/loaded-terms.txt}), and the contrasts it finds between the sources of a story.
 *
 * <p>Each lexicon line is {@code loaded forms | neutral forms | phrases not counted}: comma-separated
 * word forms, each one word or a phrase ("illegal aliens"). An empty neutral side means the loaded term
 * stands alone ("so-called"): its neutral counterpart is not to use it. The third, optional side lists
 * phrases in which a loaded form is used in its plain sense ("claimed responsibility").
 */
final class LoadedTerms {
    /** A word that no form matches across: put between paragraphs. */
    static final String BREAK = "\u0000";
    /** The neutral side shown for a loaded term that stands alone. */
    static final String NO_LOADED_TERM = "(no loaded term)";

    private final List<Entry> entries;

    private LoadedTerms(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The standard lexicon. */
    static LoadedTerms standard() {
        return parse(Lexicon.lines("compare/loaded-terms.txt"));
    }

    /** A lexicon from its lines. */
    static LoadedTerms parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines) {
            String[] sides = line.split("\\|", -1);
            if (sides.length < 2 || sides.length > 3) {
                throw new IllegalArgumentException("loaded term line \"" + line + "\" must be 'loaded | neutral [| not counted]'");
            }
            List<List<String>> loaded = forms(sides[0]);
            if (loaded.isEmpty()) {
                throw new IllegalArgumentException("loaded term line \"" + line + "\" has no loaded form");
            }
            entries.add(new Entry(loaded, forms(sides[1]), sides.length == 3 ? forms(sides[2]) : List.of()));
        }
        return new LoadedTerms(entries);
    }

    private static List<List<String>> forms(String side) {
        List<List<String>> out = new ArrayList<>();
        for (String f : side.split(",")) {
            List<String> words = Words.all(f);
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    /**
     * The contrasts between sources: a source that uses a loaded form, against the other sources that
     * use a neutral form of the same entry and no loaded one (for a loaded term that stands alone: the
     * sources that do not use it).
     *
     * @param words per source id, the source's own words in order ({@link #BREAK} between paragraphs)
     */
    List<Comparison.TermContrast> contrasts(Map<String, List<String>> words) {
        List<Comparison.TermContrast> out = new ArrayList<>();
        Map<String, Map<String, List<Integer>>> positions = new TreeMap<>();
        words.forEach((id, w) -> positions.put(id, positions(w)));
        for (Entry e : entries) {
            Map<String, int[]> loaded = new TreeMap<>();
            boolean used = false;
            for (Map.Entry<String, List<String>> w : words.entrySet()) {
                int[] counts = e.count(e.loaded, w.getValue(), positions.get(w.getKey()));
                loaded.put(w.getKey(), counts);
                used |= sum(counts) > 0;
            }
            if (!used) {
                continue; // no source uses a loaded form of this entry: no contrast
            }
            Map<String, int[]> neutral = new TreeMap<>();
            words.forEach((id, w) -> neutral.put(id, e.count(e.neutral, w, positions.get(id))));
            for (String id : loaded.keySet()) {
                if (sum(loaded.get(id)) == 0) {
                    continue;
                }
                List<String> neutralSources = new ArrayList<>();
                int[] neutralUse = new int[e.neutral.size()];
                for (String other : loaded.keySet()) {
                    boolean plain = !other.equals(id) && sum(loaded.get(other)) == 0;
                    if (plain && (e.neutral.isEmpty() || sum(neutral.get(other)) > 0)) {
                        neutralSources.add(other);
                        add(neutralUse, neutral.get(other));
                    }
                }
                if (!neutralSources.isEmpty()) {
                    String neutralTerm = e.neutral.isEmpty() ? NO_LOADED_TERM : name(e.neutral, neutralUse);
                    out.add(new Comparison.TermContrast(id, name(e.loaded, loaded.get(id)), neutralTerm, neutralSources));
                }
            }
        }
        out.sort(Comparator.comparing(Comparison.TermContrast::source).thenComparing(Comparison.TermContrast::loaded)
                .thenComparing(Comparison.TermContrast::neutral));
        return out;
    }

    // where each word occurs, so that an entry looks only where one of its forms could start
    private static Map<String, List<Integer>> positions(List<String> words) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            at.computeIfAbsent(words.get(i), k -> new ArrayList<>()).add(i);
        }
        return at;
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int c : counts) {
            s += c;
        }
        return s;
    }

    private static void add(int[] into, int[] counts) {
        for (int i = 0; i < into.length; i++) {
            into[i] += counts[i];
        }
    }

    // the most used form; ties go to the form listed first
    private static String name(List<List<String>> forms, int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return String.join(" ", forms.get(best));
    }

    /** One lexicon line. */
    private record Entry(List<List<String>> loaded, List<List<String>> neutral, List<List<String>> excepted) {

        /**
         * How often each of {@code forms} occurs in {@code words}, outside the excepted phrases; matches
         * do not overlap, the longest form wins at a position.
         *
         * @param at where each word occurs in {@code words}
         */
        int[] count(List<List<String>> forms, List<String> words, Map<String, List<Integer>> at) {
            int[] counts = new int[forms.size()];
            TreeSet<Integer> starts = new TreeSet<>();
            for (List<List<String>> side : List.of(forms, excepted)) {
                for (List<String> f : side) {
                    starts.addAll(at.getOrDefault(f.get(0), List.of()));
                }
            }
            int next = 0;
            for (int i : starts) {
                if (i < next) {
                    continue;
                }
                int skip = longestAt(excepted, words, i);
                if (skip > 0) {
                    next = i + skip;
                    continue;
                }
                int matched = -1;
                for (int f = 0; f < forms.size(); f++) {
                    if (matchesAt(forms.get(f), words, i)
                            && (matched < 0 || forms.get(f).size() > forms.get(matched).size())) {
                        matched = f;
                    }
                }
                if (matched >= 0) {
                    counts[matched]++;
                    next = i + forms.get(matched).size();
                }
            }
            return counts;
        }

        private static int longestAt(List<List<String>> phrases, List<String> words, int i) {
            int longest = 0;
            for (List<String> p : phrases) {
                if (matchesAt(p, words, i)) {
                    longest = Math.max(longest, p.size());
                }
            }
            return longest;
        }

        private static boolean matchesAt(List<String> form, List<String> words, int i) {
            if (i + form.size() > words.size()) {
                return false;
            }
            for (int k = 0; k < form.size(); k++) {
                if (!form.get(k).equals(words.get(i + k))) {
                    return false;
                }
            }
            return true;
        }
    }
}

package news.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Comparison;
import news.parallax.model.Source;

/**
 * How each source frames the story: words it uses more than the others (weighted log-odds with an
 * informative Dirichlet prior, Monroe, Colaresi and Quinn 2008) and loaded terms used where others
 * use a neutral one. See {@code docs/framing.md}.
 */
final class Framing {
    /**
     * A word is distinctive of a source when its z-score reaches this (the 5% level of Monroe et al.).
     * A cutoff of 1.645 (one-sided) finds three times as many words on BASIL, but the words it adds are
     * mostly what shuffled paragraphs show too (docs/framing.md).
     */
    static final double Z_CUTOFF = 1.96;
    /** ... and the source uses it at least this often. */
    static final int MIN_COUNT = 2;
    /** At most this many distinctive words per source. */
    static final int TOP = 15;
    /**
     * The prior's weight against the data: the prior counts sum to this share of the story's words,
     * spread over words in proportion to their frequency in the whole story (a0 = PRIOR_SHARE * N,
     * aw = a0 * yw / N). Chosen on the BASIL tuning split: the share (of 0.02 to 0.5) with the largest
     * excess of distinctive words in real sources over the same paragraphs dealt at random
     * (see docs/framing.md).
     */
    static final double PRIOR_SHARE = 0.2;

    private static final LoadedTerms LOADED = LoadedTerms.standard();

    private Framing() {}

    /**
     * The words of each source's body blocks, as both analyses read them, found in one pass per block
     * ({@link Words#allAndOutsideQuotes}): all of them, and those outside quotations.
     *
     * @param all     by source id, the words of each body block
     * @param outside by source id, the words of each body block outside quotations
     */
    record BodyWords(Map<String, List<List<String>>> all, Map<String, List<List<String>>> outside) {

        /** The body words of the story's sources. */
        static BodyWords of(Analysis analysis) {
            Map<String, List<List<String>>> all = new HashMap<>();
            Map<String, List<List<String>>> outside = new HashMap<>();
            for (Source s : analysis.story().sources()) {
                List<List<String>> mine = new ArrayList<>();
                List<List<String>> own = new ArrayList<>();
                for (Block b : s.body()) {
                    List<String> words = new ArrayList<>();
                    List<String> unquoted = new ArrayList<>();
                    Words.allAndOutsideQuotes(b.textIn(s.text()), words, unquoted);
                    mine.add(words);
                    own.add(unquoted);
                }
                all.put(s.id(), mine);
                outside.put(s.id(), own);
            }
            return new BodyWords(all, outside);
        }
    }

    /** Per source id, its distinctive words, most distinctive first; an empty list where none stands out. */
    static Map<String, List<Comparison.TermScore>> distinctive(Analysis analysis) {
        return distinctive(analysis, BodyWords.of(analysis));
    }

    /** {@link #distinctive(Analysis)}, given the body words of its sources. */
    static Map<String, List<Comparison.TermScore>> distinctive(Analysis analysis, BodyWords body) {
        // hash maps: no iteration order of theirs reaches the result (scores are sorted by z, then term)
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Map<String, Map<String, Integer>>> forms = new TreeMap<>();
        for (Source s : analysis.story().sources()) {
            Map<String, Integer> byKey = new HashMap<>();
            Map<String, Map<String, Integer>> surface = new HashMap<>();
            for (Map.Entry<String, Integer> e : counts(body.all().get(s.id())).entrySet()) {
                String key = Words.stem(e.getKey());
                byKey.merge(key, e.getValue(), Integer::sum);
                surface.computeIfAbsent(key, k -> new HashMap<>(4)).put(e.getKey(), e.getValue());
            }
            counts.put(s.id(), byKey);
            forms.put(s.id(), surface);
        }
        Map<String, List<Comparison.TermScore>> out = new TreeMap<>();
        distinctive(counts).forEach((id, scores) -> out.put(id, sorted(scores.stream()
                .map(t -> new Comparison.TermScore(mostUsed(forms.get(id).get(t.term())), t.zScore(), t.count()))
                .toList())));
        return out;
    }

    // the form written most often; ties go to the alphabetically first
    private static String mostUsed(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static List<Comparison.TermScore> sorted(List<Comparison.TermScore> scores) {
        List<Comparison.TermScore> out = new ArrayList<>(scores);
        out.sort(Comparator.comparingDouble((Comparison.TermScore t) -> -t.zScore())
                .thenComparing(Comparison.TermScore::term));
        return List.copyOf(out);
    }

    /** The loaded terms each source uses, in its own words, where another source chose the neutral term. */
    static List<Comparison.TermContrast> loadedTerms(Analysis analysis) {
        return loadedTerms(analysis, BodyWords.of(analysis));
    }

    /** {@link #loadedTerms(Analysis)}, given the body words of its sources. */
    static List<Comparison.TermContrast> loadedTerms(Analysis analysis, BodyWords body) {
        Map<String, List<String>> words = new TreeMap<>();
        for (Source s : analysis.story().sources()) {
            List<String> own = new ArrayList<>();
            for (List<String> block : body.outside().get(s.id())) {
                own.addAll(block);
                own.add(LoadedTerms.BREAK);
            }
            words.put(s.id(), own);
        }
        return LOADED.contrasts(words);
    }

    /** The content words of a source's body paragraphs, counted. */
    static Map<String, Integer> counts(Source source) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block b : source.body()) {
            for (String w : Words.content(b.textIn(source.text()))) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        return counts;
    }

    // the same counts, of the words of each body block ({@link Words#all}): content words in the same order
    private static Map<String, Integer> counts(List<List<String>> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> block : blocks) {
            for (String w : block) {
                if (Words.isContent(w)) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The distinctive words of each group of word counts against all the other groups together, with
     * the prior drawn from the counts of all groups.
     */
    static Map<String, List<Comparison.TermScore>> distinctive(Map<String, Map<String, Integer>> counts) {
        return distinctive(counts, PRIOR_SHARE, Z_CUTOFF);
    }

    /** As {@link #distinctive(Map)}, with the prior's weight and the cutoff given. */
    static Map<String, List<Comparison.TermScore>> distinctive(Map<String, Map<String, Integer>> counts,
            double priorShare, double cutoff) {
        Map<String, Integer> story = new HashMap<>();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        counts.forEach((id, c) -> {
            int size = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                story.merge(e.getKey(), e.getValue(), Integer::sum);
                size += e.getValue();
            }
            sizes.put(id, size);
        });
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        long groupsWithWords = sizes.values().stream().filter(n -> n > 0).count();
        Map<String, List<Comparison.TermScore>> out = new TreeMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            List<Comparison.TermScore> scores = new ArrayList<>();
            int ni = sizes.get(e.getKey());
            if (groupsWithWords > 1 && story.size() > 1 && ni > 0) {
                double a0 = priorShare * total;
                e.getValue().forEach((w, yi) -> {
                    int all = story.get(w);
                    double z = LogOdds.z(yi, ni, all - yi, total - ni, a0 * all / total, a0);
                    if (z >= cutoff && yi >= MIN_COUNT) {
                        scores.add(new Comparison.TermScore(w, z, yi));
                    }
                });
            }
            List<Comparison.TermScore> ranked = sorted(scores);
            out.put(e.getKey(), ranked.subList(0, Math.min(TOP, ranked.size())));
        }
        return out;
    }
}

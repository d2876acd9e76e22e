package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.parallax.Pipeline;
import news.parallax.model.Block;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;

/**
 * How many distinctive words the log-odds finds per source on BASIL stories, against a null: the same
 * story's paragraphs dealt at random (seeded) to pseudo-sources of the same sizes, where no source has
 * a vocabulary of its own (averaged over five seeded deals). Stories sorted by name: the 2nd, 4th, ... tuned PRIOR_SHARE and Z_CUTOFF;
 * the 1st, 3rd, ... are the test split reported. Skips when {@code ../shared/eval/basil} is absent;
 * writes {@code target/framing-eval.txt}.
 */
class FramingEvalTest {
    private static final Path BASIL = Path.of("../shared/eval/basil/stories");
    private static final int ROUNDS = 5;

    @Test
    void realSourcesHaveMoreDistinctiveWordsThanShuffledParagraphsOnTheTestSplit() throws Exception {
        assumeTrue(Files.isDirectory(BASIL), "BASIL stories not found at " + BASIL + ": skipped");
        List<Path> dirs;
        try (Stream<Path> s = Files.list(BASIL)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        Pipeline pipeline = Pipeline.standard(Optional.empty(), "");
        StringBuilder report = new StringBuilder();
        double[] test = null;
        for (String split : List.of("tune", "test")) {
            double[] r = measure(pipeline, dirs, split.equals("tune") ? 1 : 0);
            report.append(String.format(Locale.ROOT,
                    "%s split: %d stories, %d sources; distinctive words per source: real %.2f, shuffled-paragraph null %.2f;"
                            + " sources with at least one: real %.0f%%, null %.0f%%;"
                            + " baseline (used twice or more, by no other source): real %.2f, null %.2f%n",
                    split, (int) r[4], (int) r[5], r[0], r[1], 100 * r[2], 100 * r[3], r[6], r[7]));
            test = r;
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/framing-eval.txt"), report.toString(), StandardCharsets.UTF_8);
        assertThat(test[0]).as(report.toString()).isGreaterThan(2 * test[1]);
    }

    // {real words/source, null words/source, real share with >= 1, null share with >= 1, stories, sources,
    //  baseline real words/source, baseline null words/source}
    private static double[] measure(Pipeline pipeline, List<Path> dirs, int parity) throws Exception {
        Random random = new Random(20080101L);
        double real = 0;
        double nul = 0;
        double realAny = 0;
        double nullAny = 0;
        double baseReal = 0;
        double baseNull = 0;
        int stories = 0;
        int sources = 0;
        for (int i = parity; i < dirs.size(); i += 2) {
            for (Story story : pipeline.ingest(dirs.get(i))) {
                Map<String, Map<String, Integer>> counts = new TreeMap<>();
                Map<String, Integer> paragraphs = new TreeMap<>();
                List<List<String>> pool = new ArrayList<>();
                for (Source s : story.sources()) {
                    Map<String, Integer> c = new TreeMap<>();
                    for (Block b : s.body()) {
                        List<String> keys = Words.content(b.textIn(s.text())).stream().map(Words::stem).toList();
                        keys.forEach(k -> c.merge(k, 1, Integer::sum));
                        pool.add(keys);
                    }
                    counts.put(s.id(), c);
                    paragraphs.put(s.id(), s.body().size());
                }
                for (List<Comparison.TermScore> t : Framing.distinctive(counts).values()) {
                    real += t.size();
                    realAny += t.isEmpty() ? 0 : 1;
                }
                baseReal += exclusive(counts);
                for (int round = 0; round < ROUNDS; round++) {
                    Map<String, Map<String, Integer>> shuffled = shuffled(pool, paragraphs, random);
                    for (List<Comparison.TermScore> t : Framing.distinctive(shuffled).values()) {
                        nul += t.size() / (double) ROUNDS;
                        nullAny += t.isEmpty() ? 0 : 1.0 / ROUNDS;
                    }
                    baseNull += exclusive(shuffled) / (double) ROUNDS;
                }
                stories++;
                sources += story.sources().size();
            }
        }
        return new double[] {real / sources, nul / sources, realAny / sources, nullAny / sources, stories, sources,
            baseReal / sources, baseNull / sources};
    }

    // the story's paragraphs dealt at random to pseudo-sources with as many paragraphs as the real ones
    private static Map<String, Map<String, Integer>> shuffled(List<List<String>> pool, Map<String, Integer> paragraphs,
            Random random) {
        List<List<String>> deck = new ArrayList<>(pool);
        Collections.shuffle(deck, random);
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        int next = 0;
        for (Map.Entry<String, Integer> e : paragraphs.entrySet()) {
            Map<String, Integer> c = new TreeMap<>();
            for (int k = 0; k < e.getValue(); k++) {
                deck.get(next++).forEach(w -> c.merge(w, 1, Integer::sum));
            }
            out.put(e.getKey(), c);
        }
        return out;
    }

    // the trivial baseline: words a source uses at least twice and no other source uses
    private static int exclusive(Map<String, Map<String, Integer>> counts) {
        int n = 0;
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            for (Map.Entry<String, Integer> w : e.getValue().entrySet()) {
                boolean elsewhere = counts.entrySet().stream()
                        .anyMatch(o -> !o.getKey().equals(e.getKey()) && o.getValue().containsKey(w.getKey()));
                n += w.getValue() >= 2 && !elsewhere ? 1 : 0;
            }
        }
        return n;
    }
}

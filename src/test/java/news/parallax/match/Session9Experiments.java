package news.parallax.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The experiments of session 9 (docs/matching.md, "Session 9"), on the MSRP training split only
 * (10-fold cross-validation as {@link FeatureExperiments}):
 *
 * <ul>
 * <li>candidate features of feature-based paraphrase systems the shipped ones may lack: n-gram
 * precision and recall for n = 1..4 on the Porter stems of all words (stop words kept, after Madnani,
 * Tetreault and Chodorow 2012), letter n-gram overlap (n = 2..5, spaces kept), and length ratios;
 * <li>gates on the phrase anchor: for each shipped feature and each of its deciles on MSRP train, the
 * anchor applied only on one side of it: the cross-validated figure with the anchor, and how many of the
 * pairs the anchor links in the seed clusters (different outlets, logistic function under the threshold,
 * three shared phrases or more) it keeps.
 * </ul>
 *
 * Usage (test classpath): {@code Session9Experiments TRAIN.tsv SEEDS_DIR OUT.txt}. Deterministic.
 */
public final class Session9Experiments {
    private Session9Experiments() {}

    static final List<String> NAMES = List.of("stem1Min", "stem1Max", "stem2Min", "stem2Max", "stem3Min", "stem3Max",
            "stem4Min", "stem4Max", "char2Min", "char2Max", "char3Min", "char3Max", "char4Min", "char4Max",
            "char5Min", "char5Max", "wordLenRatio", "charLenRatio");

    public static void main(String[] args) throws IOException, BadInputException {
        Synonyms synonyms = new Synonyms();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        lines = lines.subList(1, lines.size());
        List<FeatureExperiments.Row> rows = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            rows.add(row(f[3], f[4], Integer.parseInt(f[0].strip()), synonyms));
        }
        Similarity shipped = Similarity.standard();
        double threshold = shipped.threshold();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
            double[] p = FeatureExperiments.crossValidated(rows, List.of(), FeatureExperiments.Row::base, 1e-3, false);
            out.println(line("shipped features", p, rows, threshold));
            int[][] groups = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 1, 2, 3, 4, 5, 6, 7}, {8, 9}, {10, 11}, {12, 13},
                {14, 15}, {8, 9, 10, 11, 12, 13, 14, 15}, {16}, {17}, {16, 17},
                {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}};
            for (int[] g : groups) {
                double[] q = FeatureExperiments.crossValidated(rows, List.of(),
                        r -> append(r.base(), r.candidates(), g), 1e-3, false);
                out.println(line("+ " + Arrays.stream(g).mapToObj(NAMES::get).collect(Collectors.joining(",")), q, rows,
                        threshold));
            }
            gates(out, rows, p, threshold, seedPairs(Path.of(args[1]), synonyms, shipped, out));
        }
    }

    private static FeatureExperiments.Row row(String a, String b, int y, Synonyms synonyms) {
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(List.of(a, b)));
        Terms ta = Terms.of(a, analyzer);
        Terms tb = Terms.of(b, analyzer);
        Similarity.Numbering numbering = new Similarity.Numbering();
        Similarity.Profile pa = new Similarity.Profile(ta, synonyms, numbering);
        Similarity.Profile pb = new Similarity.Profile(tb, synonyms, numbering);
        return new FeatureExperiments.Row(Similarity.features(pa, pb), candidates(a, b, ta, tb),
                Similarity.anchorPhrases(ta, tb), y);
    }

    static double[] candidates(String a, String b, Terms ta, Terms tb) {
        List<String> sa = stems(ta.words());
        List<String> sb = stems(tb.words());
        double[] out = new double[NAMES.size()];
        for (int n = 1; n <= 4; n++) {
            double[] mm = minMax(grams(sa, n), grams(sb, n));
            out[2 * (n - 1)] = mm[0];
            out[2 * (n - 1) + 1] = mm[1];
        }
        String ca = String.join(" ", ta.words());
        String cb = String.join(" ", tb.words());
        for (int n = 2; n <= 5; n++) {
            double[] mm = minMax(letters(ca, n), letters(cb, n));
            out[8 + 2 * (n - 2)] = mm[0];
            out[8 + 2 * (n - 2) + 1] = mm[1];
        }
        out[16] = (double) Math.min(sa.size(), sb.size()) / Math.max(1, Math.max(sa.size(), sb.size()));
        out[17] = (double) Math.min(a.length(), b.length()) / Math.max(1, Math.max(a.length(), b.length()));
        return out;
    }

    private static List<String> stems(List<String> words) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> out = new ArrayList<>();
        for (String w : words) {
            stemmer.setCurrent(w.toLowerCase(Locale.ROOT));
            stemmer.stem();
            out.add(stemmer.getCurrent());
        }
        return out;
    }

    private static Map<String, Integer> grams(List<String> s, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= s.size(); i++) {
            out.merge(String.join(" ", s.subList(i, i + n)), 1, Integer::sum);
        }
        return out;
    }

    private static Map<String, Integer> letters(String s, int n) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + n <= s.length(); i++) {
            out.merge(s.substring(i, i + n), 1, Integer::sum);
        }
        return out;
    }

    // clipped shared count over each side's total: the smaller and the larger of the two (precision, recall)
    private static double[] minMax(Map<String, Integer> a, Map<String, Integer> b) {
        int shared = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        int na = a.values().stream().mapToInt(Integer::intValue).sum();
        int nb = b.values().stream().mapToInt(Integer::intValue).sum();
        double pa = na == 0 ? 0 : (double) shared / na;
        double pb = nb == 0 ? 0 : (double) shared / nb;
        return new double[] {Math.min(pa, pb), Math.max(pa, pb)};
    }

    private static double[] append(double[] x, double[] extra, int[] which) {
        double[] out = Arrays.copyOf(x, x.length + which.length);
        for (int i = 0; i < which.length; i++) {
            out[x.length + i] = extra[which[i]];
        }
        return out;
    }

    /** The features of the seed pairs the anchor links: different outlets, one cluster, logistic under the threshold. */
    private static List<double[]> seedPairs(Path seeds, Synonyms synonyms, Similarity shipped, PrintWriter out)
            throws IOException, BadInputException {
        Story story = StoryReader.standard().readStory(seeds);
        Extraction ex = news.parallax.extract.Extractor.standard().extract(story);
        List<Cluster> clusters = Matcher.standard().cluster(story, ex);
        Map<String, Statement> byId = ex.statements().stream().collect(Collectors.toMap(Statement::id, Function.identity()));
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(ex.statements().stream().map(Statement::text).toList()));
        List<double[]> pairs = new ArrayList<>();
        out.println();
        out.println("seed pairs the anchor links (one cluster, different outlets, logistic under the threshold):");
        for (Cluster c : clusters) {
            for (int i = 0; i < c.statements().size(); i++) {
                for (int j = i + 1; j < c.statements().size(); j++) {
                    Statement a = byId.get(c.statements().get(i));
                    Statement b = byId.get(c.statements().get(j));
                    if (a.source().equals(b.source())) {
                        continue;
                    }
                    Terms ta = Terms.of(a.text(), analyzer);
                    Terms tb = Terms.of(b.text(), analyzer);
                    double logistic = shipped.paraphrase(ta, tb);
                    int phrases = Similarity.anchorPhrases(ta, tb);
                    if (logistic >= shipped.threshold() || phrases < shipped.anchorPhrases()) {
                        continue;
                    }
                    Similarity.Numbering numbering = new Similarity.Numbering();
                    double[] f = Similarity.features(new Similarity.Profile(ta, synonyms, numbering),
                            new Similarity.Profile(tb, synonyms, numbering));
                    pairs.add(append(f, candidates(a.text(), b.text(), ta, tb),
                            java.util.stream.IntStream.range(0, NAMES.size()).toArray()));
                    out.printf(Locale.ROOT, "  %s %.2f %d | %s | %s%n", c.id(), logistic, phrases, a.text(), b.text());
                }
            }
        }
        return pairs;
    }

    // for each feature and decile: the anchor only where the feature is at most (or at least) the decile
    private static void gates(PrintWriter out, List<FeatureExperiments.Row> rows, double[] p, double t,
            List<double[]> seeds) {
        List<String> names = new ArrayList<>(Similarity.FEATURES);
        names.addAll(NAMES);
        List<double[]> xs = rows.stream().map(r -> append(r.base(), r.candidates(),
                java.util.stream.IntStream.range(0, NAMES.size()).toArray())).toList();
        double[] none = FeatureExperiments.figures(p, rows, t, r -> false);
        double[] all = FeatureExperiments.figures(p, rows, t, r -> rows.get(r).phrases() >= 3);
        out.println();
        out.printf(Locale.ROOT, "gates at %.2f: no anchor %.1f%% / %.1f; anchor %.1f%% / %.1f; %d seed pairs%n", t,
                none[0], none[1], all[0], all[1], seeds.size());
        List<String> lines = new ArrayList<>();
        for (int k = 1; k < names.size(); k++) {
            int feature = k;
            double[] values = xs.stream().mapToDouble(x -> x[feature]).sorted().toArray();
            for (int d = 1; d < 20; d++) {
                double cut = values[d * values.length / 20];
                for (boolean below : new boolean[] {true, false}) {
                    java.util.function.IntPredicate gate = r -> rows.get(r).phrases() >= 3
                            && (below ? xs.get(r)[feature] <= cut : xs.get(r)[feature] >= cut);
                    double[] fig = FeatureExperiments.figures(p, rows, t, gate);
                    long kept = seeds.stream().filter(s -> below ? s[feature] <= cut : s[feature] >= cut).count();
                    if (kept == seeds.size() && fig[0] > all[0] + 0.1) {
                        lines.add(String.format(Locale.ROOT, "%5.1f%% / %.1f  %s %s %.3f (keeps %d of %d seed pairs)",
                                fig[0], fig[1], names.get(k), below ? "<=" : ">=", cut, kept, seeds.size()));
                    }
                }
            }
        }
        lines.sort(java.util.Comparator.reverseOrder());
        lines.stream().limit(40).forEach(out::println);
        for (String name : List.of("ngram4Min", "ngram3Min", "ngram2Min", "lcsOverMin", "alignedMin", "unalignedWeightMax")) {
            int feature = names.indexOf(name);
            // the anchor where the feature is at most the cut, or (unaligned weight) at least a tenth of it
            boolean below = !name.equals("unalignedWeightMax");
            double scale = below ? 50.0 : 5.0;
            double[] seedValues = seeds.stream().mapToDouble(s -> s[feature]).sorted().toArray();
            out.printf(Locale.ROOT, "%n%s: seed pairs, ascending: %s%n", name, Arrays.stream(seedValues)
                    .mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).collect(Collectors.joining(" ")));
            for (int c = 0; c <= 50; c++) {
                double cut = c / scale;
                int pos = 0;
                int neg = 0;
                for (int r = 0; r < rows.size(); r++) {
                    if (rows.get(r).phrases() >= 3 && p[r] < t && (below ? xs.get(r)[feature] <= cut : xs.get(r)[feature] >= cut)) {
                        pos += rows.get(r).y();
                        neg += 1 - rows.get(r).y();
                    }
                }
                double[] fig = FeatureExperiments.figures(p, rows, t, r -> rows.get(r).phrases() >= 3
                        && (below ? xs.get(r)[feature] <= cut : xs.get(r)[feature] >= cut));
                long kept = seeds.stream().filter(s -> below ? s[feature] <= cut : s[feature] >= cut).count();
                out.printf(Locale.ROOT, "  anchor only at %s " + (below ? "<=" : ">=") + " %.2f: %.1f%% / %.1f; raises %d paraphrases, %d not; keeps %d of %d seed pairs%n",
                        name, cut, fig[0], fig[1], pos, neg, kept, seeds.size());
            }
        }
    }

    private static String line(String label, double[] p, List<FeatureExperiments.Row> rows, double shippedT) {
        double bt = FeatureExperiments.best(p, rows);
        double[] alone = FeatureExperiments.figures(p, rows, bt, r -> false);
        double[] anchored = FeatureExperiments.figures(p, rows, bt, r -> rows.get(r).phrases() >= 3);
        double[] atShipped = FeatureExperiments.figures(p, rows, shippedT, r -> false);
        return String.format(Locale.ROOT,
                "%-60s best %.2f: alone %.1f%% / %.1f, with the anchor %.1f%% / %.1f; alone at %.2f %.1f%% / %.1f",
                label, bt, alone[0], alone[1], anchored[0], anchored[1], shippedT, atShipped[0], atShipped[1]);
    }
}

package news.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Statement;

/** The compare stage. Stateless and thread-safe. */
public final class Comparer {

    private Comparer() {}

    /** A comparer with the standard lexicons. */
    public static Comparer standard() {
        return new Comparer();
    }

    /** Compares the sources of an analysed story. */
    public Comparison compare(Analysis analysis) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Statement> byId = Differences.byId(analysis);
        Differences.Labels labels = new Differences.Labels(analysis);
        for (Cluster c : analysis.clusters()) {
            clusters.add(c.withDifferences(Differences.of(c, analysis, byId, labels)));
        }
        Analysis withDifferences = new Analysis(analysis.story(), analysis.speakers(), analysis.statements(),
                clusters.stream().sorted(Comparator.comparing(Cluster::id)).toList());
        clusters.sort(Comparator.comparingInt((Cluster c) -> -c.sources().size()).thenComparing(Cluster::id));
        int n = analysis.story().sources().size();
        Framing.BodyWords body = Framing.BodyWords.of(analysis);
        Map<String, List<String>> exclusives = new TreeMap<>();
        Map<String, List<String>> omissions = new TreeMap<>();
        for (Source s : analysis.story().sources()) {
            List<String> only = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (Cluster c : clusters) {
                boolean carried = c.sources().contains(s.id());
                if (carried && c.sources().size() == 1 && n > 1) {
                    only.add(c.id());
                }
                // "most others": more than half of the other sources carried it
                if (!carried && n > 2 && c.sources().size() * 2 > n - 1) {
                    missed.add(c.id());
                }
            }
            exclusives.put(s.id(), only);
            omissions.put(s.id(), missed);
        }
        return new Comparison(withDifferences, clusters.stream().map(Cluster::id).toList(), exclusives, omissions,
                Framing.distinctive(analysis, body), Framing.loadedTerms(analysis, body), Citations.of(analysis));
    }
}

package news.parallax.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * Writes the clusters of one or more story folders, built on {@link NaiveStatements}, for reading.
 * Usage (test classpath): {@code ShowClusters OUT.txt STORY_DIR...}
 */
public final class ShowClusters {
    private ShowClusters() {}

    private static void nearMisses(PrintWriter out, List<Statement> st) {
        Matcher m = Matcher.standard();
        java.util.List<String> lines = new java.util.ArrayList<>();
        java.util.List<String[]> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < st.size(); i++) {
            for (int j = i + 1; j < st.size(); j++) {
                if (!st.get(i).source().equals(st.get(j).source())) {
                    pairs.add(new String[] {st.get(i).text(), st.get(j).text()});
                }
            }
        }
        for (String[] p : pairs) {
            double score = m.score(p[0], p[1]);
            if (score > 0.2) {
                lines.add(String.format(java.util.Locale.ROOT, "%.3f  %s | %s", score, p[0], p[1]));
            }
        }
        lines.sort(java.util.Comparator.reverseOrder());
        lines.stream().limit(60).forEach(out::println);
    }

    public static void main(String[] args) throws IOException, BadInputException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            for (int a = 1; a < args.length; a++) {
                Story story = StoryReader.standard().readStory(Path.of(args[a]));
                Extraction ex = System.getenv("NAIVE") != null ? NaiveStatements.of(story)
                        : news.parallax.extract.Extractor.standard().extract(story);
                List<Cluster> clusters = news.parallax.compare.Comparer.standard().compare(new news.parallax.model.Analysis(
                        story, ex.speakers(), ex.statements(), Matcher.standard().cluster(story, ex))).analysis().clusters();
                Map<String, Statement> byId = ex.statements().stream()
                        .collect(Collectors.toMap(Statement::id, Function.identity()));
                out.println("== " + args[a] + ": " + ex.statements().size() + " statements, " + clusters.size()
                        + " clusters");
                if (System.getenv("NEAR") != null) {
                    nearMisses(out, ex.statements());
                }
                for (Cluster c : clusters) {
                    if (c.sources().size() < 2 && c.statements().size() < 2) {
                        continue;
                    }
                    out.println(c.id() + " " + c.kind() + " " + c.sources());
                    for (String id : c.statements()) {
                        Statement s = byId.get(id);
                        out.println("   " + s.source() + " " + s.kind() + (s.partial() ? "(p)" : "") + ": " + s.text());
                    }
                    c.differences().forEach(d -> out.println("   >> " + d.kind() + " " + d.sources() + ": " + d.detail()));
                }
            }
        }
    }
}

package news.parallax.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.Pipeline;
import news.parallax.compare.Comparer;
import news.parallax.ingest.BadInputException;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * The seed story with a crude stand-in for extraction and matching, so the page tests see real
 * article text at real length whatever the state of those stages: every span between double quotation
 * marks in a body paragraph is a quote, and quotes with the same letters are one cluster.
 */
final class SeedQuotes {
    private static final Pattern QUOTED = Pattern.compile("[\u201c\"]([^\u201c\u201d\"]{2,600})[\u201d\"]");

    private SeedQuotes() {}

    static Comparison comparison() {
        Story story;
        try {
            story = Pipeline.standard(Optional.empty(), "").ingest(java.nio.file.Path.of("seeds")).get(0);
        } catch (BadInputException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
        List<Statement> statements = new ArrayList<>();
        Map<String, List<Statement>> byKey = new LinkedHashMap<>();
        for (Source s : story.sources()) {
            int n = 0;
            for (Block b : s.body()) {
                Matcher m = QUOTED.matcher(s.text()).region(b.start(), b.end());
                while (m.find()) {
                    Statement st = new Statement(s.id() + "-q" + (++n), s.id(), Statement.Kind.QUOTE, m.group(1),
                            m.start(1), m.end(1), Optional.empty(), false, Optional.empty(), 1);
                    statements.add(st);
                    byKey.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""),
                            k -> new ArrayList<>()).add(st);
                }
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Statement> members : byKey.values()) {
            clusters.add(new Cluster("c" + (clusters.size() + 1), Cluster.Kind.QUOTE,
                    members.stream().map(Statement::id).toList(),
                    members.stream().map(Statement::source).distinct().sorted().toList(), List.of()));
        }
        return Comparer.standard().compare(new Analysis(story, List.of(), statements, clusters));
    }
}

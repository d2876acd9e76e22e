package news.parallax.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Difference;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * A hand-made compared story for render tests: three sources about an invented council vote, with
 * quotes, claims, two speakers, clusters with differences, framing scores and citations. One source has
 * no outlet and no date, one quote holds hostile markup, and one claim contains a quote.
 */
final class Fixture {
    private Fixture() {}

    /** Builds an article text block by block, remembering each block's offsets. */
    private static final class Article {
        private final StringBuilder text = new StringBuilder();
        private final List<Block> blocks = new ArrayList<>();

        Article add(Block.Kind kind, String line) {
            int start = text.length();
            text.append(line);
            blocks.add(new Block(kind, start, text.length()));
            text.append("\n\n");
            return this;
        }

        Source source(String id, String label, Optional<String> outlet, Optional<String> published, String url) {
            String headline = text.substring(blocks.get(0).start(), blocks.get(0).end());
            return new Source(id, id + ".txt", label, outlet, Optional.of(headline),
                    Optional.of("Jane Writer"), published, Optional.ofNullable(url), text.toString(), blocks);
        }
    }

    private static Statement st(Source source, String id, Statement.Kind kind, String text, String speaker,
            String verb) {
        int start = source.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("fixture text not found in " + source.id() + ": " + text);
        }
        return new Statement(id, source.id(), kind, text, start, start + text.length(),
                Optional.ofNullable(speaker), false, Optional.ofNullable(verb), kind == Statement.Kind.QUOTE ? 1 : 0.7);
    }

    static Story story() {
        Source alpha = new Article()
                .add(Block.Kind.HEADLINE, "Council approves river bridge after long debate")
                .add(Block.Kind.BODY, "The city council voted 7 to 2 on Tuesday to approve the new river bridge, "
                        + "a project critics call a boondoggle.")
                .add(Block.Kind.BODY, "\"This bridge will carry our city into the next century,\" Mayor Ana Ruiz said.")
                .add(Block.Kind.BODY, "Council member Tom Baker warned that \"we cannot afford it\" during the vote, "
                        + "according to Example Press.")
                .add(Block.Kind.BODY, "The bridge will cost $40 million, City Hall said.")
                .add(Block.Kind.CAPTION, "The old bridge at dusk. (Photo: Example Press)")
                .source("alpha", "Daily Example", Optional.of("Daily Example"), Optional.of("2024-05-02T09:30:00Z"),
                        "https://example.org/news/bridge");
        Source beta = new Article()
                .add(Block.Kind.HEADLINE, "Bridge vote passes 7-2")
                .add(Block.Kind.BODY, "Councillors voted 7-2 to approve the bridge project.")
                .add(Block.Kind.BODY, "\"This bridge will carry the city into the next century,\" said Ruiz, the mayor.")
                .add(Block.Kind.BODY, "\"We cannot afford it,\" Baker said. The bridge will cost $45 million, "
                        + "the Daily Example reported.")
                .add(Block.Kind.BODY, "Construction starts in March.")
                .source("beta", "Wire Sample", Optional.of("Wire Sample"), Optional.of("2024-05-02T11:05:00-04:00"), null);
        Source gamma = new Article()
                .add(Block.Kind.HEADLINE, "Mayor hails bridge <b>vote</b> & more")
                .add(Block.Kind.BODY, "The council voted 6 to 3 for the bridge project.")
                .add(Block.Kind.BODY, "\"This bridge will carry our city into the next century,\" Ruiz said. "
                        + "\"</script><script>alert(1)</script> is not a plan & never was,\" she added.")
                .source("gamma", "Source 3", Optional.empty(), Optional.empty(), null);
        return new Story("river-bridge", "Council approves river bridge", List.of(alpha, beta, gamma));
    }

    static Comparison comparison() {
        Story story = story();
        Source a = story.source("alpha");
        Source b = story.source("beta");
        Source g = story.source("gamma");
        List<Statement> statements = List.of(
                st(a, "alpha-c1", Statement.Kind.CLAIM, "The city council voted 7 to 2 on Tuesday to approve the new river bridge", null, null),
                st(a, "alpha-q1", Statement.Kind.QUOTE, "This bridge will carry our city into the next century", "ana-ruiz", "said"),
                st(a, "alpha-c2", Statement.Kind.CLAIM, "Council member Tom Baker warned that \"we cannot afford it\" during the vote", "tom-baker", "warned"),
                st(a, "alpha-q2", Statement.Kind.QUOTE, "we cannot afford it", "tom-baker", "warned"),
                st(a, "alpha-c3", Statement.Kind.CLAIM, "The bridge will cost $40 million", null, null),
                st(b, "beta-c1", Statement.Kind.CLAIM, "Councillors voted 7-2 to approve the bridge project", null, null),
                st(b, "beta-q1", Statement.Kind.QUOTE, "This bridge will carry the city into the next century", "ana-ruiz", "said"),
                st(b, "beta-q2", Statement.Kind.QUOTE, "We cannot afford it,", "tom-baker", "said"),
                st(b, "beta-c3", Statement.Kind.CLAIM, "The bridge will cost $45 million", null, null),
                st(b, "beta-c4", Statement.Kind.CLAIM, "Construction starts in March.", null, null),
                st(g, "gamma-c1", Statement.Kind.CLAIM, "The council voted 6 to 3 for the bridge project", null, null),
                st(g, "gamma-q1", Statement.Kind.QUOTE, "This bridge will carry our city into the next century", "ana-ruiz", "said"),
                st(g, "gamma-q3", Statement.Kind.QUOTE, "</script><script>alert(1)</script> is not a plan & never was", "ana-ruiz", "added"));
        List<Speaker> speakers = List.of(
                new Speaker("ana-ruiz", "Ana Ruiz", List.of("Ruiz"), List.of("Mayor", "the mayor"), Speaker.Kind.PERSON),
                new Speaker("tom-baker", "Tom Baker", List.of("Baker"), List.of("Council member"), Speaker.Kind.PERSON));
        List<Cluster> clusters = List.of(
                new Cluster("q1", Cluster.Kind.QUOTE, List.of("alpha-q1", "beta-q1", "gamma-q1"), List.of("alpha", "beta", "gamma"),
                        List.of(new Difference("wording", List.of("beta"), "Wire Sample has \"the city\" where the others have \"our city\"."))),
                new Cluster("c1", Cluster.Kind.CLAIM, List.of("alpha-c1", "beta-c1", "gamma-c1"), List.of("alpha", "beta", "gamma"),
                        List.of(new Difference("number", List.of("gamma"), "Source 3 gives the vote as 6 to 3; the others as 7 to 2."))),
                new Cluster("q2", Cluster.Kind.QUOTE, List.of("alpha-q2", "beta-q2"), List.of("alpha", "beta"), List.of()),
                new Cluster("c3", Cluster.Kind.CLAIM, List.of("alpha-c3", "beta-c3"), List.of("alpha", "beta"),
                        List.of(new Difference("number", List.of("alpha", "beta"), "The cost is $40 million in Daily Example and $45 million in Wire Sample."))),
                new Cluster("c2", Cluster.Kind.CLAIM, List.of("alpha-c2"), List.of("alpha"), List.of()),
                new Cluster("c4", Cluster.Kind.CLAIM, List.of("beta-c4"), List.of("beta"), List.of()),
                new Cluster("q3", Cluster.Kind.QUOTE, List.of("gamma-q3"), List.of("gamma"), List.of()));
        Analysis analysis = new Analysis(story, speakers, statements, clusters);
        return new Comparison(analysis, List.of("c1", "q1", "c3", "q2", "c2", "c4", "q3"),
                Map.of("alpha", List.of("c2"), "beta", List.of("c4"), "gamma", List.of("q3")),
                Map.of("gamma", List.of("q2", "c3")),
                Map.of("alpha", List.of(new Comparison.TermScore("boondoggle", 3.12, 1), new Comparison.TermScore("century", 2.4, 1),
                                new Comparison.TermScore("tuesday", 1.96, 1)),
                        "beta", List.of(new Comparison.TermScore("councillors", 2.85, 1), new Comparison.TermScore("construction", 2.2, 1)),
                        "gamma", List.of(new Comparison.TermScore("plan", 2.05, 1))),
                List.of(new Comparison.TermContrast("alpha", "boondoggle", "project", List.of("beta", "gamma"))),
                List.of(new Comparison.Citation("alpha", "Example Press", "wire", 2),
                        new Comparison.Citation("alpha", "City Hall", "official", 1),
                        new Comparison.Citation("beta", "Daily Example", "outlet", 1)));
    }
}

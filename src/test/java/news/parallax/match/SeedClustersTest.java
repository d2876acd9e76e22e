package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.parallax.compare.Comparer;
import news.parallax.extract.Extractor;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden facts about the seed story's clusters: what an editor reading the five articles would join. */
class SeedClustersTest {

    private static Story story;
    private static Extraction extraction;
    private static List<Cluster> clusters;
    private static Map<String, Statement> byId;

    @BeforeAll
    static void build() throws Exception {
        story = StoryReader.standard().readStory(Path.of("seeds"));
        extraction = Extractor.standard().extract(story);
        clusters = Matcher.standard().cluster(story, extraction);
        byId = extraction.statements().stream().collect(Collectors.toMap(Statement::id, Function.identity()));
    }

    /** The sources (first three characters of their ids) of the cluster holding a statement with these words. */
    private static List<String> sourcesOf(Statement.Kind kind, String words) {
        Cluster c = clusterOf(kind, words);
        return c.sources().stream().map(s -> s.substring(0, 3)).toList();
    }

    private static Cluster clusterOf(Statement.Kind kind, String words) {
        return clusters.stream()
                .filter(c -> c.statements().stream().map(byId::get)
                        .anyMatch(s -> s.kind() == kind && s.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " with \"" + words + "\""));
    }

    @Test
    void everyStatementIsInExactlyOneCluster() {
        List<String> members = clusters.stream().flatMap(c -> c.statements().stream()).toList();
        assertThat(members).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(extraction.statements().stream().map(Statement::id).toList());
    }

    @Test
    void theQuoteFourOutletsPrintIsOneCluster() {
        assertThat(sourcesOf(Statement.Kind.QUOTE, "indispensable partner in deterring"))
                .containsExactly("000", "001", "002", "003");
    }

    @Test
    void thePartialQuoteThreeOutletsPrintIsOneCluster() {
        assertThat(sourcesOf(Statement.Kind.QUOTE, "war-fighting headquarters")).containsExactly("000", "001", "003");
    }

    @Test
    void quotesTwoOutletsPrintWordForWordAreOneCluster() {
        assertThat(sourcesOf(Statement.Kind.QUOTE, "warrior ethos")).containsExactly("000", "002");
        assertThat(sourcesOf(Statement.Kind.QUOTE, "cornerstone of peace")).containsExactly("000", "002");
    }

    @Test
    void aFactTwoOutletsReportInTheirOwnWordsIsOneCluster() {
        assertThat(sourcesOf(Statement.Kind.CLAIM, "Iwo Jima")).contains("000", "001");
        assertThat(sourcesOf(Statement.Kind.CLAIM, "combined operational commander")).contains("000", "002");
    }

    @Test
    void factsSeveralOutletsRestateInTheirOwnWordsAreOneClusterEach() {
        // the upgrade of the command: every outlet, each in its own words
        assertThat(sourcesOf(Statement.Kind.CLAIM, "unveiled a plan to enhance"))
                .containsExactly("000", "001", "002", "003", "004");
        // the new command's work with the other country's new joint command (session 12: with the third outlet's
        // "the move will improve the ability to coordinate operations with a newly launched counterpart body",
        // once read as its own claim after "adding that")
        assertThat(sourcesOf(Statement.Kind.CLAIM, "coordinate directly with")).containsExactly("001", "003", "004");
        assertThat(sourcesOf(Statement.Kind.CLAIM, "combined operational commander")).containsExactly("000", "001", "002");
        assertThat(sourcesOf(Statement.Kind.CLAIM, "doubled its military spending")).containsExactly("000", "001", "002");
        assertThat(sourcesOf(Statement.Kind.CLAIM, "hosts 50,000")).containsExactly("000", "001", "002");
        assertThat(sourcesOf(Statement.Kind.CLAIM, "Iwo Jima")).containsExactly("000", "001", "004");
        // the joint missile production: the outlets that print the acronym one letter short join the one
        // that spells it in full
        assertThat(sourcesOf(Statement.Kind.CLAIM, "co-producing SM-6")).containsExactly("000", "001", "002", "003", "004");
        assertThat(sourcesOf(Statement.Kind.CLAIM, "confirmed plans for joint development")).containsExactly("000", "001");
        // the islands: "strategic southwest islands, which are located" / "Southwestern islands, strategically
        // located", with a "no" in another clause of one of them
        assertThat(sourcesOf(Statement.Kind.CLAIM, "southwest islands")).containsExactly("002", "004");
    }

    @Test
    void anAcronymOneOutletSpellsOneLetterShortIsReportedAsANameDifference() {
        Comparison comparison = Comparer.standard().compare(new Analysis(story, extraction.speakers(),
                extraction.statements(), clusters));
        String id = clusterOf(Statement.Kind.CLAIM, "co-producing SM-6").id();
        Cluster withDifferences = comparison.analysis().clusters().stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
        assertThat(withDifferences.differences()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("name");
            assertThat(d.detail()).contains("\"AMRAAM\"", "\"MRAAM\"");
        });
    }

    @Test
    void statementsThatShareOnlyPlaceNamesStayApart() {
        // both name Taiwan and the East China Sea, but one is about tensions, the other about the islands
        assertThat(clusterOf(Statement.Kind.CLAIM, "tensions escalate near Taiwan"))
                .isNotEqualTo(clusterOf(Statement.Kind.CLAIM, "southwest islands"));
        assertThat(clusterOf(Statement.Kind.CLAIM, "from the Philippines"))
                .isNotEqualTo(clusterOf(Statement.Kind.CLAIM, "unveiled a plan to enhance"));
    }

    @Test
    void noClusterJoinsTwoDifferentStatementsOfOneOutlet() {
        // one outlet's statements in a cluster are its quotes (repetitions, pieces of one quote), or (session 10)
        // one claim and the quotes its sentence holds: "has started "phase one" of upgrading ..." and "phase one"
        int claimsWithTheirQuotes = 0;
        for (Cluster c : clusters) {
            Map<String, List<Statement>> bySource = c.statements().stream().map(byId::get)
                    .collect(Collectors.groupingBy(Statement::source));
            for (List<Statement> same : bySource.values()) {
                List<Statement> claims = same.stream().filter(s -> s.kind() == Statement.Kind.CLAIM).toList();
                if (same.size() < 2 || claims.isEmpty()) {
                    continue;
                }
                assertThat(claims).as("claims of one outlet in %s", c.id()).hasSize(1);
                Statement claim = claims.get(0);
                // (session 11) and the outlet's longer quote that holds the words the claim quotes: "Japan is an
                // "indispensable partner" in deterring ..." with the same outlet's "Japan is our indispensable
                // partner in deterring ..."
                List<String> quotedInClaim = same.stream().filter(s -> s != claim && s.start() >= claim.start()
                        && s.end() <= claim.end()).map(s -> s.text().toLowerCase(Locale.ROOT)).toList();
                assertThat(same).as("statements of one outlet in %s", c.id()).allSatisfy(s -> assertThat(
                        s == claim || s.start() >= claim.start() && s.end() <= claim.end()
                        || s.kind() == Statement.Kind.QUOTE && !quotedInClaim.isEmpty()
                        && quotedInClaim.stream().allMatch(q -> s.text().toLowerCase(Locale.ROOT).contains(q))).isTrue());
                claimsWithTheirQuotes++;
            }
        }
        // (session 12) and a claim that reports a sentence around its own quote: 'Japan is a "cornerstone of ...,"
        // Hegseth said, adding ...' with the outlet's "cornerstone of ..."
        assertThat(claimsWithTheirQuotes).isEqualTo(4);
    }

    @Test
    void theDifferentWordingOfTheSharedQuoteIsReported() {
        Comparison comparison = Comparer.standard().compare(new Analysis(story, extraction.speakers(),
                extraction.statements(), clusters));
        String id = clusterOf(Statement.Kind.QUOTE, "indispensable partner in deterring").id();
        Cluster withDifferences = comparison.analysis().clusters().stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
        assertThat(withDifferences.differences()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("wording");
            assertThat(d.detail()).contains("is an indispensable", "is our indispensable");
        });
    }

    @Test
    void rebuildingGivesTheSameClusters() {
        assertThat(Matcher.standard().cluster(story, Extractor.standard().extract(story))).isEqualTo(clusters);
    }
}

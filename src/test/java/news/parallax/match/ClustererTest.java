package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import news.parallax.model.Cluster;
import org.junit.jupiter.api.Test;

class ClustererTest {

    private static List<Cluster> cluster(Fixtures f) {
        return Matcher.standard().cluster(f.story(), f.extraction());
    }

    private static Cluster clusterOf(List<Cluster> clusters, String statementId) {
        return clusters.stream().filter(c -> c.statements().contains(statementId)).findFirst().orElseThrow();
    }

    @Test
    void aPartialQuoteJoinsTheFullQuoteItComesFrom() {
        Fixtures f = new Fixtures()
                .source("a", "\"We will rebuild every school in the valley before winter,\" the mayor said.")
                .source("b", "The mayor promised to \"rebuild every school in the valley\" soon.")
                .quote("a", "We will rebuild every school in the valley before winter,")
                .partial("b", "rebuild every school in the valley");
        List<Cluster> clusters = cluster(f);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).kind()).isEqualTo(Cluster.Kind.QUOTE);
        assertThat(clusters.get(0).sources()).containsExactly("a", "b");
        assertThat(clusters.get(0).id()).isEqualTo("k001");
    }

    @Test
    void aClaimThatParaphrasesAQuoteJoinsItsClusterAsMixed() {
        Fixtures f = new Fixtures()
                .source("a", "\"The bridge will reopen to traffic in May after the repairs,\" the mayor said.")
                .source("b", "The mayor said the bridge would reopen to traffic in May after repairs.")
                .quote("a", "The bridge will reopen to traffic in May after the repairs,")
                .claim("b", "The mayor said the bridge would reopen to traffic in May after repairs.");
        List<Cluster> clusters = cluster(f);
        assertThat(clusters).hasSize(1);
        assertThat(clusters.get(0).kind()).isEqualTo(Cluster.Kind.MIXED);
    }

    @Test
    void unrelatedStatementsStayApartAndEveryStatementHasACluster() {
        Fixtures f = new Fixtures()
                .source("a", "The council approved the budget on Tuesday. Fire crews fought a blaze near the port.")
                .source("b", "Wheat prices rose sharply this spring. A new school opened in the north.")
                .claim("a", "The council approved the budget on Tuesday.")
                .claim("a", "Fire crews fought a blaze near the port.")
                .claim("b", "Wheat prices rose sharply this spring.")
                .claim("b", "A new school opened in the north.");
        List<Cluster> clusters = cluster(f);
        assertThat(clusters).hasSize(4).allSatisfy(c -> assertThat(c.statements()).hasSize(1));
        assertThat(clusters).extracting(Cluster::id).containsExactly("k001", "k002", "k003", "k004");
    }

    @Test
    void oneOutletsDifferentStatementsAreNotJoinedButItsRepetitionsAre() {
        Fixtures f = new Fixtures()
                .source("a", "\"We will not give up the fight for these jobs,\" she said. Later: \"We will not give up the fight for these jobs.\"")
                .source("b", "\"We will not give up the fight for these jobs,\" she told workers. \"We will not give up,\" she added.")
                .quote("a", "We will not give up the fight for these jobs,")
                .quote("a", "We will not give up the fight for these jobs.")
                .quote("b", "We will not give up the fight for these jobs,")
                .quote("b", "We will not give up,");
        List<Cluster> clusters = cluster(f);
        Cluster main = clusterOf(clusters, "a-00");
        assertThat(main.statements()).contains("a-00", "a-01", "b-02");
        // b's shorter quote is inside b's own full quote: a repetition, so it may join too
        assertThat(clusters.stream().flatMap(c -> c.statements().stream()).collect(Collectors.toList()))
                .containsExactlyInAnyOrder("a-00", "a-01", "b-02", "b-03");
    }

    @Test
    void twoQuotesOfOneOutletThatOnlyShareAShortPartialQuoteAreNotJoinedThroughIt() {
        // b's pundit quotes the phrase "harbour plan" inside her own words; a's partial quote is that phrase
        Fixtures f = new Fixtures()
                .source("a", "Residents asked whether she backed the \"harbour plan\" at all.")
                .source("b", "\"Good evening. Do you back the harbour plan?\" a resident asked. "
                        + "\"Her reply to the question about the harbour plan was evasive and slow,\" a columnist wrote.")
                .partial("a", "harbour plan")
                .quote("b", "Good evening. Do you back the harbour plan?")
                .quote("b", "Her reply to the question about the harbour plan was evasive and slow,");
        List<Cluster> clusters = cluster(f);
        assertThat(clusterOf(clusters, "b-01").statements()).doesNotContain("b-02");
        assertThat(clusterOf(clusters, "a-00").statements()).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void clustersAreSortedBySourcesThenFirstStatementAndRebuildIdentically() {
        Fixtures f = new Fixtures()
                .source("a", "The council approved the budget on Tuesday. \"Taxes will not rise this year,\" the mayor said.")
                .source("b", "\"Taxes will not rise this year,\" the mayor said.")
                .claim("a", "The council approved the budget on Tuesday.")
                .quote("a", "Taxes will not rise this year,")
                .quote("b", "Taxes will not rise this year,");
        List<Cluster> first = cluster(f);
        assertThat(first).hasSize(2);
        assertThat(first.get(0).statements()).containsExactly("a-01", "b-02");
        assertThat(first.get(1).statements()).containsExactly("a-00");
        assertThat(cluster(f)).isEqualTo(first);
    }

    @Test
    void anOutletsTwoPiecesOfAPassageJoinAnotherOutletsQuoteThatOverlapsBoth() {
        // a prints the passage's first two sentences; b cuts it in two, its second piece going on past a's end
        Fixtures f = new Fixtures()
                .source("a", "\"We will rebuild the harbour wall before the storms. It is going to protect every family on the coast,\""
                        + " the mayor said.")
                .source("b", "\"We will rebuild the harbour wall before the storms,\" she said. \"It is going to protect every family"
                        + " on the coast. Nobody in this town will pay a single cent more for it in taxes,\" she added.")
                .source("c", "\"It is going to protect every family on the coast,\" the mayor said.")
                .quote("a", "We will rebuild the harbour wall before the storms. It is going to protect every family on the coast,")
                .quote("b", "We will rebuild the harbour wall before the storms,")
                .quote("b", "It is going to protect every family on the coast. Nobody in this town will pay a single cent more"
                        + " for it in taxes,")
                .quote("c", "It is going to protect every family on the coast,");
        List<Cluster> clusters = cluster(f);
        assertThat(clusterOf(clusters, "a-00").statements()).containsExactly("a-00", "b-01", "b-02", "c-03");
    }

    @Test
    void twoNamedPeoplesStatementsOnOneTopicStayApart() {
        String a = "The mayor said the city would pay to rebuild the harbour wall before the winter storms.";
        String b = "The harbour wall will be rebuilt at the cost of the city ahead of the winter storms, the council leader said.";
        String claimA = "the city would pay to rebuild the harbour wall before the winter storms";
        String claimB = "The harbour wall will be rebuilt at the cost of the city ahead of the winter storms";
        // credited to no one (or to one person described by one outlet), the two join
        Fixtures unnamed = new Fixtures().source("a", a).source("b", b).person("jane-doe", "Jane Doe")
                .person("spokeswoman", "a spokeswoman")
                .claim("a", claimA, "jane-doe").claim("b", claimB, "spokeswoman");
        assertThat(cluster(unnamed)).hasSize(1);
        // credited to two named people, they are two statements
        Fixtures named = new Fixtures().source("a", a).source("b", b).person("jane-doe", "Jane Doe")
                .person("john-roe", "John Roe")
                .claim("a", claimA, "jane-doe").claim("b", claimB, "john-roe");
        assertThat(cluster(named)).hasSize(2);
    }

    @Test
    void theSameWordsCreditedToTwoNamedPeopleStayOneCluster() {
        // an attribution difference for the compare stage, not two statements
        Fixtures f = new Fixtures()
                .source("a", "Jane Doe said the harbour wall would be rebuilt before the winter storms.")
                .source("b", "John Roe said the harbour wall would be rebuilt before the storms.")
                .person("jane-doe", "Jane Doe").person("john-roe", "John Roe")
                .claim("a", "the harbour wall would be rebuilt before the winter storms", "jane-doe")
                .claim("b", "the harbour wall would be rebuilt before the storms", "john-roe");
        assertThat(cluster(f)).hasSize(1);
    }
}

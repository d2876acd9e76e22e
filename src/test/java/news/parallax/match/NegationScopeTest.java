package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (clus15): two outlets' statements, not both quotes, whose shared words one of them negates and the
 * other does not report a fact and its denial ({@link Clusterer.Links#negatedApart}); the similarity scores such
 * pairs 0.97 to 0.99. The negation's scope runs from the negating word to the end of its clause
 * ({@link Clusterer#negationScope}).
 */
class NegationScopeTest {

    // whether statements a (a claim) and b (a claim, or a quote when quoted) of two outlets share a cluster
    private static boolean together(String a, String b, boolean quoted) {
        Fixtures f = new Fixtures().source("a", a + ".").source("b", b).source("c", "The ferry runs twice a day.")
                .claim("a", a).claim("c", "The ferry runs twice a day");
        f = quoted ? f.quote("b", b) : f.claim("b", b);
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), f.extraction());
        return clusters.stream().anyMatch(c -> c.sources().contains("a") && c.sources().contains("b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the shared words negated on one side only: a fact and its denial
        "the mayor had not served on the harbour board for ten years | the mayor had served on the harbour board for ten years | false | false",
        "the council has not approved the new ferry terminal plan | the council approved the new ferry terminal plan on Monday | false | false",
        "the inquiry found no evidence that the ferry company paid the councillors | the inquiry found evidence that the ferry company paid the councillors | false | false",
        "clearly she had not served on the harbour board for a decade | served on the harbour board for a decade | true | false",
        // both negate them: one fact
        "the council has not approved the new ferry terminal plan | the council did not approve the new ferry terminal plan on Monday | false | true",
        // the negation is about other words of its clause, or of another clause: one fact
        "the ferry company paid the councillors for the extra crossings, not the mayor | the ferry company paid the councillors for the extra crossings in March | false | true",
        "the mayor would not budge on the toll plan for the old river bridge | the mayor would keep the toll plan for the old river bridge | false | true",
        "the new ferry terminal is a costly plan of the council and may not be finished | the new ferry terminal is a costly plan of the council | false | true",
        // a denial inside a negation about a word the other lacks: the denial goes unsaid, not the denial (session 15)
        "a review of her speeches shows that she does not mention that her posting never took her abroad | she has always made it plain that her posting never took her abroad | false | false",
        "the minutes show the harbour master did not report that the ferry had never passed its safety test | the harbour master said the ferry had never passed its safety test | false | false",
        // both say the denial plainly, or both frame it: one fact
        "she has always made it plain that her posting never took her abroad | her posting with the reserve never took her abroad, she said | false | true",
        "the minutes show the harbour master did not report that the ferry had never passed its safety test | the harbour master failed to report that the ferry had never passed its safety test, the minutes show | false | true",
    })
    void aFactAndItsDenialAreTwoStatements(String a, String b, boolean quoted, boolean expected) {
        assertThat(together(a, b, quoted)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the mayor, who ran the harbour, had not served on the board | serv | harbour",
        "the plan may not be finished before the ferry season | finish | plan",
        "the plan was approved, but not the ferry terminal | termin | approv",
        "she didn’t sign the contract — the mayor did | sign | mayor",
        "the letters do not speak for all U.S. pilots, a point the board disputes | pilot | disput",
        "Jane Roe kept the No. 2 job and did not run for the chair | chair | job",
    })
    void aNegationIsAboutTheRestOfItsClause(String text, String negated, String notNegated) {
        java.util.Set<String> scope = Clusterer.negationScope(text, new NewsAnalyzer(Acronyms.in(List.of(text))));
        assertThat(scope).contains(negated).doesNotContain(notNegated);
    }
}

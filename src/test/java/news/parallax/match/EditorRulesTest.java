package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clustering rules of session 10 (clus11), found by reading BASIL clusters as an editor: a short partial
 * quote is cut out of its quote in one piece, a fragment of a word or two is no paraphrase of a sentence, and a
 * claim that holds an outlet's quote is the same statement as the quote.
 */
class EditorRulesTest {

    private static List<Cluster> cluster(Fixtures f) {
        return Matcher.standard().cluster(f.story(), f.extraction());
    }

    private static Cluster clusterOf(List<Cluster> clusters, String statementId) {
        return clusters.stream().filter(c -> c.statements().contains(statementId)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // three words spread over seven: not a piece of the quote
        "We the people | We fail to show the American people that we can improve | false",
        "the American people | We fail to show the American people that we can improve | true",
        // two words: in a row only
        "no collusion | there was no Russian collusion | false",
        "no Russian collusion | there was no Russian collusion | true",
        "a fact | I accept the fact that the president is a Christian | false",
        // three words: one word between is allowed
        "pay that wall | I will not pay for that wall | true",
        // from four words on, a quote printed with a few words more in it is still inside
        "I know you're under duress | I know you're under a lot of duress | true",
    })
    void aShortPartialQuoteIsInsideAQuoteOnlyInOnePiece(String piece, String whole, boolean expected) {
        assertThat(Clusterer.compact(Terms.words(piece), Terms.words(whole))).isEqualTo(expected);
        assertThat(Clusterer.compact(Terms.words(whole), Terms.words(piece))).isEqualTo(expected);
    }

    @Test
    void aPhraseOfThreeWordsFoundSpreadOutInAnotherPersonsQuoteDoesNotJoinIt() {
        Fixtures f = new Fixtures()
                .source("a", "\"We fail to show the American people that a flawed charter is not to be feared and that our power"
                        + " to mend what the founders gave us is a gift, not a cause for division,\" Mr. Roe said.")
                .source("b", "Members read the opening words, \"We the people,\" aloud.")
                .quote("a", "We fail to show the American people that a flawed charter is not to be feared and that our power"
                        + " to mend what the founders gave us is a gift, not a cause for division,")
                .partial("b", "We the people");
        assertThat(cluster(f)).hasSize(2);
    }

    @Test
    void aTwoWordQuoteOfOnePersonDoesNotJoinAnotherPersonsQuoteWithAWordBetween() {
        Fixtures f = new Fixtures()
                .source("a", "His lawyer said \"there was no Russian collusion\" in the case.")
                .source("b", "He wrote on Twitter: \"No collusion!\"")
                .person("jane-roe", "Jane Roe").person("john-doe", "John Doe")
                .quote("a", "there was no Russian collusion", "jane-roe")
                .quote("b", "No collusion!", "john-doe");
        assertThat(cluster(f)).hasSize(2);
    }

    @Test
    void aOneWordQuoteDoesNotJoinAClaimThatOnlySharesItsStem() {
        Fixtures f = new Fixtures()
                .source("a", "The plan was \"reasonable.\"")
                .source("b", "But that was one reason many lawmakers considered the plan unacceptable.")
                .quote("a", "reasonable.")
                .claim("b", "But that was one reason many lawmakers considered the plan unacceptable");
        assertThat(cluster(f)).hasSize(2);
    }

    @Test
    void aOneWordQuoteStillJoinsAQuoteThatHoldsTheWord() {
        Fixtures f = new Fixtures()
                .source("a", "He called it a \"prank\" on Wednesday.")
                .source("b", "\"It was a prank,\" he said.")
                .quote("a", "prank")
                .quote("b", "It was a prank,");
        assertThat(cluster(f)).hasSize(1);
    }

    @Test
    void aClaimThatHoldsAnOutletsQuoteJoinsTheQuotesCluster() {
        String quote = "you cannot end birthright citizenship with an executive order";
        Fixtures f = new Fixtures()
                .source("a", "He said the amendment is clear and that \"" + quote + ".\" Later he repeated: \"" + quote + ".\"")
                .source("b", "\"" + quote + ",\" the speaker told a radio station.")
                .claim("a", "the amendment is clear and that \"" + quote + ".\"")
                .quote("a", quote + ".")
                .quote("b", quote + ",");
        List<Cluster> clusters = cluster(f);
        assertThat(clusters).hasSize(1);
        assertThat(clusterOf(clusters, "a-00").kind()).isEqualTo(Cluster.Kind.MIXED);
        assertThat(clusterOf(clusters, "a-00").statements()).containsExactly("a-00", "a-01", "b-02");
    }

    @Test
    void aClaimAndTheQuoteItsSentenceHoldsAreOneStatementEvenInOneOutletAlone() {
        Fixtures f = new Fixtures()
                .source("a", "The department has started \"phase one\" of the move to the new harbour office.")
                .source("b", "Fire crews fought a blaze near the port on Sunday.")
                .claim("a", "The department has started \"phase one\" of the move to the new harbour office")
                .partial("a", "phase one")
                .claim("b", "Fire crews fought a blaze near the port on Sunday");
        List<Cluster> clusters = cluster(f);
        assertThat(clusters).hasSize(2);
        assertThat(clusterOf(clusters, "a-00").statements()).containsExactly("a-00", "a-01");
    }

    @Test
    void anOutletsClaimAndAQuoteOutsideItStayApart() {
        // the quote is not inside the claim's sentence: two statements of the outlet, one of which joins b's
        String quote = "you cannot end birthright citizenship with an executive order";
        Fixtures f = new Fixtures()
                .source("a", "He said you cannot end birthright citizenship with an executive order, and left. Later: \"" + quote + ".\"")
                .source("b", "\"" + quote + ",\" the speaker told a radio station.")
                .claim("a", "you cannot end birthright citizenship with an executive order")
                .quote("a", quote + ".")
                .quote("b", quote + ",");
        List<Cluster> clusters = cluster(f);
        assertThat(clusterOf(clusters, "a-00").statements()).doesNotContain("a-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10000 | true", "5700000000 | true", "1000 | true", "999 | false", "25 | false",
        // a year is no quantity; a number of four digits outside the years is
        "2016 | false", "1900 | false", "2100 | false", "2500 | true", "not-a-number | false",
    })
    void aQuantityIsANumberOfAThousandOrMoreThatIsNoYear(String term, boolean expected) {
        assertThat(Clusterer.quantity(term)).isEqualTo(expected);
    }

    @Test
    void twoOutletsSameSumInASharedPhraseJoinThoughTheirWordsDiffer() {
        Fixtures f = new Fixtures()
                .source("a", "In that case, the woman was accused of funneling at least $10,000 to the mayor's campaign through friends.")
                .source("b", "One donor was charged with illegally funneling more than $10,000 into his campaign.")
                .claim("a", "In that case, the woman was accused of funneling at least $10,000 to the mayor's campaign through friends")
                .claim("b", "One donor was charged with illegally funneling more than $10,000 into his campaign");
        assertThat(cluster(f)).hasSize(1);
    }

    @Test
    void aSumOneStatementMentionsInPassingJoinsNothing() {
        // both name the $5.7 billion, but it is in no phrase they share: one is about the demand, one about a loss
        String loss = "According to an analysis by a ratings agency, the economy lost at least $6 billion in the five"
                + " weeks the offices were closed, more than the $5.7 billion the president had sought for a steel"
                + " barrier on the border";
        Fixtures f = new Fixtures()
                .source("a", "The dispute began over the demand for $5.7 billion in funding for a steel barrier on the border.")
                .source("b", loss + ".")
                .claim("a", "The dispute began over the demand for $5.7 billion in funding for a steel barrier on the border")
                .claim("b", loss);
        assertThat(cluster(f)).hasSize(2);
    }
}

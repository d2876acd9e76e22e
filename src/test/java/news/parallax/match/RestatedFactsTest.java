package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (clus16): two outlets' statements that share a name and two words or more no other statement of the
 * story has, scoring {@value Clusterer#RESTATED_MIN_SCORE} or more, report one fact in each outlet's words
 * ({@link Clusterer.Links#restated}). Each pair joined here scores under the threshold and shares no phrase of the
 * two alone, so no other rule joins it.
 */
class RestatedFactsTest {

    private static final String A_LEAD = "The ferry timetable changes in June";
    private static final String B_LEAD = "Rain closed the pier twice in May";
    private static final String OTHER = "The harbour board meets again in the autumn";

    // whether claims a and b of two outlets share a cluster in a story whose third outlet has the claim third
    private static boolean together(String a, String b, String third) {
        // each outlet leads with something else: two leads are joined on less (LeadsTest)
        Fixtures f = new Fixtures().source("a", A_LEAD + ". " + a + ".").source("b", B_LEAD + ". " + b + ".")
                .source("c", third + ".").claim("a", A_LEAD).claim("b", B_LEAD).claim("a", a).claim("b", b)
                .claim("c", third);
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), f.extraction());
        return clusters.stream().anyMatch(c -> c.sources().contains("a") && c.sources().contains("b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a name and words of the two alone: one fact, told each outlet's way
        "Mayor Pike's aide kept a ledger of the toll money in a shoebox under her desk"
                + " | Investigators found the ledger in a shoebox in the office of an aide to Pike | true",
        // the same words about two people: two facts
        "Mayor Pike's aide kept a ledger of the toll money in a shoebox under her desk"
                + " | Investigators found the ledger in a shoebox in the office of an aide to Dole | false",
        // one word of the two alone: not enough
        "Mayor Pike's aide kept a ledger of the toll money under her desk"
                + " | Investigators found the ledger in the office of an aide to Pike | false",
        // the shared words only in a clause said in passing: about the place, not the fact
        "Pike spoke to reporters at the quay, where a ledger was found in a shoebox"
                + " | Investigators found the ledger in a shoebox in the office of an aide to Pike | false",
    })
    void aNameAndWordsOfTheTwoAloneAreOneFact(String a, String b, boolean expected) {
        assertThat(together(a, b, OTHER)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a third statement has the words: the story's subject, not the fact's own words
        "The ledger in the shoebox is now with the county prosecutor | false",
        "The harbour board meets again in the autumn | true",
    })
    void wordsAThirdStatementHasAreTheStorysSubject(String third, boolean expected) {
        assertThat(together("Mayor Pike's aide kept a ledger of the toll money in a shoebox under her desk",
                "Investigators found the ledger in a shoebox in the office of an aide to Pike", third))
                .isEqualTo(expected);
    }
}

package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 13 (clus14): two outlets' statements with two phrases in common, one of which no third statement of the
 * story has ({@link Clusterer.Links#ownPhrase}), are one fact when they are credited to one named person
 * ({@link Clusterer.Links#oneSpeaker}) or that phrase holds a figure both give ({@link Clusterer.Links#sharedFigures}).
 * Each pair joined here scores under the threshold and shares two phrases, under the anchor's three.
 */
class OwnPhrasesTest {

    // whether claims a and b of two outlets, credited to speakers a and b (null: none), share a cluster in a story
    // whose third outlet has the claim third
    private static boolean together(String a, String speakerA, String b, String speakerB, String third) {
        // each outlet leads with something else: two leads are joined on less (LeadsTest)
        Fixtures f = new Fixtures().person("jane-roe", "Jane Roe").person("john-doe", "John Doe")
                .source("a", A_LEAD + ". " + a + ".").source("b", B_LEAD + ". " + b + ".").source("c", third + ".")
                .claim("a", A_LEAD).claim("b", B_LEAD)
                .claim("a", a, speakerA).claim("b", b, speakerB).claim("c", third);
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), f.extraction());
        return clusters.stream().anyMatch(c -> c.sources().contains("a") && c.sources().contains("b"));
    }

    private static final String A_LEAD = "The ferry timetable changes in June";
    private static final String B_LEAD = "Rain closed the pier twice in May";
    private static final String OTHER = "The harbour board meets again in the autumn";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one person's decision, reported by two outlets around different context: one statement
        "she would not stand again for the seat in 2030, when the new harbour is due to open and the ferry routes are redrawn"
                + " | jane-roe | she will not stand again for the seat in 2030 after months of questions about the ferry"
                + " contracts she signed | jane-roe | true",
        "he would enter a plea of not guilty to every count filed against him by the county prosecutor last month | john-doe"
                + " | he plans to enter a plea of not guilty to every count at a hearing in the capital on Friday | john-doe | true",
        // the same sentences credited to nobody: two phrases are not enough
        "she would not stand again for the seat in 2030, when the new harbour is due to open and the ferry routes are redrawn"
                + " | | she will not stand again for the seat in 2030 after months of questions about the ferry"
                + " contracts she signed | | false",
        // credited to two people: two statements
        "she would not stand again for the seat in 2030, when the new harbour is due to open and the ferry routes are redrawn"
                + " | jane-roe | he will not stand again for the seat in 2030 after months of questions about the ferry"
                + " contracts he signed | john-doe | false",
    })
    void twoOutletsReportOnePersonsStatementInTheirOwnWords(String a, String speakerA, String b, String speakerB,
            boolean expected) {
        assertThat(together(a, speakerA, b, speakerB, OTHER)).isEqualTo(expected);
    }

    private static final String MORE = "the board could issue more subpoenas if other pilots refuse to cooperate with"
            + " the inquiry";
    private static final String HOPED = "she hoped the board would issue the subpoenas within days, before the council"
            + " leaves for its summer recess";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the story's subject: a third statement has the phrases too, so they are not the fact's own
        "Last month the board issued subpoenas to two ferry operators, the first in its history | false",
        // no third statement has them: the two are joined (here wrongly: the rule cannot tell these two apart)
        "The harbour board meets again in the autumn | true",
    })
    void aPhraseAThirdStatementHasIsTheStorysSubject(String third, boolean expected) {
        assertThat(together(MORE, "jane-roe", HOPED, "jane-roe", third)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the shared words are said in passing (", where ..."), about the place, not what she said
        "she trusts the inquiry, she said on a visit to Eastport, where a ferry sank with forty people on board last"
                + " spring | false",
        // the same words in the sentence's main clause: her statement is about the ferry
        "she trusts the inquiry into how a ferry sank in the spring, she said on a visit to Eastport | true",
    })
    void phrasesSaidInPassingAreNoFactOfTheirOwn(String a, boolean expected) {
        String b = "the whole country is watching Eastport where a ferry sank in the spring";
        assertThat(together(a, "jane-roe", b, "jane-roe", OTHER)).isEqualTo(expected);
    }

    private static final String DEFIANCE = "Defying the port authority, the 36 members of the Harbour Board have put"
            + " their names to a letter to Mayor Jane Roe, threatening a strike unless ferry fares fall";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the same count in a phrase of the two alone: one fact
        "The harbour board meets again in the autumn | true",
        // a third statement with the same count: the board's size, not the fact
        "The 36 members of the board are elected every four years | false",
    })
    void aCountInAPhraseOfTheTwoAloneIsOneFact(String third, boolean expected) {
        String b = "The letter, signed on Monday by the 36 members of the Board, reached city hall at noon and asks for"
                + " talks with the pilots before the summer timetable starts";
        assertThat(together(DEFIANCE, null, b, null, third)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2030 | true", "1900 | true", "2100 | true", "1899 | false", "2101 | false",
        "42 | false", "203 | false", "20300 | false"})
    void aYearIsFourDigitsFrom1900To2100(String term, boolean expected) {
        assertThat(Clusterer.year(term)).isEqualTo(expected);
    }
}

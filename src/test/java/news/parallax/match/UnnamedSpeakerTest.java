package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (clus15): a partial quote of under four words credited to a person is not taken from another outlet's
 * quote when that outlet never names the person ({@link Clusterer.Links#unnamed}): a common phrase in a letter of
 * others is not her words.
 */
class UnnamedSpeakerTest {

    private static final String LETTER = "Whatever the council meant, we are deeply troubled by what the new rule does"
            + " to our pilots and to the good name of the port";

    // whether outlet a's partial quote "deeply troubled" (credited to Ann Lee) and outlet b's LETTER share a cluster,
    // b's text being `intro` and the letter
    private static boolean together(String intro, String speaker) {
        String a = "The port authority was deeply troubled by the rule, its chairwoman, Ann Lee, said.";
        String b = intro + " \u201c" + LETTER + ",\u201d the letter says.";
        Fixtures f = new Fixtures().person("ann-lee", "Ann Lee").person("tom-webb", "Tom Webb")
                .source("a", a).source("b", b)
                .partial("a", "deeply troubled", "ann-lee").quote("b", LETTER, speaker.isEmpty() ? null : speaker);
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), f.extraction());
        return clusters.stream().anyMatch(c -> c.sources().contains("a") && c.sources().contains("b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // outlet b never names her: the letter is someone else's
        "Twelve pilots wrote to the council on Monday. | | false",
        "Twelve pilots wrote to the council on Monday. | tom-webb | false",
        // outlet b names her: the letter may be hers
        "Ann Lee wrote to the council on Monday. | | true",
        "Ms. Lee and twelve pilots wrote to the council on Monday. | | true",
    })
    void aShortQuoteIsNotTakenFromAnOutletThatNeverNamesItsSpeaker(String intro, String speaker, boolean expected) {
        assertThat(together(intro, speaker == null ? "" : speaker)).isEqualTo(expected);
    }
}

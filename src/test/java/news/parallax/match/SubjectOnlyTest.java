package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (clus15): two outlets' statements that only the phrase anchor joins (0.48 here, the logistic function
 * under the threshold) stay apart when every phrase they share is one the story repeats, in more than four of its
 * statements ({@link Clusterer.Links#subjectOnly}): the story's subject, not a fact of the two.
 */
class SubjectOnlyTest {

    private static final String A = "the use of a personal email account was meant only for emergencies when the office"
            + " server failed";
    private static final String B = "a review of harbour files last summer set off the disclosure this week of the"
            + " mayor's use of a personal email account";
    private static final String SUBJECT = "The mayor's use of a personal email account";
    private static final String[] OTHER = {"is under review by the council", "drew questions from the port pilots",
        "was first reported by a local paper", "will be the subject of a hearing in June", "angered the clerks' union"};

    // whether A (outlet a) and B (outlet b) share a cluster, outlet c printing `repeats` sentences on the subject
    private static boolean together(int repeats) {
        List<String> c = new ArrayList<>(List.of("The ferry runs twice a day"));
        for (int i = 0; i < repeats; i++) {
            c.add(SUBJECT + " " + OTHER[i]);
        }
        Fixtures f = new Fixtures().source("a", "The pier opens in June. " + A + ".")
                .source("b", "Rain closed the pier in May. " + B + ".").source("c", String.join(". ", c) + ".")
                .claim("a", "The pier opens in June").claim("b", "Rain closed the pier in May").claim("a", A).claim("b", B);
        for (String s : c) {
            f = f.claim("c", s);
        }
        news.parallax.model.Extraction e = f.extraction();
        String a = e.statements().stream().filter(s -> s.text().equals(A)).findFirst().orElseThrow().id();
        String b = e.statements().stream().filter(s -> s.text().equals(B)).findFirst().orElseThrow().id();
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), e);
        return clusters.stream().anyMatch(k -> k.statements().contains(a) && k.statements().contains(b));
    }

    @ParameterizedTest
    @CsvSource({
        // the shared phrases are the two's alone, or nearly: one fact
        "0, true",
        "2, true",
        // the story repeats them in five statements or more: its subject, and the two report two facts
        "3, false",
        "5, false",
    })
    void phrasesTheStoryRepeatsAreItsSubject(int repeats, boolean expected) {
        assertThat(together(repeats)).isEqualTo(expected);
    }
}

package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (clus15): two outlets' leads (the first claim of each, {@link Clusterer#leads}) that share a phrase
 * of their own (found in at most two statements of the story besides its leads) and score 0.15 or more report the
 * news both lead with. The pair here scores 0.16, under the threshold.
 */
class LeadsTest {

    private static final String LEAD_A = "Jane Roe resigned from the port board, ending a decade of fights over the"
            + " ferry contracts and the new pier";
    private static final String LEAD_B = "Roe, a former mayor, is resigning from the port board after ten years, the"
            + " council said in a letter";

    // whether LEAD_A (first in source a) and LEAD_B (after `before` in source b, when given) share a cluster, in a
    // story whose third source has the claims `third` (separated by "; ")
    private static boolean together(String before, String third) {
        String b = before.isEmpty() ? LEAD_B + "." : before + ". " + LEAD_B + ".";
        String[] others = third.split("; ");
        Fixtures f = new Fixtures().source("a", LEAD_A + ". The pier opens in June.").source("b", b)
                .source("c", String.join(". ", others) + ".").claim("a", LEAD_A).claim("a", "The pier opens in June");
        if (!before.isEmpty()) {
            f = f.claim("b", before);
        }
        f = f.claim("b", LEAD_B);
        for (String o : others) {
            f = f.claim("c", o);
        }
        news.parallax.model.Extraction e = f.extraction();
        String a = e.statements().stream().filter(s -> s.text().equals(LEAD_A)).findFirst().orElseThrow().id();
        String b2 = e.statements().stream().filter(s -> s.text().equals(LEAD_B)).findFirst().orElseThrow().id();
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), e);
        return clusters.stream().anyMatch(c -> c.statements().contains(a) && c.statements().contains(b2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // both lead with the resignation: one piece of news in their own words
        " | The ferry strike ended in May | true",
        // the same sentence, but not what the second outlet leads with
        "The council met on Monday to set the ferry timetable for the summer | The ferry strike ended in May | false",
        // the shared phrase is the story's subject: other statements repeat it
        " | The ferry strike ended in May; The pilots wrote about resigning from the port board in March; Resigning from the port board is rare, said"
                + " a clerk; Three members of the council talked of resigning from the port board | false",
    })
    void twoOutletsLeadWithOneNews(String before, String third, boolean expected) {
        assertThat(together(before == null ? "" : before, third)).isEqualTo(expected);
    }
}

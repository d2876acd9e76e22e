package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (clus15): two outlets' claims that put two names on either side of one word, each the other way round,
 * report two people's acts ({@link Clusterer.Links#rolesSwapped}); the similarity scores such pairs 0.71 to 0.99.
 */
class RolesSwappedTest {

    // whether claims a and b of two outlets share a cluster (each is the second claim of its outlet)
    private static boolean together(String a, String b) {
        Fixtures f = new Fixtures().source("a", "The ferry timetable changes in June. " + a + ".")
                .source("b", "Rain closed the pier twice in May. " + b + ".")
                .claim("a", "The ferry timetable changes in June").claim("b", "Rain closed the pier twice in May")
                .claim("a", a).claim("b", b);
        List<Cluster> clusters = Matcher.standard().cluster(f.story(), f.extraction());
        return clusters.stream().anyMatch(c -> c.sources().contains("a") && c.sources().contains("b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one act each way: two statements
        "An angry Roe lashed out at Doe on the radio | Mayor John Doe on Friday lashed out at Jane Roe | false",
        "Jane Roe sued John Doe over the pier contract | John Doe sued Jane Roe over the pier contract | false",
        // the same act
        "An angry Doe lashed out at Roe on the radio | Mayor John Doe on Friday lashed out at Jane Roe | true",
        "Jane Roe sued John Doe over the pier contract | Jane Roe has sued John Doe over the pier contract | true",
    })
    void whoDidWhatToWhom(String a, String b, boolean expected) {
        assertThat(together(a, b)).isEqualTo(expected);
    }
}

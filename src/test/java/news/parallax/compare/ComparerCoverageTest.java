package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.match.Fixtures;
import news.parallax.match.Matcher;
import news.parallax.model.Analysis;
import news.parallax.model.Comparison;
import org.junit.jupiter.api.Test;

class ComparerCoverageTest {

    @Test
    void exclusivesAreWhatOneSourceAloneCarriedAndOmissionsWhatMostOthersCarried() {
        Fixtures f = new Fixtures()
                .source("a", "\"Taxes will not rise this year,\" the mayor said. The council approved the budget on Tuesday.")
                .source("b", "\"Taxes will not rise this year,\" the mayor said. Wheat prices rose sharply this spring.")
                .source("c", "The council met. A new school opened in the north of the city.")
                .quote("a", "Taxes will not rise this year,")
                .claim("a", "The council approved the budget on Tuesday.")
                .quote("b", "Taxes will not rise this year,")
                .claim("b", "Wheat prices rose sharply this spring.")
                .claim("c", "A new school opened in the north of the city.");
        Analysis analysis = new Analysis(f.story(), List.of(), f.extraction().statements(),
                Matcher.standard().cluster(f.story(), f.extraction()));
        Comparison c = Comparer.standard().compare(analysis);
        String shared = c.clusterOrder().get(0);
        assertThat(analysis.clusters().get(0).sources()).containsExactly("a", "b");
        assertThat(c.omissions()).containsEntry("c", List.of(shared)).containsEntry("a", List.of())
                .containsEntry("b", List.of());
        assertThat(c.exclusives().get("a")).hasSize(1).doesNotContain(shared);
        assertThat(c.exclusives().get("b")).hasSize(1);
        assertThat(c.exclusives().get("c")).hasSize(1);
    }
}

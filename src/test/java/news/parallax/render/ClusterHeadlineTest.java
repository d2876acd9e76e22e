package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which member's wording heads a cluster: the commonest, and of equals one that reads as a sentence. */
class ClusterHeadlineTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The council approved the bridge                 | true
            while also weighing a second bridge             | false
            “We cannot afford it”                           | true
            "we cannot afford it"                           | false
            40 councillors voted for it                     | true
            ...and then the vote                            | false
            Élan, the firm, won the contract                | true
            ¿Quién paga?                                    | true
            ---                                             | false
            """)
    void aTextOpensLikeASentenceWhenItsFirstLetterIsACapitalOrItsFirstCharacterAFigure(String text, boolean expected) {
        assertThat(StoryModel.opensSentence(statement("a", "a-1", text))).isEqualTo(expected);
    }

    @Test
    void ofWordingsSharedEquallyTheFirstThatOpensLikeASentenceHeadsTheCluster() {
        StoryModel m = model(
                "while also weighing a second bridge over the river",
                "The council is also weighing a second bridge over the river",
                "Councillors are weighing another bridge");

        assertThat(m.base(m.clusters.get("k")).text()).startsWith("The council is also weighing");
    }

    @Test
    void aWordingSeveralSourcesShareHeadsTheClusterEvenWhenItIsAClause() {
        StoryModel m = model(
                "The council is also weighing a second bridge",
                "while also weighing a second bridge over the river",
                "while also weighing a second bridge over the river");

        assertThat(m.base(m.clusters.get("k")).source()).isEqualTo("b");
    }

    @Test
    void whenNoMemberOpensLikeASentenceTheFirstSourcesWordingHeadsTheCluster() {
        StoryModel m = model("a second bridge over the river", "another bridge, perhaps", "and a second bridge");

        assertThat(m.base(m.clusters.get("k")).source()).isEqualTo("a");
    }

    @Test
    void reportedSpeechOfANamedSpeakerReadsOnItsOwnThoughItOpensInLowerCase() {
        StoryModel m = modelWithSpeaker("jane-roe",
                "she would veto the bill next week",
                "The governor will veto the bill");

        assertThat(m.base(m.clusters.get("k")).source()).isEqualTo("a");
    }

    private static StoryModel model(String... texts) {
        return modelWithSpeaker(null, texts);
    }

    /**
     * A story of one source per text, one claim each, all in cluster {@code k}; the first claim is reported
     * speech of {@code speaker} when that is not null.
     */
    private static StoryModel modelWithSpeaker(String speaker, String... texts) {
        List<Source> sources = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String id = String.valueOf((char) ('a' + i));
            String text = "Headline " + id + "\n\n" + texts[i] + ".";
            int start = text.indexOf(texts[i]);
            sources.add(new Source(id, id + ".txt", "Outlet " + id, Optional.empty(), Optional.of("Headline " + id),
                    Optional.empty(), Optional.empty(), Optional.empty(), text,
                    List.of(new Block(Block.Kind.HEADLINE, 0, start - 2), new Block(Block.Kind.BODY, start, text.length()))));
            Statement s = statement(id, id + "-c1", texts[i]);
            statements.add(new Statement(s.id(), id, Statement.Kind.CLAIM, texts[i], start, start + texts[i].length(),
                    Optional.ofNullable(i == 0 ? speaker : null), false,
                    Optional.ofNullable(i == 0 && speaker != null ? "said" : null), 0.7));
            ids.add(id);
        }
        Story story = new Story("bridge", "Bridge", sources);
        Cluster k = new Cluster("k", Cluster.Kind.CLAIM, statements.stream().map(Statement::id).toList(), ids, List.of());
        Analysis analysis = new Analysis(story, List.of(), statements, List.of(k));
        return new StoryModel(new Comparison(analysis, List.of("k"), Map.of(), Map.of(), Map.of(), List.of(), List.of()));
    }

    private static Statement statement(String source, String id, String text) {
        return new Statement(id, source, Statement.Kind.CLAIM, text, 0, text.length(), Optional.empty(), false,
                Optional.empty(), 0.7);
    }
}

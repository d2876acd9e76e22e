package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Cluster;
import news.parallax.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpeaksForTest {

    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker("tom-hale", "Tom Hale", List.of(), List.of(), Speaker.Kind.PERSON),
            new Speaker("jane-roe", "Jane Roe", List.of(), List.of("attorney"), Speaker.Kind.PERSON),
            new Speaker("ann-bell", "Ann Bell", List.of(), List.of("Sen.", "Senator"), Speaker.Kind.PERSON),
            new Speaker("ed-marsh-jr", "Ed Marsh Jr.", List.of(), List.of(), Speaker.Kind.PERSON),
            new Speaker("harbour-board", "Harbour Board", List.of(), List.of(), Speaker.Kind.ORGANIZATION));

    private static final String PAIR = Clusterer.pairKey("tom-hale", "jane-roe");

    @ParameterizedTest
    @ValueSource(strings = {
        "Hale's lawyer, Jane Roe, said the dismissal was unfair.",
        "Hale’s attorney Jane Roe said the dismissal was unfair.",
        "Hale's longtime spokeswoman, Jane Roe, said he would appeal.",
        "\"He did nothing wrong,\" said Jane Roe, Hale's lawyer, on Monday.",
        "A lawyer for Tom Hale, Jane Roe, said he would appeal.",
        "A spokeswoman for Hale, Ms. Roe, declined to say more.",
        // the name after the role is the agent, not one before it
        "A letter to Bell, Hale's lawyer, Jane Roe, wrote, was unanswered.",
    })
    void aSourceThatSaysOnePersonSpeaksForAnotherPairsThem(String text) {
        assertThat(Clusterer.speaksFor(SPEAKERS, List.of(text))).containsExactly(PAIR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the role is no one's, or the other name is not the role's holder
        "Hale's lawyer said Roe had not read the file.",
        "Hale's lawyer. Roe said nothing.",
        "Tom Hale and Jane Roe both hired a lawyer.",
        // a capitalised office is no one's agent
        "Hale's Attorney General, Jane Roe, said the law was clear.",
        // the two names in another relation
        "Hale's daughter, Jane Roe, said he would appeal.",
        // one person's own lawyer
        "Roe's lawyer, Jane Roe, said so.",
        // someone named with her own office after the role: the recipient of a letter, not the lawyer
        "In a letter to Hale's lawyer, Sen. Ann Bell asked for the files.",
    })
    void noOtherWordingPairsTwoPeople(String text) {
        assertThat(Clusterer.speaksFor(SPEAKERS, List.of(text))).isEmpty();
    }

    @Test
    void aNameWithASuffixIsFoundByItsSurname() {
        assertThat(Clusterer.speaksFor(SPEAKERS, List.of("Marsh's attorney, Jane Roe, said he would appeal.")))
                .containsExactly(Clusterer.pairKey("ed-marsh-jr", "jane-roe"));
    }

    @Test
    void aLawyerRestatingHisClientJoinsTheClientsStatement() {
        String a = "Tom Hale said the board had ignored the ruling of its own review panel before it dismissed him.";
        String b = "Hale's lawyer, Jane Roe, said the board dismissed him although its own review panel had ruled otherwise.";
        String claimA = "the board had ignored the ruling of its own review panel before it dismissed him";
        String claimB = "the board dismissed him although its own review panel had ruled otherwise";
        Fixtures client = new Fixtures().source("a", a).source("b", b)
                .person("tom-hale", "Tom Hale").person("jane-roe", "Jane Roe")
                .claim("a", claimA, "tom-hale").claim("b", claimB, "jane-roe");
        List<Cluster> clusters = Matcher.standard().cluster(client.story(), client.extraction());
        assertThat(clusters).hasSize(1);
        // the same two statements from a lawyer the sources do not tie to him stay two people's
        String c = "Jane Roe, a lawyer, said the board dismissed him although its own review panel had ruled otherwise.";
        Fixtures stranger = new Fixtures().source("a", a).source("b", c)
                .person("tom-hale", "Tom Hale").person("jane-roe", "Jane Roe")
                .claim("a", claimA, "tom-hale").claim("b", claimB, "jane-roe");
        assertThat(Matcher.standard().cluster(stranger.story(), stranger.extraction())).hasSize(2);
    }

    @Test
    void aShortQuoteOfEachSharesAWordNotAFact() {
        Fixtures f = new Fixtures()
                .source("a", "Tom Hale told the panel he offered \"no excuses\" for the delay.")
                .source("b", "Hale's lawyer, Jane Roe, said: \"That is not an excuse, it is just a fact,\" of the delay.")
                .person("tom-hale", "Tom Hale").person("jane-roe", "Jane Roe")
                .quote("a", "no excuses", "tom-hale")
                .quote("b", "That is not an excuse, it is just a fact,", "jane-roe");
        assertThat(Matcher.standard().cluster(f.story(), f.extraction())).hasSize(2);
    }
}

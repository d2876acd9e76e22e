package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import news.parallax.model.Analysis;
import news.parallax.model.Comparison;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The looks (hue and pattern) of speakers' marks: no two speakers of one article alike. */
class SpeakerLooksTest {

    /**
     * The fixture with {@code inAlpha} speakers credited with a claim in Daily Example and {@code inBeta} others
     * in Wire Sample (each claim the source's first body sentence, as if several people said it).
     */
    private static StoryModel model(int inAlpha, int inBeta) {
        Comparison f = Fixture.comparison();
        Analysis a = f.analysis();
        List<Speaker> speakers = new ArrayList<>();
        List<Statement> statements = new ArrayList<>(a.statements());
        for (int i = 0; i < inAlpha + inBeta; i++) {
            String source = i < inAlpha ? "alpha" : "beta";
            String id = "person-" + i;
            speakers.add(new Speaker(id, "Person " + i, List.of(), List.of(), Speaker.Kind.PERSON));
            var body = a.story().source(source).body().get(0);
            String text = a.story().source(source).text().substring(body.start(), body.end());
            statements.add(new Statement(source + "-x" + i, source, Statement.Kind.CLAIM, text, body.start(), body.end(),
                    Optional.of(id), false, Optional.empty(), 0.7));
        }
        return new StoryModel(new Comparison(new Analysis(a.story(), speakers, statements, a.clusters()),
                f.clusterOrder(), f.exclusives(), f.omissions(), f.distinctive(), f.loadedTerms(), f.citations()));
    }

    @ParameterizedTest
    @CsvSource({"3, 0", "8, 0", "9, 4", "12, 12", "24, 2"})
    void theSpeakersOfOneSourceNeverLookAlikeUpToTwentyFour(int inAlpha, int inBeta) {
        StoryModel m = model(inAlpha, inBeta);
        for (String source : List.of("alpha", "beta")) {
            List<String> looks = m.speakers.keySet().stream()
                    .filter(id -> m.statements.values().stream().anyMatch(s -> s.source().equals(source)
                            && s.speaker().filter(id::equals).isPresent()))
                    .map(id -> m.colour(Optional.of(id))).toList();
            assertThat(distinct(looks)).as(source).hasSameSizeAs(looks);
            assertThat(looks).allMatch(c -> c.matches("sp-([0-9]|1[0-9]|2[0-3])"));
        }
    }

    @ParameterizedTest
    @CsvSource({"5, 5", "8, 8"})
    void speakersOfDifferentSourcesCanShareTheFirstHues(int inAlpha, int inBeta) {
        StoryModel m = model(inAlpha, inBeta);
        // no source credits more than eight speakers: every look is a plain hue
        assertThat(m.speakers.keySet().stream().map(id -> m.colour(Optional.of(id))))
                .allMatch(c -> c.matches("sp-[0-7]"));
    }

    @ParameterizedTest
    @CsvSource({"4, 4", "1, 7", "6, 0"})
    void eightSpeakersOrFewerInAStoryHaveEightDifferentHues(int inAlpha, int inBeta) {
        StoryModel m = model(inAlpha, inBeta);
        assertThat(distinct(m.speakers.keySet().stream().map(id -> m.colour(Optional.of(id))).toList()))
                .hasSize(inAlpha + inBeta);
    }

    @ParameterizedTest
    @CsvSource({"30, 0"})
    void pastTwentyFourSpeakersInOneSourceTheLooksRepeat(int inAlpha, int inBeta) {
        StoryModel m = model(inAlpha, inBeta);
        assertThat(m.speakers.keySet().stream().map(id -> m.colour(Optional.of(id))).collect(Collectors.toSet()))
                .hasSize(StoryModel.LOOKS);
    }

    private static java.util.Set<String> distinct(List<String> list) {
        return new java.util.HashSet<>(list);
    }
}

package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The check-worthiness score moves the way an editor would expect on obvious cases. */
class CheckWorthinessTest {

    private static final CheckWorthiness SCORER = CheckWorthiness.standard();

    static Stream<Arguments> lessAndMoreCheckWorthy() {
        return Stream.of(
                // figures, dates and names make a sentence more checkable
                Arguments.of("The council closed the library.", "The council closed 12 libraries in 2019."),
                Arguments.of("The company hired workers.", "The company hired 3,000 workers in Ohio last year."),
                Arguments.of("They cut the budget.", "Congress cut the defence budget by $40 billion."),
                // a past action is more checkable than a wish or a plan
                Arguments.of("We should build more schools.", "The state built 40 schools."),
                Arguments.of("The government will probably raise taxes.", "The government raised taxes in 2021."),
                // opinion, hedges, first and second person and questions make it less so
                Arguments.of("I think you are a wonderful person.", "The senator voted against the bill."),
                Arguments.of("Did the army send 500 troops to the border?", "The army sent 500 troops to the border."),
                Arguments.of("Thank you, and good evening.", "Unemployment fell to 4 percent in March."));
    }

    @ParameterizedTest
    @MethodSource("lessAndMoreCheckWorthy")
    void aSentenceWithCheckableContentScoresHigher(String less, String more) {
        assertThat(SCORER.score(more)).isGreaterThan(SCORER.score(less));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The senate passed the bill by 52 votes to 48 on Thursday.",
        "Unemployment fell to 4 percent in March.", "The company sold 2 million cars in Europe in 2023."})
    void plainFactsAreCheckWorthy(String sentence) {
        assertThat(SCORER.isCheckWorthy(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thank you very much.", "I think that's a great idea.", "What do you want?",
        "Well, let me say this.", "We have to do better.", ""})
    void courtesiesOpinionsAndQuestionsAreNot(String sentence) {
        assertThat(SCORER.isCheckWorthy(sentence)).isFalse();
    }

    @Test
    void featuresAreTheNamedOnesEachBetweenZeroAndOne() {
        Map<String, Double> f = SCORER.features("In 2019 the U.S. Senate voted 52 to 48 to cut taxes by $1.5 trillion, didn't it?");
        assertThat(f.keySet()).containsExactlyElementsOf(CheckWorthiness.FEATURES);
        assertThat(f.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 1.0));
        assertThat(f).containsEntry("number", 1.0).containsEntry("date", 1.0).containsEntry("question", 1.0)
                .containsEntry("quantity", 1.0).containsEntry("past", 1.0);
    }

    @Test
    void scoresAreProbabilitiesAndTheThresholdLiesStrictlyBetween() {
        assertThat(SCORER.threshold()).isStrictlyBetween(0.0, 1.0);
        assertThat(SCORER.score("Unemployment fell to 4 percent in March.")).isBetween(0.0, 1.0);
        assertThat(SCORER.score("")).isBetween(0.0, 1.0);
    }
}

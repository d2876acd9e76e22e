package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatcherScoreTest {

    private final Matcher matcher = Matcher.standard();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "The ministry said 50,000 troops are stationed in the country. | The ministry said 50 000 troops are stationed in the country.",
        "The company reported a profit of $2.5 million in the first quarter. | In the first quarter the company reported a $2.5 million profit.",
        "The minister visited the island on Sunday to mark the 80th anniversary of the battle. | On Sunday the minister visited the island to mark the battle's 80th anniversary.",
        "Officials agreed to speed up the maintenance of warships in the port. | Officials also agreed to speed up maintenance of the warships in the port.",
        "The council voted to co-operate with the regional e-mail provider. | The council voted to cooperate with the regional email provider.",
    })
    void statementsThatSayTheSameThingMatch(String a, String b) {
        assertThat(matcher.score(a, b)).isGreaterThanOrEqualTo(matcher.claimThreshold());
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "The minister visited the island on Sunday. | Prices of wheat rose sharply in the spring.",
        "The company reported a profit of $2.5 million in the first quarter. | The company plans to hire 300 engineers next year.",
        "The two sides agreed to build new missiles together. | The two sides will meet again in the capital on Friday.",
        "Protesters gathered outside the parliament on Monday. | The parliament passed the budget on Monday after a long debate.",
    })
    void statementsThatSayDifferentThingsDoNotMatch(String a, String b) {
        assertThat(matcher.score(a, b)).isLessThan(matcher.claimThreshold());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The mayor said the bridge would reopen in May. | The mayor said the bridge would reopen in May.",
    })
    void scoreIsSymmetricAndBetweenZeroAndOne(String a, String b) {
        double ab = matcher.score(a, b);
        assertThat(ab).isEqualTo(matcher.score(b, a)).isBetween(0.0, 1.0).isGreaterThan(0.9);
    }
}

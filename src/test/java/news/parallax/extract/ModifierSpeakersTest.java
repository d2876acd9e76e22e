package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static news.parallax.extract.QuoteFinderTest.reportedClaims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16 (lead): a place or a name that only modifies a noun ("the mayors of Denver and Austin", "the Ohio case",
 * "calling Haitian immigrants “...”") is nobody's voice; the description it sits in may be ("the mayor of Portland",
 * "the Harbor group", "the Webb administration"); a comparison that opens a sentence ("Rather than ...") is no name; a
 * surname with a letter dropped is the same person; capitalised words before a given name and a surname describe the
 * person ("Republican Jane Roe"); one person described speaks a word or two quoted after the reporting verb. Every
 * sentence here is invented.
 */
class ModifierSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            After the mayors of Denver and Austin heaped scorn on the company, the mayor of Portland, Oregon, suggested it was selling “bigot burgers.” | bigot burgers.=>the-mayor-of-portland
            The outspoken congressman who represents parts of Dayton and Akron was sharp, refusing to answer questions and even calling one reporter a “clown” for interrupting him. | clown=>the-outspoken-congressman
            Reacting to the firing, the president tweeted, “finally,” while asking whether the Ohio case will now be dropped: “Agent Jane Roe was just fired from the bureau.” | finally,=>the-president;Agent Jane Roe was just fired from the bureau.=>the-president
            The front-runner, who has made many harsh remarks about migrants including calling Haitian immigrants “criminals” and “thieves,” insists he will make the island pay. | criminals=>the-front-runner;thieves,=>the-front-runner
            The Harbor Tea Party answered at once. Within hours, the Harbor group fired off a statement calling the plan “reckless and false.” | reckless and false.=>harbor-tea-party
            A spokesman for the port warned that the council had “major concerns.”                                                            | major concerns.=>a-spokesman
            """)
    void aNameThatModifiesANounIsNotTheSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Rather than go ahead with the show, Mr. Vale chose to drop it. “I must keep all of my options open,” he said.   | I must keep all of my options open,=>vale
            Jane Crane opened the session. “We begin now,” Cane said.                                                        | We begin now,=>jane-crane
            “Some people are very angry, and the mayor became part of that,” said former Representative Tom M. Webb III, a Valley Republican. | Some people are very angry, and the mayor became part of that,=>tom-m.-webb
            His rival for the seat, Republican Jane Roe, was blunt. “The offer came three months late,” Roe said in a statement. | The offer came three months late,=>jane-roe
            “We hope to have a fix very soon,” state Senate President Pro Tem David Webb said.                                 | We hope to have a fix very soon,=>david-webb
            Senators Kirsten Roe and Tom Webb spoke first. Ms. Roe added three words: “See you Sunday.”                      | See you Sunday.=>kirsten-roe
            """)
    void namesAreReadWhole(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Webb administration tried on Saturday to defend the program, arguing that it is only a system for sorting data. | it is only a system for sorting data | the-webb-administration
            Earlier Friday, chairman of the Harbor Committee Rep. Jane Roe (D-Ohio) revealed that her committee had begun to look for witnesses. | her committee had begun to look for witnesses | jane-roe
            That cable summarized a meeting held by the U.S. Mission in Harborville and warned the post could not withstand an assault.         | the post could not withstand an assault         | -
            The senator met the mayor of Harborville and warned that the port could not withstand a long strike.                               | the port could not withstand a long strike      | the-senator
            """)
    void reportedSpeechOfABodyOrAPersonAfterATitle(String text, String expected, String speaker) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims).extracting(Statement::text).containsExactly(expected);
        assertThat(claims).extracting(s -> s.speaker().orElse("-")).containsExactly(speaker);
    }
}

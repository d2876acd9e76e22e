package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.claimSpeakersIn;
import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes from a fresh hand-judged sample of unseen US news (session 8): a question-and-answer list whose
 * questions name people, an organisation named with "for", a text's author before "saying X “...”", a trailing
 * participle whose subject is a described person, a subject whose apposition holds a relative clause and dashes,
 * and a participle inside a relative clause. Every sentence here is invented.
 */
class FreshSampleSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Harbor Medical Center issued a statement saying Webb “had a second surgery on Friday.” ¶ Webb has a security detail from the Capitol Harbor Police. ¶ Capitol Harbor Police have not announced any new steps for the dock crews, but said officers will patrol the piers each night. | capitol-harbor-police
            """)
    void aBodyNamedInCapitalsIsItself(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Asked about each of her rivals, Jane Roe played along. ¶ Governor Webb? “Tireless,” she said. ¶ And Mr. Pratt? “A kind man. He means well.” | Tireless,=>jane-roe;A kind man. He means well.=>jane-roe
            Asked for a word on each candidate, Mr. Tom Webb obliged. ¶ Senator Alder Pratt? “Strong,” he said. ¶ Mayor Dale Gunn? “A good friend.” | Strong,=>tom-webb;A good friend.=>tom-webb
            """)
    void aNameAskedAboutIsNoSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The vote was a stunning display of cowardice,” said Citizens for Clean Harbors, one of several groups. | The vote was a stunning display of cowardice,=>citizens-for-clean-harbors
            “We will not stop until the law changes,” Parents for Safer Streets said in a statement.      | We will not stop until the law changes,=>parents-for-safer-streets
            """)
    void anOrganisationNamedWithForIsWhole(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            On Thursday night, the Harbor Medical Center issued a statement saying Webb “had a second surgery and remains in serious condition.” | had a second surgery and remains in serious condition.=>harbor-medical-center
            """)
    void theSubjectOfTheContentIsNotTheSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mayor Jane Roe fired the harbor chief on Friday. ¶ The mayor over the weekend had posted that Webb and others have “badly hurt” the Harbor Board’s name, referring to them as “fools and losers!” | badly hurt=>jane-roe;fools and losers!=>jane-roe
            """)
    void aTrailingParticipleSpeaksForTheSubject(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb, a retired profiler who, in 1996, helped catch “Mad” Alder Pratt -- who hurt three people -- told reporters on Wednesday that the letter reminded him of an old case. ¶ “The linguist in me noticed the spelling of the names right away.” | The linguist in me noticed the spelling of the names right away.=>tom-webb
            Tom Webb, a retired profiler who in 1996 helped catch Alder Pratt -- who hurt three people -- told reporters: “The spelling of the names was odd.” | The spelling of the names was odd.=>tom-webb
            Even before Tom Webb landed in Ohio, he was already quarrelling with former Governor Jane Roe – who spent the week calling the plan “a costly fantasy” in every interview. | a costly fantasy=>jane-roe
            """)
    void aRelativeClauseKeepsItsSubject(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb disagreed. ¶ “It is the best offer we have ever had,” he said. ¶ Roe was not moved: “We will strike on Monday.” | It is the best offer we have ever had,=>tom-webb;We will strike on Monday.=>roe
            “The offer stands,” Tom Webb said. ¶ Jane Roe was blunt: “Then we will strike.”            | The offer stands,=>tom-webb;Then we will strike.=>jane-roe
            """)
    void aSubjectDescribedBeforeAColonSpeaks(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

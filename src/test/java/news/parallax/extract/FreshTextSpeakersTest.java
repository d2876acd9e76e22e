package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.claimSpeakersIn;
import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes from single sentences of wire news that no earlier round read (session 9): a body whose name holds
 * "and", a description owned by a described person or body, a described subject followed by a relative clause, and
 * "he" or "she" never standing for a name the tagger read as common words. Every sentence here is invented.
 */
class FreshTextSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The new rule takes effect in May, the Farm and Dairy Board said on Monday.             | farm-and-dairy-board
            Jane Roe and Tom Webb said the port would reopen in May.                              | -
            """)
    void aBodyWhoseNameHoldsAndIsOneSpeaker(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The levy is void,” said the Harbor and Canal Commission.                     | The levy is void,=>harbor-and-canal-commission
            “The levy is void,” a spokesperson for the Fish and Game Service said.   | The levy is void,=>a-spokesperson
            """)
    void aBodyWhoseNameHoldsAndSpeaksForItsQuote(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will wait for the vote,” the mayor’s spokesman said.          | We will wait for the vote,=>the-mayor-s-spokesman
            “The season is over,” said the team’s coach.                     | The season is over,=>the-team-s-coach
            Jane Roe met the council. ¶ “We will wait,” the mayor's top aide said. | We will wait,=>the-mayor-s-top-aide
            """)
    void aDescriptionOwnedByADescriptionStandsAsWritten(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A woman who saw the crash said the car was red.                      | a-woman
            A man who knows Tom Webb said the car was red.                       | a-man
            Sources who saw the plan said the deal was close.                    | sources
            In Ohio, two nurses who work nights said the ward was full.          | two-nurses
            Jane Roe, a nurse who works nights, said the ward was full.          | jane-roe
            """)
    void aDescribedSubjectBeforeARelativeClauseSpeaks(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb runs a bakery. ¶ Rural Transit sent the bus passes in May, but the passes were late. ¶ “It was a mess,” she told reporters. | It was a mess,=>-
            Mamadou Faye runs a bakery. ¶ “It was a mess,” he told reporters.                                                                   | It was a mess,=>mamadou-faye
            """)
    void aPronounNeverStandsForANameReadAsCommonWords(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            He also said that Tom Webb had sold his shares in May.                 | -
            Tom Webb met Ann Lee on Monday. ¶ He said Mr. Pratt had sold his shares. | tom-webb
            """)
    void aPronounNeverStandsForAPersonNamedAfterIt(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Dutch authorities have said the bridge would reopen in May.    | dutch-authorities
            Two county deputies said the road was closed.                  | two-county-deputies
            """)
    void aPluralInIesOfAPersonNounIsADescription(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Webb hit back: “It is a lie,” he said.                        | It is a lie,=>webb
            Jane Roe spoke first. Webb hit back: “It is a lie,” he said.   | It is a lie,=>webb
            Acme reopened on Monday. “It is a lie,” he said.               | It is a lie,=>-
            Products using the chip will ship in May, “and soon,” he said.  | and soon,=>-
            """)
    void aLoneSurnameOpeningThePronounsSentenceIsItsAntecedent(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Sen. Jane Roe unveiled her own Social Insurance package. ¶ The group says its work on strengthening Social Insurance goes on. ¶ Social Insurance needs money, the group said. ¶ “Those two steps would keep the fund solvent,” she told reporters.   | Those two steps would keep the fund solvent,=>jane-roe
            Sen. Jane Roe unveiled her own Social Insurance package. ¶ The long-term Social Insurance shortfall is large. ¶ Social Insurance needs money, the group said. ¶ “Those two steps would keep the fund solvent,” she told reporters.           | Those two steps would keep the fund solvent,=>jane-roe
            The party boss Jane Webb was asked about her job. ¶ “I am staying, as the president asked,” she said.                                                                                          | I am staying, as the president asked,=>jane-webb
            """)
    void aNameAfterAGerundOrACompoundIsNoSurePerson(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

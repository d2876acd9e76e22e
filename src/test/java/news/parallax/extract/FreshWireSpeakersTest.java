package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.claimSpeakersIn;
import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes from a second sample of wire sentences and from invented news passages (session 10): groups named
 * by a plural, a person described before a preposition and a body, descriptions owned by a possessive pronoun.
 * Every line here is invented.
 */
class FreshWireSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Three bishops said it was time for the dean to step down.          | three-bishops
            The ministers said nobody had opposed the plan.                     | the-ministers
            The companies also announced they would build a plant together.   | the-companies
            Acme Corp. cut prices. ¶ State media said the talks would go on.    | state-media
            Many women complain that the clinic opens too late.                | many-women
            The panel said the cameras near the runway were obsolete.          | the-panel
            The storm will reach the coast by Friday, forecasters said.        | forecasters
            A rebel who was captured said the attack had been planned for weeks. | a-rebel
            """)
    void aGroupNamedByAPluralSpeaksAsADescription(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The beach is closed, a spokesman for the county said.             | a-spokesman
            A spokeswoman for the firm said the plant would close in May.     | a-spokeswoman
            Officials at the port authority said talks would resume.          | officials
            """)
    void aPersonDescribedBeforeABodySpeaksNotTheBody(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe will plead not guilty, her lawyer said.                   | jane-roe-s-lawyer
            The museum will return the statue, its director said.             | its-director
            Tom Webb met the board. ¶ His spokesman said the senator was ill.  | tom-webb-s-spokesman
            """)
    void aDescriptionOwnedByAPronounIsNeverTheOwner(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The talk was played down by Acme which said it would buy only small firms.   | acme
            The plan was backed by the Harbor Board, which said it would save money.    | harbor-board
            The plan was backed by the board, which said it would save money.           | the-board
            """)
    void whichAfterABodysNameStandsForTheBody(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb defended the plan. ¶ “We cannot keep borrowing,” he said. ¶ Opposition leader Jane Roe put it bluntly: “This plan will hurt families.” | We cannot keep borrowing,=>tom-webb;This plan will hurt families.=>jane-roe
            """)
    void aColonAfterADescribedNameAndItsVerbCreditsTheName(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A judge blocked the law. ¶ In her ruling, Judge Jane Roe wrote that the law was void. ¶ The state attorney general said he would appeal. | jane-roe;the-state-attorney-general
            Tom Webb opened the session. ¶ The professor said the results were clear.                                                               | tom-webb
            """)
    void aDescribedOfficeNeverPointsBackToAPersonOfAnotherOffice(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The airline said it was disappointed by the vote.                 | the-airline
            """)
    void anAirlineIsABody(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A rival baker, Jane Roe from Acme Breads, says that sales are down.            | jane-roe
            A former partner, Tom Webb of the Harbor Group, said the deal was fair.        | tom-webb
            """)
    void aNameInAppositionBeforeTheBodyItWorksForSpeaks(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Defense lawyers had asked for a new venue: They argued that the jury pool was tainted. | defense-lawyers
            Local nurses have complained for years. They say the wards are full.                  | local-nurses
            """)
    void theyAfterAGroupThatOpensTheSentenceIsTheGroup(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Nurses Union met the board. ¶ Harbor Hospital will add beds. ¶ The union said the plan was late.    | nurses-union
            Webb Industries cut prices. ¶ The company said sales would rise.                                   | webb-industries
            The Pilots Union met on Monday. ¶ The airline said it was disappointed.                          | the-airline
            Harbor Airways cut fares. ¶ The airline said it was disappointed.                                | harbor-airways
            """)
    void aBodysOwnWordPointsBackOnlyToABodyOfThatKind(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The senator raised $8 million in May, his campaign said Tuesday.                   | his-campaign
            Tom Webb runs a shop. ¶ A representative for his office told reporters he was ill. | a-representative
            Tom Webb runs a shop. ¶ Over the years, he has at times said the shop would close.   | tom-webb
            """)
    void aBodyOwnedByAPronounAndTimePhrasesWithAt(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb runs the panel. ¶ He said the council has approved 31 permits since May and “I see nothing wrong.” | I see nothing wrong.=>tom-webb
            """)
    void aQuoteInsideReportedSpeechIsTheReportersThroughAnAuxiliary(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The informant alleged that the two men had planned the attack.     | the-informant
            The outlook is good, the specialist said yesterday.                | the-specialist
            """)
    void nounsForPeopleInWireNewsAreDescriptions(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }
}

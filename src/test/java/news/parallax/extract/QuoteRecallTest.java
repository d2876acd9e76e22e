package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesMarkingPartialIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quotes found whole on text no rule was written from (session 10's recall audit): British single marks holding
 * plural possessives and double quotations, marks the writer forgot, doubled or typed as single ones, attributions
 * left inside an unclosed quotation, and titles of programmes and ads that are nobody's words. Every line is
 * invented; " ¶ " separates paragraphs.
 */
class QuoteRecallTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ‘We were at the Joneses’ house when the water came in,’ said Tom Webb, 40.         | We were at the Joneses’ house when the water came in,=>tom-webb
            'It is the workers' money and they want it back,' said Jane Roe, a union official. | It is the workers' money and they want it back,=>jane-roe
            ‘He said “go home”, so we did,’ said Jane Roe.                                      | He said “go home”, so we did,=>jane-roe
            ‘Get ’em out of here before the tide turns,’ said Jane Roe.                         | Get ’em out of here before the tide turns,=>jane-roe
            """)
    void britishSingleMarksHoldApostrophesAndDoubleQuotations(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe left the board in May. (“I have no regrets,” she said.)                  | I have no regrets,=>jane-roe
            (“I have no regrets,” Jane Roe said on Monday.)                                  | I have no regrets,=>jane-roe
            Jane Roe called the plan (“a trap,” in her words) and left.                       | a trap,=>jane-roe (partial)
            """)
    void aQuotationOpeningASentenceInParenthesesIsWhole(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe spoke after the vote. ¶ We will not accept this offer," Roe said. "Not now, not ever." | We will not accept this offer,=>jane-roe;Not now, not ever.=>jane-roe
            ‘We will not accept this offer,” said Jane Roe, the head of the nurses’ union.      | We will not accept this offer,=>jane-roe
            “We will not accept this offer,’ said Jane Roe, the head of the union.             | We will not accept this offer,=>jane-roe
            ""We have learned something important," Jane Roe said.                             | We have learned something important,=>jane-roe
            “We will appeal the ruling, Jane Roe said. She did not say when.                  | We will appeal the ruling,=>jane-roe
            "We will appeal the ruling, Jane Roe said. Her lawyer, Tom Webb, said the appeal "will take many months to prepare." | We will appeal the ruling,=>jane-roe;will take many months to prepare.=>tom-webb (partial)
            """)
    void aMarkTheWriterForgotDoubledOrTypedAsASingleOneStillBoundsTheQuote(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said the mayor had “given us a list of steps that will keep the town dry. She added: “My first step is the dam.” | given us a list of steps that will keep the town dry.=>jane-roe (partial);My first step is the dam.=>jane-roe
            """)
    void aSentenceThatIntroducesTheNextQuotationEndsAnUnclosedOne(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “It was wrong,” Jane Roe said on the Harbor News program “Morning Talk.”           | It was wrong,=>jane-roe
            “Vote for me,” Jane Roe says in a new ad titled “Strong.”                          | Vote for me,=>jane-roe
            Jane Roe announced her run in an episode of “The Late Hour with Tom Webb,” a talk show. |
            """)
    void aProgrammeOrAnAdNamedAfterItsNounIsNoQuote(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            READ MORE: Jane Roe says ‘we will rebuild the pier this year’
            VIDEO: Mayor Jane Roe says ‘we will rebuild the pier this year’
            Earlier: Jane Roe vows ‘we will rebuild the pier this year’
            """)
    void aParagraphLinkingToAnotherArticleHoldsNoQuote(String text) {
        assertThat(quotesMarkingPartialIn(text)).isEmpty();
    }
}

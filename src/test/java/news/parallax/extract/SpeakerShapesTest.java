package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shapes of attribution common in news: opening participle phrases, signed pull quotes, back-pointing descriptions. */
class SpeakerShapesTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb spoke. ¶ Calling Mr. Kemble a “spineless fraud,” Sen. Jane Roe said the plan had failed. | spineless fraud,=>jane-roe
            Tom Webb spoke. ¶ Praising Paul Kemble for his “steady hand,” Jane Roe said she would vote yes.    | steady hand,=>jane-roe
            Tom Webb spoke. ¶ Calling Paul Kemble “a liar,” the senator said he would vote no.              | a liar,=>tom-webb
            Tom Webb spoke. ¶ Calling Paul Kemble “a liar,” he said he would vote no.                       | a liar,=>tom-webb
            Tom Webb spoke. ¶ Telling the voters this is “your turn,” Jane Roe closed her speech.          | your turn,=>jane-roe
            Tom Webb spoke. ¶ Telling the voters this is “your turn” and “your hour,” Jane Roe closed her speech. | your turn=>jane-roe;your hour,=>jane-roe
            Tom Webb spoke. ¶ Wearing a cap that read “Build it now,” Jane Roe closed her speech.            | Build it now,=>-
            """)
    void anOpeningParticiplePhraseCreditsTheMainClauseSubjectNotItsObject(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb spoke. ¶ “We will rebuild this town.” — Jane Roe                 | We will rebuild this town.=>jane-roe
            Tom Webb spoke. ¶ “We will rebuild this town.” ¶ — Jane Roe               | We will rebuild this town.=>jane-roe
            Tom Webb spoke. ¶ “We will rebuild this town.” ¶ Jane Roe                 | We will rebuild this town.=>jane-roe
            Tom Webb spoke. ¶ “We will rebuild this town.” -- Jane Roe, mayor         | We will rebuild this town.=>jane-roe
            Tom Webb spoke. ¶ “We will rebuild this town.” ¶ Jane Roe was not there.  | We will rebuild this town.=>tom-webb
            Tom Webb spoke. ¶ “We will rebuild this town.” Jane Roe smiled.           | We will rebuild this town.=>tom-webb
            """)
    void aPullQuoteSignedWithANameIsCreditedToIt(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe won the seat in 2016. ¶ “It is late,” the Kentucky Republican said.                   | It is late,=>jane-roe
            Jane Roe won the seat in 2016. ¶ “It is late,” the 43-year-old said.                           | It is late,=>jane-roe
            Tom Webb met Jane Roe. ¶ Jane Roe won the seat in 2016. ¶ “It is late,” the Kentucky Republican said. | It is late,=>jane-roe
            “We act,” Gov. Tom Webb said. ¶ Jane Roe won the seat in 2016. ¶ “It is late,” the Kentucky Republican said. | We act,=>tom-webb;It is late,=>jane-roe
            “We act,” Gov. Tom Webb said. ¶ Jane Roe, 43, won the seat in 2016. ¶ “It is late,” the 43-year-old said. | We act,=>tom-webb;It is late,=>jane-roe
            """)
    void aDescriptionOfAPersonPointsBackToThePreviousSubject(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb spoke. ¶ As one veteran of the project commented: “I have never seen one come in on time.” | I have never seen one come in on time.=>one-veteran-of-the-project
            Tom Webb spoke. ¶ “The scam has evolved,” the security firm wrote in a note.                     | The scam has evolved,=>the-security-firm
            """)
    void commentingAndFirmsAreKnownWords(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }
}

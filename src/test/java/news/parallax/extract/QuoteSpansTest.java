package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesMarkingPartialIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Direct quotes whose span or whole/partial status depends on the shape around them: a quotation interrupted by
 * its attribution, short sentences quoted on their own, clauses quoted after "X wrote on Tuesday,", and marks the
 * writer typed wrong or forgot (an opening mark for a closing one, a missing closing mark before the attribution,
 * a quotation nested in another with curly marks). Every line is invented.
 */
class QuoteSpansTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The river will rise,” Tom Webb mused, “and the town will flood by morning.”             | The river will rise,=>tom-webb;and the town will flood by morning.=>tom-webb
            “The river will rise,” she posited, “the town will flood by morning.”                   | The river will rise,=>-;the town will flood by morning.=>-
            “If the dam holds,” Jane Roe, the engineer, wrote on Twitter, “then the town is safe.”   | If the dam holds,=>jane-roe;then the town is safe.=>jane-roe
            """)
    void aQuotationInterruptedByItsAttributionGoesOnAsAWholeQuote(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe urged people to try “staying calm,” “helping a neighbour,” and, above all, “not panicking” during floods. | staying calm,=>jane-roe (partial);helping a neighbour,=>jane-roe (partial);not panicking=>jane-roe (partial)
            """)
    void aListOfQuotedPhrasesInTheWritersSentenceStaysPartial(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “That was the plan for the spring,” said Tom Webb. “Not anymore.”   | That was the plan for the spring,=>tom-webb;Not anymore.=>tom-webb
            Tom Webb said, “We will rebuild the pier.” “Soon, too!”              | We will rebuild the pier.=>tom-webb;Soon, too!=>tom-webb
            “Greatest pier on the whole coast!” Tom Webb wrote. “NO DOUBT!”      | Greatest pier on the whole coast!=>tom-webb;NO DOUBT!=>tom-webb
            At every stop, Tom Webb asks who will pay, and the crowd replies, “Harbor!” | Harbor!=>-
            """)
    void aShortSentenceQuotedOnItsOwnAfterAQuoteOrAReplyIsKept(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text).replaceAll("=>the-crowd[^;]*", "=>-")).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb wrote on Tuesday, “the ferry has stopped and nobody knows when it will run again.” | the ferry has stopped and nobody knows when it will run again.=>tom-webb
            Jane Roe said last week, “the pier will be rebuilt by the end of the summer.”              | the pier will be rebuilt by the end of the summer.=>jane-roe
            """)
    void aClauseQuotedAfterItsReportingVerbAndATimePhraseIsWhole(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb wrote that the plan, “if it passes, would close the harbor.”                     | if it passes, would close the harbor.=>tom-webb (partial)
            """)
    void aQuoteInsideTheReportedClauseStaysPartial(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Who will pay for the new pier?“ Tom Webb asked. “Nobody knows.”                           | Who will pay for the new pier?=>tom-webb;Nobody knows.=>tom-webb
            Tom Webb spoke first. ¶ “I am proud of what the crews have built this year, he wrote. ¶ “They worked hard.” | I am proud of what the crews have built this year,=>tom-webb;They worked hard.=>tom-webb
            Tom Webb spoke first. ¶ "The ferry has made some odd trips nobody could explain, Jane Roe said. "It is getting worse." | The ferry has made some odd trips nobody could explain,=>jane-roe;It is getting worse.=>jane-roe
            The bulletin said: “Beyond its cost, the rule makes most “Harbor Review Forms” slow and contentious.” | Beyond its cost, the rule makes most “Harbor Review Forms” slow and contentious.=>-
            """)
    void marksTypedWrongOrForgottenStillGiveTheQuotedWords(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb wrote: “The pier is closed for the winter. ¶ The ferry runs on Sundays. ¶ Nobody is to blame!” | The pier is closed for the winter.=>tom-webb;The ferry runs on Sundays.=>tom-webb;Nobody is to blame!=>tom-webb
            Tom Webb added: “We rebuilt the pier for sailors and anglers. ¶ Not a Jane Roe.”                     | We rebuilt the pier for sailors and anglers.=>tom-webb;Not a Jane Roe.=>tom-webb
            Tom Webb wrote: “The pier is closed for the winter. ¶ The ferry runs on Sundays. ¶ Jane Roe, the mayor, disagreed. “It is open,” she said. | The pier is closed for the winter.=>tom-webb;It is open,=>jane-roe
            """)
    void aQuotationWhoseWriterMarkedOnlyItsFirstAndLastParagraphsCoversTheMiddleOnes(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb spoke at noon. ¶ “We waited all night by the water, and then I said. ¶ “Go home.” | We waited all night by the water, and then I said.=>tom-webb;Go home.=>tom-webb
            """)
    void quotedWordsThatEndInTheSpeakersOwnSaidAreNotCut(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }
}

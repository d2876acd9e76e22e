package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesMarkingPartialIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import news.parallax.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partial quotes: a speaker's words quoted inside the writer's sentence keep their speaker (and {@code partial});
 * a term, a title or a scare quote named in the writer's own words credits nobody and is kept out.
 */
class PartialQuotesTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** Reported speech (ids ending in -r&lt;n&gt;) as {@code text=>speaker}. */
    private static String reported(String text) {
        Extraction ex = FINDER.find(QuoteFinderTest.story(text));
        return ex.statements().stream().filter(s -> s.id().matches(".*-r\\d+"))
                .map(s -> s.text() + "=>" + s.speaker().orElse("-")).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb was upset about the merger, calling the plan a “hostile takeover.”   | hostile takeover.=>tom-webb (partial)
            Jane Roe expressed “deep concern” over the closures.                            | deep concern=>jane-roe (partial)
            Jane Roe voiced “grave doubts” about the ferry.                                 | grave doubts=>jane-roe (partial)
            Tom Webb urged the council “to publish its plans as soon as it can.”            | to publish its plans as soon as it can.=>tom-webb (partial)
            Tom Webb quietly dropped the “grand new bridge” he promised in his campaign.   | grand new bridge=>tom-webb (partial)
            Her first year has been “tiring and thrilling,” Jane Roe said.                  | tiring and thrilling,=>jane-roe (partial)
            """)
    void aPartialQuoteOfSomebodysWordsKeepsItsSpeaker(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Critics of what is known as a “sunset clause” argue it could sink the whole bill.
            Tom Webb said the city would keep the so-called “night lane” open on the bridge.
            Jane Roe said she never used the word “closure” in the meeting.
            The council, Tom Webb said, wants the deal, also referred to as the “framework,” done by May.
            Jane Roe wrote about the fair under the headline “Jam Makers Win Again.”
            """)
    void aTermOrTitleNamedInTheWritersWordsIsNobodysQuote(String text) {
        assertThat(quotesMarkingPartialIn(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said on “The Morning Hour with Tom Webb,” that the plan was ready.
            Tom Webb said Sunday on Acme News’ “Live from the Harbor with Jane.”
            """)
    void aProgrammeTitleWithSmallWordsInLowerCaseIsNotAQuote(String text) {
        assertThat(quotesMarkingPartialIn(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb said the council was “deeply worried” about the plan.     | the council was “deeply worried” about the plan=>tom-webb
            Her first year has been “tiring and thrilling,” Jane Roe said.     | Her first year has been “tiring and thrilling,”=>jane-roe
            """)
    void reportedSpeechThatHoldsAPartialQuoteIsReportedSpeech(String text, String expected) {
        assertThat(reported(text)).isEqualTo(expected);
    }
}

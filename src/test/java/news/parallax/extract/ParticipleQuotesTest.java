package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import news.parallax.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A quotation introduced by a reporting participle after a comma (", writing "..."), whatever its marks: the
 * tagger reads "writing" as a noun before a straight mark or a comma, as a verb before a curly one.
 */
class ParticipleQuotesTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** Each quote as {@code text=>speaker}, with {@code (partial)} after a partial one. */
    private static String quotes(Extraction ex) {
        return QuoteFinderTest.quotesMarkingPartial(ex);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe later said sorry for the post, writing "I was unfair to the two boys and I regret it."  | I was unfair to the two boys and I regret it.=>jane-roe
            Jane Roe later said sorry for the post, writing, "I was unfair to the two boys and I regret it." | I was unfair to the two boys and I regret it.=>jane-roe
            Jane Roe later said sorry for the post, writing “I was unfair to the two boys and I regret it.”  | I was unfair to the two boys and I regret it.=>jane-roe
            Jane Roe scolded the mayor, writing "your parents never visit the school at all.”               | your parents never visit the school at all.=>jane-roe
            Jane Roe scolded the mayor, writing “your parents never visit the school at all.”               | your parents never visit the school at all.=>jane-roe
            Jane Roe faced the mayor, grinning   "your parents never visit the school at all."             |
            """)
    void aQuotationAfterACommaAndAReportingParticipleIsTheSubjectsWholeQuote(String text, String expected) {
        // (a participle that reports nothing, "grinning", still leaves a lower-case quotation partial and uncredited)
        assertThat(quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "Sit up. Be kind." added Jane Roe. She also scolded the mayor, writing "your sons never smile.” ¶ The boys left early. ¶ Roe later said sorry, writing "I was unfair to the two boys and I regret it." | Sit up. Be kind.=>jane-roe;your sons never smile.=>jane-roe;I was unfair to the two boys and I regret it.=>jane-roe
            """)
    void aMixedPairOfMarksLosesNeitherItsQuoteNorTheQuotesAfterIt(String text, String expected) {
        assertThat(quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }
}

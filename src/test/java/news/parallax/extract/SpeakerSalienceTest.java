package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speakers that depend on who the text is about: places and organisations named in passing, reported speech. */
class SpeakerSalienceTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Sam Lee, who runs a bakery based in Halton, says work is steady. ¶ His father is exempt because he is old. ¶ “We wait every day,” he said. | We wait every day,=>sam-lee
            Tom Webb grew up in Wexley, Ont., and moved away. ¶ “It was a hard winter,” he said.      | It was a hard winter,=>tom-webb
            Tom Webb urged voters to punish the Kemble government. ¶ “It is a bad choice,” he said.   | It is a bad choice,=>tom-webb
            “We need room,” said Jane Roe. ¶ Ann Cole says she wants the city to listen. ¶ “My kids come home tired and hungry.” | We need room,=>jane-roe;My kids come home tired and hungry.=>ann-cole
            Brackwell said Thursday that its servers were down. ¶ “We are working to fix the outage,” the company said. | We are working to fix the outage,=>brackwell
            Brackwell said its servers were down. ¶ “We are working to fix the outage,” it said.     | We are working to fix the outage,=>brackwell
            """)
    void aSpeakerIsThePersonOrOrganisationTheTextIsAbout(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }
}

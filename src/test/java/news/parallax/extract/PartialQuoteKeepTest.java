package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesMarkingPartialIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Partial quotes kept when the sentence tells whose words they are (session 11's audit of the keep decisions): a
 * description or a text as the subject of the reporting verb, naming and citing verbs, "To X, ...", a verb in the
 * infinitive, a paragraph's speaker going on; and quotations that stay out as nobody's words. Every line is invented;
 * " ¶ " separates paragraphs.
 */
class PartialQuoteKeepTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A spokeswoman for Mayor Jane Roe said the mayor “found the report troubling and will ask for a full review.” | found the report troubling and will ask for a full review.=>a-spokeswoman (partial)
            Residents said the new bridge was “too tall, too wide and too late.”               | too tall, too wide and too late.=>residents (partial)
            The resolution said the council would “stand with the families of the valley.”     | stand with the families of the valley.=>- (partial)
            The statement said Tom Webb “denies every charge” and “will be cleared in court.”  | denies every charge=>- (partial);will be cleared in court.=>- (partial)
            The harbor office, the audit said, learned of the leak “through calls from worried residents and two anonymous letters.” | through calls from worried residents and two anonymous letters.=>- (partial)
            Tom Webb appears to be the person described in the complaint as “the senior harbor official.” | the senior harbor official.=>- (partial)
            """)
    void aDescriptionOrATextReportingThePartialQuoteKeepsIt(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe commended the council “for acting quickly to protect the harbor.”         | for acting quickly to protect the harbor.=>jane-roe (partial)
            Jane Roe deemed the plan “a trick” and “a flood waiting to happen.”                | a trick=>jane-roe (partial);a flood waiting to happen.=>jane-roe (partial)
            Jane Roe spent the evening mocking the governor as a “king without a crown.”       | king without a crown.=>jane-roe (partial)
            Jane Roe cited the drought as “the main reason the harvest failed.”                | the main reason the harvest failed.=>jane-roe (partial)
            Tom Webb turned to the family and mouthed, “I’m sorry.”                            | I’m sorry.=>tom-webb
            """)
    void namingCitingAndMouthingVerbsReport(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            To Rep. Jane Roe, the bill “goes too far and costs far too much.”                  | goes too far and costs far too much.=>jane-roe (partial)
            To Rep. Jane Roe, D-Ohio, the bill “goes too far and costs far too much.”          | goes too far and costs far too much.=>jane-roe (partial)
            Jane Roe went so far as to say the council should “pack up and go home.”           | pack up and go home.=>jane-roe (partial)
            Tom Webb himself said on Friday that the storm was “the worst in a hundred years.” | the worst in a hundred years.=>tom-webb (partial)
            Jane Roe told Tom Webb he should “do a ‘Big Sleep’” before the hearing.            | do a ‘Big Sleep’=>jane-roe (partial)
            Tom Webb said the rules were clear. “Managers know the rules,” he said. Managers, he went on, “are told each spring how to use that freedom.” | Managers know the rules,=>tom-webb;are told each spring how to use that freedom.=>tom-webb (partial)
            """)
    void theSentenceTellsWhoseViewOrWordsTheyAre(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We need more time,” Jane Roe said. Tom Webb, who lost his boat “and most of his nets,” says the plan came too late. | We need more time,=>jane-roe
            “We need more time,” Jane Roe said. The harbor master, who lost his boat “and most of his nets and ropes,” says the plan came too late. | We need more time,=>jane-roe
            """)
    void aPersonIntroducedSinceTheLastQuoteIsNotThatSpeakerGoingOn(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Roe vows harbor closures ‘will be over by spring’                                  | will be over by spring=>roe (partial)
            Jane Roe calls the ferry deal ‘a disgrace’                                         | a disgrace=>jane-roe (partial)
            Candidate in Ohio mocks Webb as a sailor ‘who never left the harbor’               |
            """)
    void aHeadlineVerbAfterTheOpeningNameReportsWhateverItsTag(String headline, String expected) {
        String text = headline + "\n\nThe harbor board met on Monday.";
        Source source = new Source("h", "h.txt", "H", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text, List.of(new Block(Block.Kind.HEADLINE, 0, headline.length()),
                        new Block(Block.Kind.BODY, headline.length() + 2, text.length())));
        String quotes = QuoteFinderTest.quotesMarkingPartial(QuoteFinder.standard().find(new Story("test", "Test", List.of(source))));
        assertThat(quotes).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            To the town, the bill “goes too far and costs far too much.”
            Family bills paid with harbor funds were characterized as a gift to “Smiles for Tomorrow.”
            The pumps were “fixed” twice last year, and both times they failed.
            Jane Roe appeared on “Harbor Morning” to defend the plan.
            Critics of what is known as the “harbor clause” say it will cost jobs.
            The council voted on the “Clean Harbor” plan on Monday.
            """)
    void titlesNamesAndScareQuotesStayOut(String text) {
        assertThat(quotesMarkingPartialIn(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We won,” Jane Roe said. The so-called “harbor tax” was dropped in May.            | We won,=>jane-roe
            """)
    void aTermAfterAQuoteIsNotTheSpeakersWords(String text, String expected) {
        assertThat(quotesMarkingPartialIn(text)).isEqualTo(expected);
    }
}

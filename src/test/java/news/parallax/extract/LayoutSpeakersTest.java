package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes that failed on invented passages written, with their expected speakers, before any code was changed
 * (session 13): answers in a question-and-answer interview, a described speaker after a sentence-opening adverb, an
 * office that speaks for its holder, firms' names with an ampersand, a street named after a title. Every line here is
 * invented; " ¶ " separates paragraphs.
 */
class LayoutSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Nadia Price has run the city's animal shelter since 2019. ¶ Q: How full is it? ¶ A: “Every kennel is taken. We turn dogs away daily.” | Every kennel is taken. We turn dogs away daily.=>nadia-price
            Coach Walt Brenner has won three titles. ¶ Q: “Will you retire?” ¶ A: “Not while my knees still work.”       | Will you retire?=>-;Not while my knees still work.=>walt-brenner
            Dr. Lena Ortiz has studied sleep for 20 years. ¶ Answer: “Most adults need seven hours.”                                       | Most adults need seven hours.=>lena-ortiz
            """)
    void anAnswerLabelCreditsThePersonInterviewed(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Then a nurse who has worked nights for ten years stood up and said: ¶ “We are exhausted.”       | We are exhausted.=>a-nurse
            Later a farmer who lives by the river told the council: ¶ “My fields flood every spring.”       | My fields flood every spring.=>a-farmer
            A cook who has worked the early shift for six years put it simply: ¶ “We are tired.”              | We are tired.=>a-cook
            Her colleague, who asked not to be named, said: ¶ “We cannot keep going like this.”              | We cannot keep going like this.=>her-colleague
            Body text. ¶ One official put it this way: ¶ “Nobody here thinks the deal will pass.”             | Nobody here thinks the deal will pass.=>one-official
            Body text. ¶ A senior official was blunt: ¶ “Nobody thinks it will pass.”                         | Nobody thinks it will pass.=>a-senior-official
            One resident summed up the mood: ¶ “Nobody here sleeps any more.”                                 | Nobody here sleeps any more.=>one-resident
            """)
    void aDescribedSpeakerAfterAnOpeningAdverbIntroducesTheNextQuote(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A clip posted on Sunday showed Mayor Iris Coyle telling volunteers, “We will win by ten points.”  | We will win by ten points.=>iris-coyle
            Tom Abel spoke first. ¶ “Nobody can stop us,” the video showed Iris Coyle telling the crowd.      | Nobody can stop us,=>iris-coyle
            """)
    void aPersonShownSpeakingIsTheSpeakerNotTheVideo(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            HOST ANNA BERG: Welcome back. ¶ MAYOR PETER LUND: “Thank you for having me.”                      | Thank you for having me.=>peter-lund
            Body text. ¶ UNIDENTIFIED WOMAN: “The water came so fast.”                                      | The water came so fast.=>-
            Body text. ¶ NEW YORK: “We will rebuild the pier.”                                               | We will rebuild the pier.=>-
            """)
    void aTranscriptLabelInCapitalsNamesItsSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "We regret the error," Holloway's office said in a statement.                                    | We regret the error,=>holloway-s-office
            "The senator was not told," Sen. Ruth Abbot's office said.                                       | The senator was not told,=>ruth-abbot-s-office
            "No comment at this time," Quill's spokesman said.                                               | No comment at this time,=>quill-s-spokesman
            """)
    void anOfficeOrAideNamedWithAStraightApostropheSpeaks(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Tenants finally have a court that listened,” Harlow & Finch said in a statement.                | Tenants finally have a court that listened,=>harlow-finch
            “We need fewer, better stores,” a Tate & Lowry spokesman said.                                   | We need fewer, better stores,=>a-tate-lowry-spokesman
            “We need fewer stores,” said a Tate & Lowry spokeswoman.                                         | We need fewer stores,=>a-tate-lowry-spokeswoman
            """)
    void anAmpersandJoinsAFirmsName(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Judge Vera Holm of Cass County, Neb., who has called the docket “a slow disaster,” asked for help. | a slow disaster,=>vera-holm
            Pia Lund, of Bend, Ore., who called the plan “a mess,” left the hall.                          | a mess,=>pia-lund
            """)
    void aRelativeClauseAfterAPlaceAndItsStateIsThePersons(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Former Webb campaign adviser Tom Reyes was arrested. ¶ Even President Webb said “this is a disgrace.” | this is a disgrace.=>webb
            """)
    void formerIsNoPartOfAName(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Lucie Ferland won the seat. Marc Girard conceded. ¶ “This belongs to every volunteer,” she said.  | This belongs to every volunteer,=>lucie-ferland
            Sian Pryce ran the clinic. Rhys Morgan kept the books. ¶ “We never closed a day,” he said.        | We never closed a day,=>rhys-morgan
            """)
    void commonFrenchAndWelshGivenNamesTellTheGender(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Odile Brandt ran a bakery on Queen Street for 20 years. ¶ “The rent doubled,” she said.          | The rent doubled,=>odile-brandt
            Yuki Sato opened a shop on King Street. ¶ “It was a gamble,” she said.                          | It was a gamble,=>yuki-sato
            """)
    void aStreetNamedAfterATitleIsNoPerson(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

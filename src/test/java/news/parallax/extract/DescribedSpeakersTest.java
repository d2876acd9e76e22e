package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.claimSpeakersIn;
import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes that failed on invented passages written, with their expected speakers, before any code was changed
 * (session 15): an office owned by a name or by a described body, a business described by its trade, an interviewer
 * who "caught up with" the one who answers, a participle "noting that" after a clause that reports nothing, a long
 * description before the name in apposition. Every line here is invented; " ¶ " separates paragraphs.
 */
class DescribedSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mayor Tess Quill skipped the vote. ¶ “She was ill,” said Quill's chief of staff.                       | She was ill,=>quill-s-chief-of-staff
            “We will appeal,” the zoning board’s chief counsel said.                                                 | We will appeal,=>the-zoning-board-s-chief-counsel
            “This was rushed,” the council's senior Democrat said after the vote.                                    | This was rushed,=>the-council-s-senior-democrat
            “We will appeal,” said the ethics panel’s chief counsel.                                                 | We will appeal,=>the-ethics-panel-s-chief-counsel
            """)
    void anOfficeOwnedByANameOrABodyIsTheDescription(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Harbor Motors recalled 9,000 vans on Monday. ¶ “No one was hurt,” the automaker said.                     | No one was hurt,=>harbor-motors
            Mayor Tess Quill posts on Chirper every day. ¶ “We do not block anyone,” the tech giant wrote in a blog post. | We do not block anyone,=>the-tech-giant
            Reporter Ada Nunn caught up with Leo Farris after the race. ¶ Q: How do you feel? ¶ A: “Tired but happy.”  | Tired but happy.=>leo-farris
            """)
    void aBusinessByItsTradeAndAnInterviewee(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Councillor Ray Dunn voted against the plan, noting that it cut two bus routes.                          | ray-dunn
            Crews closed the highway overnight, a spokeswoman for the county sheriff's office, Sgt. Ida Pell, said.   | ida-pell
            """)
    void reportedWordsGoToTheOneWhoReportsThem(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We always pay our bills,” said newly elected Mayor Jo Banks.                                            | We always pay our bills,=>jo-banks
            “We always pay our bills,” explained recently-appointed Chief Jo Banks to the Tribune.                   | We always pay our bills,=>jo-banks
            Mayor Jo Banks did not comment on Monday, but did say at a rally that the plan is “dead on arrival.”      | dead on arrival.=>jo-banks
            Jo Banks did say the levy was “a fair deal.”                                                               | a fair deal.=>jo-banks
            """)
    void aParticipleBeforeTheTitleAndAnEmphaticDidKeepTheSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static news.parallax.extract.QuoteFinderTest.reportedClaims;
import static org.assertj.core.api.Assertions.assertThat;

import news.parallax.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes that failed on invented passages written, with their expected speakers, before any code was changed
 * (session 14): answers of an interview whose questioner is named, interviews printed without labels or with "Q." and
 * "A.", a person's place and state inside an apposition, offices that are not the person a story is about, "said
 * Roe's spokesman", an object gerund before a second verb, an aside "as X said", a party and a state in apposition, a
 * person's apology as the subject. Every line here is invented; " ¶ " separates paragraphs.
 */
class InterviewSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Reporter Ann Kohl interviewed Milo Grant, who has fished the bay for 40 years. ¶ Q: What changed? ¶ A: “The cod are gone.”  | The cod are gone.=>milo-grant
            Prosecutor Ruth Vance questioned Tom Hyde, the club's former manager. ¶ Q: Did you sign it? ¶ A: “Yes, but I did not read it.” | Yes, but I did not read it.=>tom-hyde
            Prosecutor Ruth Vance questioned the night clerk for an hour. ¶ Q: Where were you? ¶ A: “In the back office.”                  | In the back office.=>-
            Lily Marsh opened the bakery in May. Editor Sam Reyes talked with her. ¶ Q: Why bread? ¶ A: “It makes people happy.”           | It makes people happy.=>lily-marsh
            Candidate Rosa Lind sat down with the editorial board. ¶ Q: And taxes? ¶ A: “No increase next year.”                           | No increase next year.=>rosa-lind
            """)
    void anAnswerIsNotTheQuestioners(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Chief Ivan Moss has led the fire department for ten years. ¶ How dry is it? ¶ “Drier than I have ever seen.” ¶ What should people do? ¶ “Clear the brush.” | Drier than I have ever seen.=>ivan-moss;Clear the brush.=>ivan-moss
            Mayor Jo Lund took questions from readers. ¶ Q. Will you run again? ¶ A. “Probably not. I am tired.” ¶ Q. Why? ¶ A. “Ten years is enough.”           | Probably not. I am tired.=>jo-lund;Ten years is enough.=>jo-lund
            Priya Quinn's new album is out on Friday. She answered our questions by phone. ¶ Why a choir? ¶ “Because one voice was not enough.”               | Because one voice was not enough.=>priya-quinn
            """)
    void anAnswerAfterAQuestionParagraphIsTheInterviewees(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A letter from Dr. Iris Kemp, a dentist in Salem, Oregon, said: “The clinic cannot close.”                 | The clinic cannot close.=>iris-kemp
            “We were never asked,” said a letter from Hugo Brandt, a farmer near Casper, Wyo., who owns the land.        | We were never asked,=>hugo-brandt
            On Sunday, the mayor of Salem, Ada Finch, said the levy was “a fair deal.”                                | a fair deal.=>ada-finch
            One reader who lives near Dayton, Ohio, posted this note: ¶ “I am done with the paper.”                   | I am done with the paper.=>one-reader
            """)
    void aPlaceAndItsStateInAnAppositionAreNoSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The audit covers the years when Ben Tully ran the fair. ¶ “Receipts were missing,” the state auditor said.          | Receipts were missing,=>the-state-auditor
            Inmate Carl Moss was found dead in his cell on Sunday. ¶ “The cause is not known,” the county coroner said.            | The cause is not known,=>the-county-coroner
            The city suspended coach Lee Ward for two games. ¶ “We take this seriously,” the athletic director said.               | We take this seriously,=>the-athletic-director
            Attorney General Jane Roe sued the firm on Monday. ¶ “They broke the law,” the attorney general said.                  | They broke the law,=>jane-roe
            """)
    void anOfficeThatJudgesOthersIsNotThePersonTheStoryIsAbout(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            "We did nothing wrong," said Acme's spokesman.                                 | We did nothing wrong,=>acme-s-spokesman
            "She had a prior commitment," said Lund's spokesman, Ben Ortiz.                | She had a prior commitment,=>ben-ortiz
            “He paid for the flight himself,” said Hale’s spokeswoman.                     | He paid for the flight himself,=>hale-s-spokeswoman
            """)
    void aPossessiveNameAfterTheVerbOwnsTheSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Treasurer Anne Pruitt denied taking gifts from vendors and told reporters the audit was wrong.  | the audit was wrong
            Coach Dale Burke denied receiving money from boosters and insisted the program was clean.      | the program was clean
            """)
    void aGerundObjectEndsBeforeTheSecondVerb(String text, String expected) {
        assertThat(reportedClaims(text)).extracting(Statement::text).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Referees do not, as Justice Ann Moore once said, only call “pitches and swings.”                  | pitches and swings.=>ann-moore
            That courts merely apply the law, as Justice Ann Moore once put it, “like umpires,” is doubted.    | like umpires,=>ann-moore
            Twenty members signed a letter from Representative Dan Kerr, Democrat of Ohio, calling the plan “a giveaway” and “unfair.” ¶ “We will fight it,” Kerr said. | We will fight it,=>dan-kerr
            The panel will meet. ¶ The Democrat, Representative Adam Roe of Ohio, said: “The witness declined.”  | The witness declined.=>adam-roe
            Mr. Hale’s apology noted his years on a farm, including his stint “milking cows before school.”    | milking cows before school.=>hale
            """)
    void anAsideOrAnAppositionNamesTheSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In short comments after talks with President Ivan Kolar of Serbia, Mr. Hale on Friday flatly denied that members feel let down, saying that “the more they read it, the more they like it.” | the more they read it, the more they like it.=>hale
            Jane Roe, the outgoing budget chief, warned the council that a budget as lean as the plan approved by Mayor Tom Hale “would sharply raise the risk” of layoffs. | would sharply raise the risk=>jane-roe
            Jane Roe was invited too; the former chair of the board’s office replied that she would come at the “right time.” | right time.=>the-former-chair-of-the-board-s-office
            """)
    void theReportingClauseIsFoundPastAnOpeningPhraseOrAParticiple(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The panel will issue subpoenas to Tom Hale, the panel’s senior Democrat said on Tuesday. | the-panel-s-senior-democrat
            Cuts are coming, the board's senior Republican told reporters.                        | -
            """)
    void aPartyNounHeadingADescriptionIsNoName(String text, String expected) {
        // (session 15: a party noun owned by a described body is that description; "senior Republican" is still read
        // as an adjective by the tagger, and credits nobody)
        assertThat(QuoteFinderTest.claimSpeakersIn(text)).isEqualTo(expected);
    }
}

package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.claimSpeakersIn;
import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker mechanisms that failed on invented passages written, with their expected speakers, before any code was
 * changed (session 11): given names that tell a gender, tagger errors inside names, possessive owners and fronted
 * clauses as antecedents, colon introducers with an apposition or a possessive, participles with their own subject.
 * Every line here is invented; " ¶ " separates paragraphs.
 */
class BlindSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mayor Ellen Parks opened the meeting. Councilman Victor Haas sat at the far end. ¶ “We cannot keep the port alive,” she said. | We cannot keep the port alive,=>ellen-parks
            Judge Miriam Holt heard defense lawyer Brian Sato ask for more time. ¶ “This court will not be rushed,” she said. | This court will not be rushed,=>miriam-holt
            “The fog came in at noon,” said harbor master Owen Tully.                                 | The fog came in at noon,=>owen-tully
            “Attendance is up,” said festival director Rosa Marr.                                     | Attendance is up,=>rosa-marr
            """)
    void givenNamesAndTaggerErrorsDoNotHideTheSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb and Carlos Ibarra met. ¶ On Friday, ahead of Mr. Webb’s speech, Mr. Ibarra set out his plan, even as he called it “a very hard choice.” | a very hard choice.=>carlos-ibarra
            When Councilman Pete Orr asked about the delays, contractor Morris Feld blamed the weather. ¶ “We lost six weeks to rain,” he said. | We lost six weeks to rain,=>morris-feld
            Health minister Joan Carver took aim at the industry, calling its new campaign “a disgrace to the trade.” | a disgrace to the trade.=>joan-carver
            Sen. Tom Webb spoke first. The senator also took aim at Jane Roe, calling her record “a long list of failures.” | a long list of failures.=>tom-webb
            """)
    void theMainClausesSubjectIsInFocus(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Fine,” said Alice Marr. The club’s treasurer, Gordon Pike, was blunter: “We will be out of money by June.” | Fine,=>alice-marr;We will be out of money by June.=>gordon-pike
            “Fine,” said Alice Marr. Gordon Pike, the treasurer, put it bluntly: “We are broke.”      | Fine,=>alice-marr;We are broke.=>gordon-pike
            Host Linda Moss asked Tom Webb whether he would run. His answer: “Not this year.”           | Not this year.=>tom-webb
            Sen. Tom Webb sent the letter. “We will not move,” he said. ¶ The letter goes on: “No bill will pass.” | We will not move,=>tom-webb;No bill will pass.=>-
            """)
    void aColonIntroducerCreditsItsOwnSubject(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Several parents praised the new timetable, with one father saying “the mornings are finally calm.” | the mornings are finally calm.=>one-father
            Critics mocked the plan, with one blogger asking, “Has anyone read it?”                    | Has anyone read it?=>one-blogger
            """)
    void aParticipleAfterWithHasItsOwnSubject(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The senator answered within the hour. ¶ “Nobody in my office knew about the payments.” — Clara Voss (@claravoss) May 3, 2019 | Nobody in my office knew about the payments.=>clara-voss
            “It is over” — Tom Webb, the coach, after the final.                                      | It is over=>tom-webb
            """)
    void aQuoteSignedAfterADashIsTheSigners(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Carl Mills yesterday admitted that the accounts had been wrong.  | carl-mills
            Acme Foods today announced that it would close two plants.      | acme-foods
            """)
    void aDayWordBetweenSubjectAndVerbIsSkipped(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The mayor and the governor said the cuts would close schools.   | -
            Jane Roe and the governor said the cuts would close schools.    | -
            """)
    void twoPeopleJoinedByAndAreNoOneSpeaker(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    // Session 12 (speak13): mechanisms that failed on invented Canadian-news passages written before any change.

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The ice went out early,” said lead author Pavel Kline, a postdoctoral fellow.              | The ice went out early,=>pavel-kline
            “The hikers stayed put,” said Banff search and rescue co-ordinator Ingrid Lund.            | The hikers stayed put,=>ingrid-lund
            """)
    void titleWordsAndGivenNamesTheTaggerMisreads(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Dale Rusk, 26, of Red Deer, said the night was the longest of his life.     | dale-rusk
            Dale Rusk, from Red Deer, said the night was the longest of his life.        | dale-rusk
            """)
    void aHomeTownAfterTheNameIsNoPartOfTheSubject(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “This bell has come home to the harbour.” ¶ Those were the words of Chief Marion Paul at the ceremony on Sunday. | This bell has come home to the harbour.=>marion-paul
            “We had nowhere else to go that night.” ¶ That is how Amira Nasser describes the evening the creek rose.        | We had nowhere else to go that night.=>amira-nasser
            “We lost everything that night.” ¶ This is the town where Jane Roe grew up.                                     | We lost everything that night.=>-
            “Who pays for the new bridge?” That was the question Coun. Nora Vance put to the engineer on Monday.            | Who pays for the new bridge?=>nora-vance
            """)
    void aSentencePointingBackAtAnOpeningQuoteNamesItsSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The road is a mess,” said Coun. Mike Lamb. “We waited a year.”          | The road is a mess,=>mike-lamb;We waited a year.=>mike-lamb
            “Nobody was hurt,” Cst. Ann Boyd said.                                    | Nobody was hurt,=>ann-boyd
            """)
    void canadianTitleAbbreviationsStandBeforeTheName(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The province’s police watchdog, the Harbour Review Unit, said it would investigate.                | harbour-review-unit
            The Harbour Grid Operator asked residents to save power. ¶ The operator said there was no risk of blackouts. | harbour-grid-operator
            """)
    void aBodyNamedInAppositionOrByItsOwnNounSpeaks(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            One cashier in a town north of Halton, who asked not to be named, said she had been threatened twice. “It was over a coupon,” she said. | It was over a coupon,=>one-cashier
            A spokeswoman said the plant would close. “We regret it deeply,” she said.                | We regret it deeply,=>a-spokeswoman
            Officials said the plant would close. “We regret it deeply,” she said.                    | We regret it deeply,=>-
            """)
    void aPronounAfterADescribedSpeakerWithNoOneNamedIsTheirs(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Dan Roe sold his cows. “Everyone thought I was mad,” Roe said. ¶ His wife, Mary, laughed. “I still think he is mad,” she said. | Everyone thought I was mad,=>dan-roe;I still think he is mad,=>mary
            Lena Marsh fled with her son. Her daughter, Sofia, stayed. ¶ “I cried every day,” Marsh said. ¶ Sofia is more certain. “This is home now,” she said. | I cried every day,=>lena-marsh;This is home now,=>sofia
            “It has been two years of mould and paperwork.” ¶ Gail Munro is one of 60 owners still waiting for a buyout.         | It has been two years of mould and paperwork.=>gail-munro
            """)
    void aPersonIntroducedByGivenNameOrOpeningTheNextParagraphSpeaks(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A librarian in Red Deer said she had received 40 complaints in a month.   | a-librarian
            But immigration advocates said the rule would split families.             | immigration-advocates
            """)
    void occupationsAreDescriptionsOfTheirSpeaker(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The ward will close at night, according to Dr. Jane Roe.                                  | jane-roe
            The deal was done late on Friday, according to a senior Harbour Party aide.               | a-senior-harbour-party-aide
            According to the fire chief, the blaze started in the kitchen.                            | the-fire-chief
            According to Harbour Ratings, the ratings agency, the town lost at least $6 million.      | harbour-ratings
            The plant will close in May, according to the report.                                     | ``
            The calf is doing well, according to the zoo’s head of animal care, Dr. Ann Boyd.        | ann-boyd
            The mayor called the minister on Monday, according to Harbour Radio and the Courier.      | -
            The talks lasted until dawn, according to officials and aides.                            | -
            The ferry will stop in May, according to current and former crew members.                | former-crew-members
            """)
    void aShortSourceAfterAccordingToReportsTheSentence(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Harbour Ministry of Fisheries said the rule protects cod stocks.      | harbour-ministry-of-fisheries
            Dale Roe says fuel alone costs him $900 a week.                          | dale-roe
            """)
    void aPresentVerbTheTaggerReadAsAPluralNounReportsTheWords(String text, String expected) {
        assertThat(claimSpeakersIn(text)).isEqualTo(expected);
    }
}

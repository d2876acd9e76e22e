package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes from a hand-judged sample of unseen US news (session 6): the subject of the main clause after an
 * opening subordinate clause, a named person inside "aides said X told", a named person who reports what a body
 * believed, a title that points back to one person and not to a group, a bare surname shared by two people, the
 * subject that opens the pronoun's own sentence, titles of works that are nobody's words, and three errors named
 * by earlier rounds (a long apposition after the name, "Justice X who said" with X tagged as a pronoun, an
 * advertisement that "reads"). Every sentence here is invented.
 */
class MainClauseSpeakersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe runs the harbor board. ¶ After reporter Tom Webb finished his segment, Roe marched back, leaned toward him and said, “Never ambush me like that again.” | Never ambush me like that again.=>jane-roe
            A day before Mr. Webb and Ms. Doe traded notes about the vote, Alder Pratt wrote to the club account and asked, “What is behind this sudden delay?” | What is behind this sudden delay?=>alder-pratt
            Tom Webb finished his talk on the budget and said, “That is all I have.”                  | That is all I have.=>tom-webb
            Mayor Tom Hale said the curfew would stay. “We will keep order,” Hale said. ¶ The night opened as it had all week: Demonstrators walked along the main road and chanted “Open the square!” | We will keep order,=>tom-hale;Open the square!=>demonstrators
            An engineer from Acme Inc. phoned the mayor to urge a veto, and Jane Roe, chair of Harbor Air, sent her a note saying, “There is real worry among employers.” | There is real worry among employers.=>jane-roe
            Backers of the levy include the Center for Harbor Policy, which fights new taxes. ¶ Its president, Cathi Rowe, spoke after the vote. ¶ “Our rivals keep changing their story,” she said. | Our rivals keep changing their story,=>cathi-rowe
            “The levy is unfair,” said a statement from the Center for Harbor Policy.                 | The levy is unfair,=>center-for-harbor-policy
            Jane Roe spoke first at the meeting. ¶ The Harbor Policy Center then released its figures. “The numbers are good for the town,” she said. | The numbers are good for the town,=>jane-roe
            """)
    void aSubordinateClauseBeforeTheSubjectDoesNotSpeak(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We lost the river towns badly,” aides said Alder Pratt told his colleagues in private. “The blame is ours.” | We lost the river towns badly,=>alder-pratt;The blame is ours.=>alder-pratt
            “The river towns are lost,” aides said after the count.                                   | The river towns are lost,=>aides
            Jane Roe said the inquiry believed that “a taped session would serve the public and the witness alike.” | a taped session would serve the public and the witness alike.=>jane-roe
            Jane Roe said she heard students shout, “Open the gates right now!”                       | Open the gates right now!=>students
            """)
    void aNamedPersonInsideAnotherReportSpeaks(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Gov. Tom Hale of Ohio said he would seek a fix to the zoning law. ¶ The law lets towns block new housing. Supporters say the law protects older streets. ¶ “I support local control,” the governor said. | I support local control,=>tom-hale
            Gov. Tom Hale faces a vote on the bill this week. ¶ His son, Evan Hale, 31, works for a union in Ohio. “I love my dad,” Evan Hale said on Monday. ¶ “It is always a lively talk,” Mr. Hale said. | I love my dad,=>evan-hale;It is always a lively talk,=>evan-hale
            In a briefing, Gov. Asa Pike told reporters his boy wanted the measure blocked. ¶ “My son signed the letter,” he said. ¶ Pike also heard from Acme, a grocer based in the state. CEO Doug Miller pressed the governor to kill the measure, which he said “threatens the spirit of welcome.” | My son signed the letter,=>asa-pike;threatens the spirit of welcome.=>doug-miller
            Among the critics was Tom Roe, a lawyer and the husband of Kimberlyn Roe, an aide to the mayor. “If he loses,” Mr. Roe wrote, “he broke the law.” | If he loses,=>tom-roe;he broke the law.=>tom-roe
            """)
    void aTitleOrAnHonorificPointsBackToTheRightPerson(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Former governor Sam Hale launched his run on Tuesday. ¶ Hale wrote in his memoir, “Rising From the River Flats,” that his years as a pastor shaped his views. | ``
            He posted a video called “Behind the lines with Sam Hale” but later took it down.          | ``
            Sam Hale said in a video, “We will win this fight for the valley.”                        | We will win this fight for the valley.=>sam-hale
            """)
    void theTitleOfAWorkIsNobodysQuote(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will win the valley,” Alder Pratt, a Republican hoping to oust Representative Tom Webb, a Democrat, in Ohio’s Ninth District, said on Monday. | We will win the valley,=>alder-pratt
            “We will win the valley,” Alder Pratt, a farmer, said on Monday.                           | We will win the valley,=>alder-pratt
            The brief annoyed Justice Antonin Webb who said the rule was vague. “If the rule is vague, it is no rule,” he said. | If the rule is vague, it is no rule,=>antonin-webb
            The group bought time on local stations. ¶ The campaign ads read, “Meet your next mayor. Or you could pick Roe in May.” | Meet your next mayor. Or you could pick Roe in May.=>-
            """)
    void knownErrorsOfEarlierRounds(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Anchor Luis Ortega asked about the border. ¶ “He tried to shut me up,” the Chilean-born journalist told a radio host. | He tried to shut me up,=>the-chilean-born-journalist
            """)
    void aHyphenatedModifierStaysInsideTheDescription(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

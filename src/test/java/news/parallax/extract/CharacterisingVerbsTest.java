package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static news.parallax.extract.QuoteFinderTest.reportedClaims;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.parallax.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (lead): verbs that characterise what someone said ("denounced the offer as “...”"), a reporting verb
 * the tagger read as a plural noun ("Webb argues that"), a second reporting verb after "and" with no comma, an
 * attribution that introduces the next quotation with a colon, the owner of a comment whose "that" clause holds the
 * quote, a pronoun joined to its verb in a headline in title case, and a participle after the main clause
 * ("..., warning on Wednesday that") whose subject is a plural description. Every sentence here is invented.
 */
class CharacterisingVerbsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Senator Jane Roe denounced the offer as “a stall dressed up as a deal.”             | a stall dressed up as a deal.=>jane-roe
            Tom Webb dismissed the report as “a work of fiction from start to finish.”          | a work of fiction from start to finish.=>tom-webb
            Jane Roe decried the council’s “reckless and cruel” cuts on Friday.                | reckless and cruel=>jane-roe
            Tom Webb branded the levy “a tax on every family in the valley.”                    | a tax on every family in the valley.=>tom-webb
            Mayor Jane Roe welcomed the ruling as “a victory for every tenant in this city.”    | a victory for every tenant in this city.=>jane-roe
            Tom Webb spoke first. Mr. Webb apologized to the mayor and “anyone else I may have hurt” after the meeting. | anyone else I may have hurt=>tom-webb
            """)
    void aVerbThatCharacterisesWordsCreditsTheirSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe also dismissed Tom Webb’s comment on Sunday that the council is under a “reign of fear” brought on by the far right. | reign of fear=>tom-webb
            Jane Roe also criticized the claim by Tom Webb that the council is under a “reign of fear” brought on by the far right.     | reign of fear=>tom-webb
            Jane Roe called Tom Webb’s promise “empty words from a tired man.”                                                          | empty words from a tired man.=>jane-roe
            """)
    void wordsInAnOwnedCommentAreTheOwners(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Harbor Club hit back at the mayor, saying on Sunday after Tom Webb’s announcement that she had told “a string of lies to the voters.”
            """)
    void aCommentInAPhraseOfTimeIsNotTheWordsOwner(String text) {
        // the words are the club's ("saying ... that"), not those of the announcement after which it spoke
        assertThat(quotesIn(text)).doesNotContain("tom-webb");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Time is short,” Tom Webb says. “They tell us to wait. And I say wait for what?” Then a narrator says: “The valley needs jobs, not excuses.” | Time is short,=>tom-webb;They tell us to wait. And I say wait for what?=>tom-webb;The valley needs jobs, not excuses.=>a-narrator
            “We will win,” Tom Webb said: “Mark my words.”                                                                                          | We will win,=>tom-webb;Mark my words.=>tom-webb
            """)
    void anAttributionEndingInAColonIntroducesTheNextQuotation(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb warned that the plan is a grave threat to the valley and said the mayor too often ignores the council. | the plan is a grave threat to the valley;the mayor too often ignores the council | tom-webb;tom-webb
            Tom Webb said the cuts hurt families and added that the council would appeal.                                   | the cuts hurt families;the council would appeal                                   | tom-webb;tom-webb
            Tom Webb warns that the levy hurts families and says the council should drop it.                               | the levy hurts families;the council should drop it                               | tom-webb;tom-webb
            Tom Webb argues that the county has opened a wide hole in its own budget.                                     | the county has opened a wide hole in its own budget                               | tom-webb
            Tom Webb insists that the pier will reopen by the spring.                                                       | the pier will reopen by the spring                                               | tom-webb
            """)
    void reportedWordsEndAtASecondReportingVerbAndAVerbReadAsANounReports(String text, String expected, String speakers) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims).extracting(Statement::text).containsExactly(expected.split(";"));
        assertThat(claims).extracting(s -> s.speaker().orElse("-")).containsExactly(speakers.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            With a vote near on the bill that critics said would hurt tenants, Tom Webb wrote to his sister and warned that the bill could hurt the city. | tom-webb
            """)
    void aRelativeClausesSpeakerDoesNotTakeTheMainClausesSecondVerb(String text, String speaker) {
        assertThat(reportedClaims(text)).extracting(s -> s.speaker().orElse("-")).contains(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Webb Calls Harbor Levy A 'Tax On Hope,' Says He's Unlikely To Back It
            Webb Calls Harbor Levy A ‘Tax On Hope,’ Says She’s Unlikely To Back It
            """)
    void aPronounJoinedToItsVerbIsNoName(String text) {
        assertThat(quotesIn(text)).doesNotContain("unlikely").doesNotContain("-s-");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe spoke at the pier, warning on Wednesday that the levy would raise the risk of a strike. | the levy would raise the risk of a strike | jane-roe
            Senior harbor officials raised the stakes on the Democrats, warning that the delay would cost the port dearly. | the delay would cost the port dearly | senior-harbor-officials
            Local residents packed the hall on Monday, saying that the plan would ruin the bay.                | the plan would ruin the bay                | local-residents
            """)
    void aParticipleAfterTheMainClauseReportsItsSubjectsWords(String text, String expected, String speaker) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims).extracting(Statement::text).containsExactly(expected);
        assertThat(claims).extracting(s -> s.speaker().orElse("-")).containsExactly(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Senior harbor officials raised the stakes on the Democrats, warning that the delay would “cost the port dearly” this year. | cost the port dearly=>senior-harbor-officials
            """)
    void aPartialQuoteInTheParticiplesWordsIsTheSubjects(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb told the board he has not apologized to the crew since “I never met any of them.”   | I never met any of them.=>tom-webb
            Jane Roe told the board that she did not call the plan “a betrayal of the town.”                | a betrayal of the town.=>jane-roe
            """)
    void aDeniedVerbReportsNoWordsTheVerbBeforeItDoes(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Harbor Club issued a statement saying the mayor was a “rubber stamp for developers.”       | rubber stamp for developers.=>harbor-club
            Tom Webb put out a statement saying the council had been “asleep at the wheel for years.”     | asleep at the wheel for years.=>tom-webb
            """)
    void theSubjectOfTheWordsSaidIsNotTheirSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

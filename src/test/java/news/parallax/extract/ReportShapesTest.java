package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes from a hand-judged sample of unseen US news (session 7): an attribution after the words the
 * quote's sentence runs on with, a time phrase between the subject and its verb, a description owned by a name, a
 * person noun the tagger took for an adjective, a report with no content before a quote paragraph, a text whose
 * quotation runs on into the next paragraph, a group of titled people, the subject after an opening phrase's
 * apposition, and "the group" pointing back to a club. Every sentence here is invented.
 */
class ReportShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “I back the mayor.” ¶ “There are other ways that would work better” than a closure, said Senator Jane Roe of Ohio. | I back the mayor.=>-;There are other ways that would work better=>jane-roe
            While declining to discuss the case, Mr. Tom Webb on Thursday said, “Nothing improper took place here.” | Nothing improper took place here.=>tom-webb
            Jane Roe last week told the board, “We are not done with this fight yet.”                 | We are not done with this fight yet.=>jane-roe
            """)
    void theSpeakerIsFoundPastTheWordsBetween(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “A phone call would have done the job,” Webb’s attorney said.                             | A phone call would have done the job,=>webb-s-attorney
            The Harbor Times reported the claims. ¶ Roe’s campaign told several outlets: “Tom Webb must answer these charges.” | Tom Webb must answer these charges.=>roe-s-campaign
            A senior Harbor Department official said, “It would be wrong to draw that conclusion.”   | It would be wrong to draw that conclusion.=>a-senior-harbor-department-official
            The mayor waved at the crowd. ¶ The cameraman replies, “We are just doing our job here, sir.” | We are just doing our job here, sir.=>the-cameraman
            Jane Roe said in an email that she was tired of the fight. ¶ “The plan was never hers,” senior harbor officials said. | The plan was never hers,=>senior-harbor-officials
            “The levy will not pass,” said the head of the independent Harbor Budget Office in Halton. | The levy will not pass,=>the-head-of-the-independent-harbor-budget-office
            “We are reviewing the file,” said Roe’s chief of staff, Tom Webb.                      | We are reviewing the file,=>tom-webb
            “We expect a deal by Friday,” said Roe’s press secretary.                              | We expect a deal by Friday,=>roe-s-press-secretary
            """)
    void aDescriptionStandsForItsSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “It is a desperate move,” Tom Webb said. ¶ Jane Roe noted so helpfully in a post on Wednesday. ¶ “Tom Webb, who rails against my visit today, also invited me.” | It is a desperate move,=>tom-webb;Tom Webb, who rails against my visit today, also invited me.=>jane-roe
            “The workers must be paid on time,” the letter said. ¶ “This is unconscionable.” ¶ Mayor Jane Roe on Saturday announced a plan that paid them. | The workers must be paid on time,=>-;This is unconscionable.=>-
            Tom Webb pressed Alder Pratt on his visits. ¶ In questioning by Rep. Jane Roe, an Ohio Democrat, Mr. Pratt offered one reason. “The spring party with my kids,” he said. | The spring party with my kids,=>alder-pratt
            A day after the vote, the Harbor Club sent its members a “rallying cry”. ¶ “The news could not have been better for anglers,” the group wrote. | The news could not have been better for anglers,=>harbor-club
            """)
    void theParagraphBeforeAQuotationNamesItsSpeaker(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said "the plan is sound." ¶ "I will keep asking," Roe said on Harbor News' "On the Record with Tom Webb Tonight." | the plan is sound.=>jane-roe;I will keep asking,=>jane-roe
            Jane Roe defends Tom Webb after impeachment remarks: “I have your back, my friend.”          | I have your back, my friend.=>jane-roe
            """)
    void aProgrammeIsNoQuoteAndANounBeforeAColonNoVerb(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

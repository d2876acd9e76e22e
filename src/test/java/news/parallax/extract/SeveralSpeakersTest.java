package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences that name several speakers: compound subjects, two reported clauses, vague descriptions. */
class SeveralSpeakersTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** "reported words=>speaker id" for each claim, ";"-separated; "-" for no speaker. */
    private static String reported(Extraction ex) {
        return ex.statements().stream().filter(s -> s.kind() == Statement.Kind.CLAIM)
                .map(s -> s.text() + "=>" + s.speaker().orElse("-")).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “It is a good plan,” Tom Webb and Ray Kemble said.                      | It is a good plan,=>-
            “It is a good plan,” said Tom Webb and Ray Kemble.                      | It is a good plan,=>-
            Tom Webb and Ray Kemble wrote: “It is a good plan.”                     | It is a good plan.=>-
            “It is a good plan,” Tom Webb said.                                     | It is a good plan,=>tom-webb
            A member of the public, who gave no name, wrote: “The rules must change.” | The rules must change.=>a-member-of-the-public
            “The rules must change,” wrote a member of the public who gave no name. | The rules must change,=>a-member-of-the-public
            """)
    void aQuoteOfSeveralPeopleOrOfAVagueOneIsCreditedAsWritten(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We are proud,” Tom Webb said. ¶ The letter came from coach Paul Kemble, who sent it to Webb in 2012. He framed it. ¶ “We see it daily,” he said. | We are proud,=>tom-webb;We see it daily,=>tom-webb
            Tom Webb and his wife Jane Webb run the farm. ¶ “We are proud,” Ms. Webb said. ¶ “We work hard,” Mr. Webb said. | We are proud,=>jane-webb;We work hard,=>tom-webb
            “We are ready,” Tom Webb said. ¶ His wife, Jane Webb, was not there. ¶ “We will win,” Webb said. | We are ready,=>tom-webb;We will win,=>tom-webb
            “We will win,” Tom Webb said. ¶ An angry Paul Kemble lashed out at Webb, calling him a liar, as he has done before. ¶ “He lies,” he said. | We will win,=>tom-webb;He lies,=>paul-kemble
            Tom Webb came to Canada in 2016. ¶ Unlike Paul Kemble, he has no job. ¶ “My study comes later,” he said. | My study comes later,=>tom-webb
            “We are proud,” Webb said. ¶ The letter came from coach Paul Kemble, who sent it to Webb in 2012. He framed it. ¶ “We see it daily,” he said. | We are proud,=>webb;We see it daily,=>webb
            Tom Webb spoke. ¶ “We will act,” independent Sen. Alder King of Ohio, who sits with the Democrats, told reporters. | We will act,=>alder-king
            Tom Webb spoke. ¶ “We will act,” Mr. King said.                                   | We will act,=>king
            Tom Webb spoke. ¶ “The odds go up,” Sen. Jane Roe (D-Va.) told reporters on Monday. | The odds go up,=>jane-roe
            Tom Webb spoke. ¶ “We will act,” said Senate Majority Leader Jane Roe. ¶ “It is late,” the Ohio Democrat said. | We will act,=>jane-roe;It is late,=>jane-roe
            As Kemble Catholic reopened Wednesday after calling off classes because of threats, Senate Majority Leader Paul Webb blamed “far-left activists” for the attacks. ¶ “They went after the students,” the Ohio Republican said. | They went after the students,=>paul-webb
            Tom Webb spoke. ¶ “We have your back,” Rep. Alma Alcala-Ruiz said. ¶ “It is late,” Alcala-Ruiz tweeted. | We have your back,=>alma-alcala-ruiz;It is late,=>alma-alcala-ruiz
            Tom Webb spoke. ¶ Jane Roe was quick to retort: “That is a bunch of nonsense.”    | That is a bunch of nonsense.=>jane-roe
            Tom Webb spoke. ¶ Jane Roe appeared to respond to Webb on Friday, writing: “They only want to win.” | They only want to win.=>jane-roe
            Tom Webb spoke. ¶ “We will act,” Director of National Intelligence Jane Roe said. | We will act,=>jane-roe
            """)
    void aPronounOrASurnameAfterTwoPeopleGoesToTheOneInFocus(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb and Ray Kemble said the plan was good.                              | the plan was good=>-
            Tom Webb said the plan was good, and Ray Kemble said it was bad.             | the plan was good=>tom-webb;it was bad=>ray-kemble
            Tom Webb said the plan was good; Ray Kemble said it was bad.                 | the plan was good=>tom-webb;it was bad=>ray-kemble
            Tom Webb said the plan was good, but he added that it was late.              | the plan was good=>tom-webb;it was late=>tom-webb
            Tom Webb said the plan, which Ray Kemble wrote, was good.                    | the plan, which Ray Kemble wrote, was good=>tom-webb
            """)
    void eachReportedClauseOfASentenceHasItsOwnSpeaker(String text, String expected) {
        assertThat(reported(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }
}

package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speakers that depend on who the text is about: places and organisations named in passing, names that speak. */
class SpeakerSalienceTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** "reported words=>speaker id" for each claim that has a speaker, ";"-separated. */
    private static String reported(Extraction ex) {
        return ex.statements().stream().filter(s -> s.kind() == Statement.Kind.CLAIM && s.speaker().isPresent())
                .map(s -> s.text() + "=>" + s.speaker().orElse("-")).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Sam Lee, who runs a bakery based in Halton, says work is steady. ¶ His father is exempt because he is old. ¶ “We wait every day,” he said. | We wait every day,=>sam-lee
            Tom Webb grew up in Wexley, Ont., and moved away. ¶ “It was a hard winter,” he said.      | It was a hard winter,=>tom-webb
            Tom Webb urged voters to punish the Kemble government. ¶ “It is a bad choice,” he said.   | It is a bad choice,=>tom-webb
            While Kemble Catholic reopened on Monday, Senate leader Tom Webb blamed the media for the threats. ¶ “They attacked these young people,” the Ohio Republican said. | They attacked these young people,=>tom-webb
            Tom Webb spoke for an hour. ¶ When the crowd laughed, he asked: “What ails us today?” ¶ Blaming President Kemble, he said, was “too easy an answer.” ¶ “We need reform, not blame,” he said. | What ails us today?=>tom-webb;too easy an answer.=>tom-webb;We need reform, not blame,=>tom-webb
            Tom Webb said the remarks of Ray Kemble were wrong. ¶ Indeed, even Kemble himself declared in May that the war must be won, unlike the remarks he made on Thursday, in which he said: “What you never do is fight a land war.” | What you never do is fight a land war.=>ray-kemble
            “It is a first,” the Daily Courier wrote. ¶ The Evening Ledger recently reported: ¶ “It is unclear what the reading will achieve.” | It is a first,=>daily-courier;It is unclear what the reading will achieve.=>evening-ledger
            “We will fight on,” the Kemble campaign said. ¶ The rivals hit back with a commercial. ¶ “You paid into the fund for years,” the advertisement says. “Now the fund is cut.” | We will fight on,=>the-kemble-campaign;You paid into the fund for years,=>-;Now the fund is cut.=>-
            A poll shows Tom Webb second. ¶ Acme News further notes, “Strikingly, Webb leads among young voters.” | Strikingly, Webb leads among young voters.=>acme-news
            “These are my neighbours,” Tom Webb said. ¶ Ray Kemble shot back, in reference to Webb's gaffes: “As he knows, words come out wrong.” | These are my neighbours,=>tom-webb;As he knows, words come out wrong.=>ray-kemble
            “We will act,” Tom Webb said. ¶ The Acme Party issued a brief statement shortly after Webb's speech: ¶ “So here is his new policy.” | We will act,=>tom-webb;So here is his new policy.=>acme-party
            A member of the public, whose name is withheld, wrote: “I can only imagine the pain of the family.” | I can only imagine the pain of the family.=>a-member-of-the-public
            In its statement, al-Nasra said: “This attack was a response to the remarks.”          | This attack was a response to the remarks.=>al-nasra
            “The attack was a response,” said Hamid al-Nasri.                                       | The attack was a response,=>hamid-al-nasri
            The mother's goal is clear: a passport for the whole family. ¶ “I'm not a visitor. I live here,” she said at her home. ¶ Maria Cole is among thousands who came in 2016. | I'm not a visitor. I live here,=>maria-cole
            Brackwell said Thursday that its servers were down. ¶ “We are working to fix the outage,” the company said. | We are working to fix the outage,=>brackwell
            Pat Vance met staff at the Brackwell offices. ¶ Brackwell said on Friday that it had fixed the fault. ¶ “We are restoring every account,” it said. | We are restoring every account,=>brackwell
            """)
    void aQuoteGoesToThePersonOrOrganisationTheTextIsAbout(String text, String expected) {
        assertThat(QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Sam Lee, co-founder of Acme Sweets, a shop based in Halton, N.S., says the topic comes up daily. | the topic comes up daily=>sam-lee
            Maria Cole, who grew up near Wexley, says the mill will close.                                    | the mill will close=>maria-cole
            Brackwell said on Friday that it fixed the fault. ¶ In July, the Kemble administration announced that a review was due. | it fixed the fault=>brackwell;a review was due=>the-kemble-administration
            Jane Roe confirmed, the Daily Courier reported, that the talks had failed.                        | the talks had failed=>jane-roe
            Brackwell said on Friday that it had fixed the fault.                                             | it had fixed the fault=>brackwell
            """)
    void reportedSpeechGoesToTheSubjectNotToAPlaceNamedInPassing(String text, String expected) {
        assertThat(reported(FINDER.find(QuoteFinderTest.story(text)))).isEqualTo(expected);
    }
}

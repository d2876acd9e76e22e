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
            While Kemble Catholic reopened on Monday, Senate leader Tom Webb blamed the media for the threats. ¶ “They went after the students,” the Ohio Republican said. | They went after the students,=>tom-webb
            Tom Webb spoke for an hour. ¶ When the crowd laughed, he asked: “What ails us today?” ¶ Blaming President Kemble, he said, was “too easy an answer.” ¶ “We need reform, not blame,” he said. | What ails us today?=>tom-webb;too easy an answer.=>tom-webb;We need reform, not blame,=>tom-webb
            Tom Webb said the remarks of Ray Kemble were wrong. ¶ Indeed, even Kemble himself declared in May that the war must be won, unlike the remarks he made on Thursday, in which he said: “What you never do is open two fronts.” | What you never do is open two fronts.=>ray-kemble
            “It is a first,” the Daily Courier wrote. ¶ The Evening Ledger recently reported: ¶ “Nobody knows what the vote will change.” | It is a first,=>daily-courier;Nobody knows what the vote will change.=>evening-ledger
            “We will fight on,” the Kemble campaign said. ¶ The rivals hit back with a commercial. ¶ “You saved all your life,” the advertisement says. “Now the savings are gone.” | We will fight on,=>the-kemble-campaign;You saved all your life,=>-;Now the savings are gone.=>-
            A poll shows Tom Webb second. ¶ Acme News further notes, “Webb leads among young voters.” | Webb leads among young voters.=>acme-news
            “These are my neighbours,” Tom Webb said. ¶ Ray Kemble shot back, in reference to Webb's gaffes: “Words sometimes come out wrong.” | These are my neighbours,=>tom-webb;Words sometimes come out wrong.=>ray-kemble
            “We will act,” Tom Webb said. ¶ The Acme Party issued a brief statement shortly after Webb's speech: ¶ “That plan will fail.” | We will act,=>tom-webb;That plan will fail.=>acme-party
            A member of the public, whose name was not given, wrote: “The rules must change.” | The rules must change.=>a-member-of-the-public
            In its statement, al-Nasra said: “We did it because of the raids.”          | We did it because of the raids.=>al-nasra
            “We did it because of the raids,” said Hamid al-Nasri.                                       | We did it because of the raids,=>hamid-al-nasri
            The mother's plan for next year is simple: a new home. ¶ “We love this town,” she said at her home. ¶ Maria Cole is among thousands who came in 2016. | We love this town,=>maria-cole
            Many people shared their views. ¶ One online user who lives near Halton, Ont., posted this update: ¶ “It has been a hard week for all of us.” | It has been a hard week for all of us.=>one-online-user
            “It is not up to a vote,” Mary Vance wrote. ¶ And to show she was not hiding, Mary Vance ended her Facebook post: “Please share if you agree.” | It is not up to a vote,=>mary-vance;Please share if you agree.=>mary-vance
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

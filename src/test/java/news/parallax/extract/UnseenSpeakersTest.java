package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import news.parallax.model.Speaker;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Speaker shapes met in a hand-judged sample of unseen US news: a description whose noun follows a capitalised
 * word ("the Democratic staffer"), a person described before a prepositional phrase that names a place or a site,
 * reports named with their author ("a Harbor Institute report", "the report, by Jane Roe,"), an unusual given name the
 * tagger took for a preposition, and the described subject of a sentence whose participle speaks.
 */
class UnseenSpeakersTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    private static String reported(String text) {
        return FINDER.find(QuoteFinderTest.story(text)).statements().stream().filter(s -> s.id().matches(".*-r\\d+"))
                .map(s -> s.text() + "=>" + s.speaker().orElse("-")).collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We already have plans on the table,” said the Democratic staffer, noting the delay. | We already have plans on the table,=>the-democratic-staffer
            “The vote can wait until the spring,” said the Democratic leader in the Senate, Jane Roe. | The vote can wait until the spring,=>jane-roe
            A blogger on the Web site Harbor Lights said, “Can anyone say the paper is fair?”    | Can anyone say the paper is fair?=>a-blogger
            “The bridge repairs need more money,” said Acme spokesman Tom Webb.                   | The bridge repairs need more money,=>tom-webb
            """)
    void aDescriptionIsNotTheCapitalisedWordOrThePlaceInsideIt(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Justice Elena Roe said that the rules may be unlawful. ¶ But Justice Antonin Webb was unconvinced. ¶ “I cannot follow this line of argument,” he told the lawyer. | I cannot follow this line of argument,=>antonin-webb
            A young man in a suit approached the mayor on the sidewalk, saying: “Hi, Mayor. Do you back the plan?” | Hi, Mayor. Do you back the plan?=>a-young-man
            Tom Webb approached the mayor on the sidewalk, saying: “Hi, Mayor. Do you back the plan?” | Hi, Mayor. Do you back the plan?=>tom-webb
            Harbor Daily recently reported: ¶ “The rules will change little in the end.”                | The rules will change little in the end.=>harbor-daily
            The brief that puzzled Justice Jane Roe drew a rebuke from Justice Antonin Webb who said he was unsure. “If the rule is vague, it is no rule,” he said. | If the rule is vague, it is no rule,=>antonin-webb
            """)
    void anUnusualGivenNameAndADescribedSubjectOfAParticiple(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            A 2010 Harbor Research Service report found that the fund was short. ¶ “If all earnings were taxed, the fund would last,” said the report. | If all earnings were taxed, the fund would last,=>harbor-research-service
            But the report, by the Acme Counsel Jane Roe, concluded that “the claims rest on factual errors.” | the claims rest on factual errors.=>jane-roe
            The report was released on Monday. ¶ “Costs rose sharply in the spring,” the report said.  | Costs rose sharply in the spring,=>-
            """)
    void aReportSpeaksForTheAuthorNamedWithIt(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “Every family deserves a fair hearing,” reads a statement from Senate Minority Whip Tom Webb’s office (D-Ore.). “Senator Webb stands by that.” | Every family deserves a fair hearing,=>tom-webb;Senator Webb stands by that.=>tom-webb
            “We are disappointed,” said the statement from Roe’s attorney, Tom Webb. “The case is weak.” | We are disappointed,=>tom-webb;The case is weak.=>tom-webb
            “We will appeal,” said a statement from the Acme Corporation.                             | We will appeal,=>acme-corporation
            """)
    void aStatementFromSomeoneSpeaksForThem(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Supporters of the park in lower Harborville, including Harborville Mayor Tom Webb, say its opening should stand as a sign of goodwill. | its opening should stand as a sign of goodwill=>supporters
            """)
    void anAsideOfExamplesIsNoTitleAndAPlaceAfterAPrepositionIsNoSpeaker(String text, String expected) {
        assertThat(reported(text)).isEqualTo(expected);
        assertThat(FINDER.find(QuoteFinderTest.story(text)).speakers()).extracting(Speaker::titles)
                .allSatisfy(titles -> assertThat(titles).noneMatch(t -> t.startsWith("including")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “It will be fixed,” said Harbor Board Counsel Tom Webb.   | “It will be fixed,” Tom Webb, the Harbor Board counsel, said.
            “It will be fixed,” said Director of Harbor Works Tom Webb. | “It will be fixed,” Tom Webb, the director of harbor works, said.
            """)
    void titlesThatDifferOnlyInCaseAreOneTitleAcrossTheStory(String one, String other) {
        assertThat(FINDER.find(QuoteFinderTest.story(one, other)).speakers()).extracting(Speaker::titles)
                .allSatisfy(titles -> assertThat(titles.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().count())
                        .isEqualTo(titles.size()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “I am not ashamed of the plan,” Tom Webb says in the ad, “but the town must pay for it.”
            “Our aim is to keep costs low,” Jane Roe said in a phone call, “yet the fund has to survive.”
            “We already have plans on the table,” said the staffer, noting the long delay in the Senate.
            “The ruling is wrong,” said Jane Roe, adding nothing more.
            """)
    void noWordsAreReportedAfterAVerbThatFollowsAQuote(String text) {
        assertThat(reported(text)).isEmpty();
    }
}

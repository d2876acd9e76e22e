package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variants of attribution common in US news that the rules first met on unseen text: statements that speak for
 * their author, titles written after an organisation ("Acme spokesman Tom Webb"), gendered titles, subjects
 * hidden behind opening phrases, relative clauses and asides, and unusual name shapes.
 */
class SpeakerVariantsTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    private static String quotes(String text) {
        return QuoteFinderTest.quotes(FINDER.find(QuoteFinderTest.story(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb, the mayor, said in a statement that the plan was ready. ¶ “We will open the bridge in May,” the statement said. | We will open the bridge in May,=>tom-webb
            The Acme Corporation said in a statement on Monday that it would appeal. ¶ “We disagree with the ruling,” the statement said. | We disagree with the ruling,=>acme-corporation
            The Harbor Board Democrats’ letter concluded, “Your plan cannot work and must be withdrawn.” | Your plan cannot work and must be withdrawn.=>harbor-board-democrats
            The report was released on Monday. ¶ “Costs rose sharply in the spring,” the report said.   | Costs rose sharply in the spring,=>-
            A study by the Harbor Institute looked at 13 projects. ¶ “It is remarkable how little scrutiny there is,” the report said. | It is remarkable how little scrutiny there is,=>harbor-institute
            The Harbor Institute released a report on Monday. ¶ “It is remarkable how little scrutiny there is,” the report said. | It is remarkable how little scrutiny there is,=>harbor-institute
            Jane Roe, a researcher at Acme, stated in the company’s blog post that the threats were linked. ¶ “Several addresses sent both kinds of threat,” the post read. | Several addresses sent both kinds of threat,=>jane-roe
            Tom Webb said the plan was ready, and Jane Roe and Carl Doe released a joint statement. ¶ “We all agree on this,” the joint statement said. | We all agree on this,=>-
            """)
    void aStatementSpeaksForTheAuthorWhoIssuedIt(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The vote was a disgrace to us all,” said Acme co-founder Jane Roe.                        | The vote was a disgrace to us all,=>jane-roe
            Webb attorney Jane Roe said the firing was unfair. ¶ “This decision is deeply wrong,” the attorney said. | This decision is deeply wrong,=>jane-roe
            On Monday, Acme spokesman Tom Webb defended the story. ¶ “We stand by all of our work,” he said. | We stand by all of our work,=>tom-webb
            “It was wrong,” Jane Roe said. ¶ In a statement, Acme spokesman Tom Webb doubled down on its defense. ¶ “We have seen no sign that any part of our story is wrong. ¶ We remain confident in what we reported,” he said. | It was wrong,=>jane-roe;We have seen no sign that any part of our story is wrong.=>tom-webb;We remain confident in what we reported,=>tom-webb
            “We need a review of the funds,” said House Minority Whip Tom Webb.                        | We need a review of the funds,=>tom-webb
            “We must act on this now,” tweeted former Housing and Urban Development Secretary Jane Roe. | We must act on this now,=>jane-roe
            """)
    void aTitleAfterAnOrganisationIsTheTitleOfTheNameAfterIt(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb resigned on Friday. Jane Roe had sued his office in 2014. ¶ “I made mistakes,” the four-term congressman said. | I made mistakes,=>tom-webb
            Mary Roe, the owner’s daughter, waved from the stands. ¶ “We will not be intimidated,” Mr. Roe said. | We will not be intimidated,=>roe
            Tom Webb resigned. Politico reported that Mary Roe had sued him. Roe accused Webb of lying. ¶ “I had no idea how to run an office,” the former congressman said. | I had no idea how to run an office,=>tom-webb
            “It was cruel,” Mary Roe, his wife, said of the photo. ¶ In a radio segment about Carl Doe, an adviser, Mr. Roe wrote that it was a hoax. ¶ “They never wanted him to testify,” he wrote. | It was cruel,=>mary-roe;They never wanted him to testify,=>roe
            """)
    void aGenderedTitleOrHonorificFitsOnlyAPersonOfThatGender(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In the wake of the Dover attack, Jane Roe defended her plan, saying on Twitter: “We were right all along.” | We were right all along.=>jane-roe
            At the Grand Hotel on Friday, Tom Webb said he found the remarks “disgraceful” and thought they “had gone much too far.” | disgraceful=>tom-webb;had gone much too far.=>tom-webb
            Jane Roe, the state auditor, told a paper that the claims were “much ado about nothing” and said that Mr. Doe had done nothing “immoral or illegal.” | much ado about nothing=>jane-roe;immoral or illegal.=>jane-roe
            Sen. Tom Webb slammed the leader for refusing “to negotiate in good faith,” but also called Roe’s offer “a first step toward reform.” | to negotiate in good faith,=>tom-webb;a first step toward reform.=>tom-webb
            Tom Webb on Saturday took aim at the big banks for “cheating” savers -- saying that “too many families are being hurt.” | too many families are being hurt.=>tom-webb
            The arrest drew criticism, even from Mayor Tom Webb, who said “these people are treated worse than criminals.” | these people are treated worse than criminals.=>tom-webb
            Despite Tom Webb saying the talks had “come a long way,” other members were gloomy.             | come a long way,=>tom-webb
            Tom Webb made his first Twitter post of the year, accusing a former aide of “breaking every rule.” | breaking every rule.=>tom-webb
            The Town Green was filled with supporters, many wearing “Vote Now” hats and chanting “we want a new mayor now.” | we want a new mayor now.=>-
            """)
    void theSubjectOfTheClauseSpeaksNotANameAfterAPrepositionOrAPossessive(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Shortly after a radio segment about Carl Doe, a former campaign adviser, Mr. Webb wrote that it was a hoax. ¶ “They never wanted him to testify,” he wrote. | They never wanted him to testify,=>webb
            Perhaps out of a belief that a fight would help him — as it did Governor Carl Doe in the 1990s — or out of fear, Tom Webb dived into the debate. ¶ “We even talked about that today,” he told reporters. | We even talked about that today,=>tom-webb
            Perhaps out of a belief that a fight would help him — as it did Governor Carl Doe in the 1990s — or out of fear, Mr. Webb dived into the debate. ¶ “We even talked about that today,” he told reporters. | We even talked about that today,=>webb
            Tom Webb resigned. Politico reported that Mary Roe had sued him. Roe accused Webb of lying. ¶ “I had no idea how to run an office,” the four-term congressman said. | I had no idea how to run an office,=>tom-webb
            “It was a mistake,” said Gov. Tom Webb. ¶ In a recording obtained by a paper, the governor identified himself and went on to curse out Carl Doe. ¶ “I want you to prove it,” he said. | It was a mistake,=>tom-webb;I want you to prove it,=>tom-webb
            “I don’t want a detail,” Rep. Carl Doe told reporters. ¶ Former Speaker of the House Tom Webb praised the system. He said the risk was small. ¶ “We are a free country,” he said. | I don’t want a detail,=>carl-doe;We are a free country,=>tom-webb
            “I don’t like that language,” Representative Tom Webb, Democrat of Ohio and the chairman of the Judiciary Committee — where any inquiry must begin — said on Sunday. | I don’t like that language,=>tom-webb
            """)
    void aPronounGoesToTheMainClauseSubjectBehindAnOpeningPhraseOrATitle(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “I am appalled by this arrest,” Carl diVenzo, a former prosecutor, told reporters. ¶ “This was designed to intimidate,” diVenzo said. | I am appalled by this arrest,=>carl-divenzo;This was designed to intimidate,=>carl-divenzo
            """)
    void aSurnameWithALowerCaseParticleIsAName(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will win this race,” Jane Roe said on CBS’s “Face the Nation.”                 | We will win this race,=>jane-roe
            “We will win this race,” Jane Roe said on “Meet the Voters.”                       | We will win this race,=>jane-roe
            “We had no way out,” Rep. Tom Webb told “Morning Report.”                          | We had no way out,=>tom-webb
            "We will win this race," Jane Roe said on Channel Four News' "Good Morning Ohio."| We will win this race,=>jane-roe
            """)
    void aProgrammeNamedAfterOnOrAnOutletIsNoQuote(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Then Tom Webb, speaking in a whisper as he stood close to the reporter, said Mr. Doe was “not man enough to do this job.” | not man enough to do this job.=>tom-webb
            The bill was pushed by the Center for Family Policy, a conservative group. ¶ The center’s president, Jane Roe, has been deriding the critics. ¶ “Our opponents have found a new tactic,” she said. | Our opponents have found a new tactic,=>jane-roe
            """)
    void theWordsReportedAreNotTheSpeakerAndAnAppositiveNameIsTheSubject(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We have never seen anything like this.” ¶ That was how Jane Roe, a nurse in Halifax, described the storm. | We have never seen anything like this.=>jane-roe
            Tom Webb spoke first. ¶ “We have never seen anything like this.” ¶ Jane Roe, a nurse in Halifax, says the storm was the worst in decades. | We have never seen anything like this.=>jane-roe
            Tom Webb spoke first. ¶ Jane Roe, the president of the union, did not mince words. ¶ “This is a disgrace.” | This is a disgrace.=>jane-roe
            “It will pass,” Tom Webb said. ¶ “We have the votes.” ¶ Jane Roe, a nurse, says the storm was the worst in decades. | It will pass,=>tom-webb;We have the votes.=>tom-webb
            """)
    void anUnattributedQuoteGoesToThePersonTheNeighbouringSentenceIsAbout(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb spoke first. ¶ A spokesperson for the Department of Health said: “We are reviewing the file.” | We are reviewing the file.=>a-spokesperson
            Tom Webb spoke first. ¶ “He was taken into custody without incident,” police said in a news release. | He was taken into custody without incident,=>police
            “It will pass,” the Bank of Canada said in a statement.                            | It will pass,=>bank-of-canada
            Premier Jane Roe met Tom Webb on Monday. ¶ “We are reviewing the file,” the premier said. | We are reviewing the file,=>jane-roe
            """)
    void descriptionsOrganisationsAndTitlesTaggedAsAdjectives(String text, String expected) {
        assertThat(quotes(text)).isEqualTo(expected);
    }
}

package news.parallax.extract;

import static news.parallax.extract.QuoteFinderTest.quotesIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Variants of attribution common in US news that the rules first met on unseen text: statements that speak for
 * their author, titles written after an organisation ("Acme spokesman Tom Webb"), gendered titles, subjects
 * hidden behind opening phrases, relative clauses and asides, and unusual name shapes.
 */
class SpeakerVariantsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb, the mayor, said in a statement that the plan was ready. ¶ “We will open the bridge in May,” the statement said. | We will open the bridge in May,=>tom-webb
            The Acme Corporation said in a statement on Monday that it would appeal. ¶ “We disagree with the ruling,” the statement said. | We disagree with the ruling,=>acme-corporation
            The Harbor Board Trustees’ letter argued, “Your plan cannot work and must be withdrawn.” | Your plan cannot work and must be withdrawn.=>harbor-board-trustees
            The report was released on Monday. ¶ “Costs rose sharply in the spring,” the report said.   | Costs rose sharply in the spring,=>-
            A study by the Harbor Institute looked at 13 projects. ¶ “Few of the projects were ever audited,” the report said. | Few of the projects were ever audited,=>harbor-institute
            The Harbor Institute released a report on Monday. ¶ “Few of the projects were ever audited,” the report said. | Few of the projects were ever audited,=>harbor-institute
            Jane Roe, a researcher at Acme, stated in the firm’s online post that the campaigns were linked. ¶ “The same servers sent both batches of spam,” the post read. | The same servers sent both batches of spam,=>jane-roe
            Tom Webb said the plan was ready, and Jane Roe and Carl Doe released a joint statement. ¶ “We all agree on this,” the joint statement said. | We all agree on this,=>-
            """)
    void aStatementSpeaksForTheAuthorWhoIssuedIt(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The merger plan leaves the workers behind,” said Acme co-founder Jane Roe.                        | The merger plan leaves the workers behind,=>jane-roe
            Webb attorney Jane Roe said the firing was unfair. ¶ “The ruling ignores the contract,” the attorney said. | The ruling ignores the contract,=>jane-roe
            On Monday, Acme spokesman Tom Webb defended the story. ¶ “Our figures were checked twice,” he said. | Our figures were checked twice,=>tom-webb
            “It was wrong,” Jane Roe said. ¶ In a statement, Acme spokesman Tom Webb answered the complaints. ¶ “Every figure in the catalogue was checked. ¶ We expect the shipments to resume in June,” he said. | It was wrong,=>jane-roe;Every figure in the catalogue was checked.=>tom-webb;We expect the shipments to resume in June,=>tom-webb
            “The bridge repairs need more money,” said House Minority Whip Tom Webb.                        | The bridge repairs need more money,=>tom-webb
            “The library should stay open late,” tweeted former Parks and Inland Waterways Secretary Jane Roe. | The library should stay open late,=>jane-roe
            """)
    void aTitleAfterAnOrganisationIsTheTitleOfTheNameAfterIt(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb resigned on Friday. Jane Roe had sued his office in 2014. ¶ “The budget was too thin,” the three-term chairman said. | The budget was too thin,=>tom-webb
            Mary Roe, the owner’s daughter, waved from the stands. ¶ “The stands need new paint,” Mr. Roe said. | The stands need new paint,=>roe
            Tom Webb resigned. Politico reported that Mary Roe had sued him. Roe accused Webb of lying. ¶ “The ledgers were kept badly,” the former chairman said. | The ledgers were kept badly,=>tom-webb
            “It was unkind,” Mary Roe, his wife, said of the cartoon. ¶ In a column about Carl Doe, a gardener, Mr. Roe wrote that the prize was fixed. ¶ “The judges never tasted his jam,” he wrote. | It was unkind,=>mary-roe;The judges never tasted his jam,=>roe
            “The cover is unfair,” said Terry Roe, the group’s president. ¶ “There is a simple test,” Ms. Roe went on. | The cover is unfair,=>terry-roe;There is a simple test,=>terry-roe
            “We were not told,” said Shannon Webb, the clinic’s director. ¶ “The rules changed overnight,” Mr. Webb said. | We were not told,=>shannon-webb;The rules changed overnight,=>shannon-webb
            """)
    void aGenderedTitleOrHonorificFitsOnlyAPersonOfThatGender(String text, String expected) {
        // (a first name common for both, "Terry", "Shannon", fits either honorific)
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In the wake of the Dover flood, Jane Roe defended her plan, saying on Twitter: “The levees held where we built them.” | The levees held where we built them.=>jane-roe
            At the Grand Hotel on Friday, Tom Webb said he found the remarks “careless” and thought they “had missed the point.” | careless=>tom-webb;had missed the point.=>tom-webb
            Jane Roe, the state auditor, told a paper that the claims were “a storm in a teacup” and said that Mr. Doe had done nothing “wrong or unlawful.” | a storm in a teacup=>jane-roe;wrong or unlawful.=>jane-roe
            Sen. Tom Webb slammed the leader for refusing “to return the calls,” but also called Roe’s offer “a sensible place to begin.” | to return the calls,=>tom-webb;a sensible place to begin.=>tom-webb
            Tom Webb on Saturday took aim at the big banks for “cheating” savers -- saying that “savers deserve better than this.” | savers deserve better than this.=>tom-webb
            The arrest drew criticism, notably from Mayor Tom Webb, who said “the whole affair was handled badly.” | the whole affair was handled badly.=>tom-webb
            Despite Tom Webb saying the talks had “moved a little,” other members were gloomy.             | moved a little,=>tom-webb
            Tom Webb made his first online post of the year, accusing a former aide of “ignoring the filing deadline.” | ignoring the filing deadline.=>tom-webb
            The Town Green was filled with fans, many wearing “Go Team” scarves and chanting “we will be back next year.” | we will be back next year.=>-
            """)
    void theSubjectOfTheClauseSpeaksNotANameAfterAPrepositionOrAPossessive(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Shortly after a column about Carl Doe, a retired baker, Mr. Webb wrote that the contest was rigged. ¶ “The judges never tasted his bread,” he wrote. | The judges never tasted his bread,=>webb
            Perhaps hoping the quarrel would lift his profile — as one once lifted Governor Carl Doe — or simply bored, Tom Webb joined the argument. ¶ “The ferry schedule came up at lunch,” he told reporters. | The ferry schedule came up at lunch,=>tom-webb
            Perhaps hoping the quarrel would lift his profile — as one once lifted Governor Carl Doe — or simply bored, Mr. Webb joined the argument. ¶ “The ferry schedule came up at lunch,” he told reporters. | The ferry schedule came up at lunch,=>webb
            Tom Webb resigned. Politico reported that Mary Roe had sued him. Roe accused Webb of lying. ¶ “The ledgers were kept badly,” the three-term chairman said. | The ledgers were kept badly,=>tom-webb
            “The tender was late,” said Gov. Tom Webb. ¶ In a video posted by a neighbour, the governor introduced himself and went on to scold Carl Doe. ¶ “Your hedge blocks the road,” he said. | The tender was late,=>tom-webb;Your hedge blocks the road,=>tom-webb
            “The canal needs dredging,” Rep. Carl Doe told reporters. ¶ Former Speaker of the House Tom Webb praised the harbor plan. He said the cost was modest. ¶ “Boats will come back,” he said. | The canal needs dredging,=>carl-doe;Boats will come back,=>tom-webb
            “The orchard tax is unfair,” Representative Tom Webb, Democrat of Iowa and the chair of the Farm Committee — which meets on Mondays — said on Sunday. | The orchard tax is unfair,=>tom-webb
            """)
    void aPronounGoesToTheMainClauseSubjectBehindAnOpeningPhraseOrATitle(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The zoning map is out of date,” Carl diVenzo, a former planner, told reporters. ¶ “Nobody has updated it since 1990,” diVenzo said. | The zoning map is out of date,=>carl-divenzo;Nobody has updated it since 1990,=>carl-divenzo
            """)
    void aSurnameWithALowerCaseParticleIsAName(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will win this race,” Jane Roe said on Channel Four’s “Morning Talk.”                 | We will win this race,=>jane-roe
            “We will win this race,” Jane Roe said on “Meet the Voters.”                       | We will win this race,=>jane-roe
            “We had no way out,” Rep. Tom Webb told “Morning Report.”                          | We had no way out,=>tom-webb
            "We will win this race," Jane Roe said on Channel Four News' "Good Morning Ohio."| We will win this race,=>jane-roe
            """)
    void aProgrammeNamedAfterOnOrAnOutletIsNoQuote(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Then Tom Webb, speaking quietly as he left the hall, said Mr. Doe was “too slow to run the ferry.” | too slow to run the ferry.=>tom-webb
            The measure was backed by the Center for Family Policy, a conservative group. ¶ The center’s president, Jane Roe, has been deriding the critics. ¶ “The critics never read the bill,” she said. | The critics never read the bill,=>jane-roe
            """)
    void theWordsReportedAreNotTheSpeakerAndAnAppositiveNameIsTheSubject(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We have never seen anything like this.” ¶ That was how Jane Roe, a nurse in Halifax, described the storm. | We have never seen anything like this.=>jane-roe
            Tom Webb spoke first. ¶ “We have never seen anything like this.” ¶ Jane Roe, a nurse in Halifax, says the storm was the worst in decades. | We have never seen anything like this.=>jane-roe
            Tom Webb spoke first. ¶ Jane Roe, the president of the union, was blunt. ¶ “The offer is an insult.” | The offer is an insult.=>jane-roe
            “It will pass,” Tom Webb said. ¶ “We have the votes.” ¶ Jane Roe, a nurse, says the storm was the worst in decades. | It will pass,=>tom-webb;We have the votes.=>tom-webb
            """)
    void anUnattributedQuoteGoesToThePersonTheNeighbouringSentenceIsAbout(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb spoke first. ¶ A spokesperson for the Department of Parks said: “We are reviewing the file.” | We are reviewing the file.=>a-spokesperson
            Tom Webb spoke first. ¶ “The driver was not hurt,” police said in a written release. | The driver was not hurt,=>police
            “It will pass,” the Bank of Avalon said in a statement.                            | It will pass,=>bank-of-avalon
            Premier Jane Roe met Tom Webb on Monday. ¶ “We are reviewing the file,” the premier said. | We are reviewing the file,=>jane-roe
            """)
    void descriptionsOrganisationsAndTitlesTaggedAsAdjectives(String text, String expected) {
        assertThat(quotesIn(text)).isEqualTo(expected);
    }
}

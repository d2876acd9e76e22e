package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteFinderTest {

    private static final QuoteFinder FINDER = QuoteFinder.standard();

    /** The quotes found in {@code text} (one source; " ¶ " separates paragraphs), as {@link #quotes} lists them. */
    static String quotesIn(String text) {
        return quotes(FINDER.find(story(text)));
    }

    /** The quotes found in {@code text} as {@code text=>speaker}, with {@code (partial)} after a partial quote. */
    static String quotesMarkingPartialIn(String text) {
        return quotesMarkingPartial(FINDER.find(story(text)));
    }

    /** The claims' speakers found in {@code text}, as {@link #claimSpeakers} lists them. */
    static String claimSpeakersIn(String text) {
        return claimSpeakers(FINDER.find(story(text)));
    }

    /** The reported-speech claims (claims with a reporting verb) of a one-source story. */
    static List<Statement> reportedClaims(String text) {
        return FINDER.find(story(text)).statements().stream()
                .filter(s -> s.kind() == Statement.Kind.CLAIM && s.verb().isPresent()).toList();
    }

    /** The story's one statement: its text, credited to Jane Roe. */
    private static void assertOneStatementOfJaneRoe(String text, String expected) {
        assertThat(FINDER.find(story(text)).statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(expected);
            assertThat(s.speaker()).contains("jane-roe");
        });
    }

    /** The reported claims' texts and speakers ("-" for none), each list separated by ';', in text order. */
    private static void assertReported(String text, String expected, String speakers) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims).extracting(Statement::text).containsExactly(expected.split(";"));
        assertThat(claims).extracting(s -> s.speaker().orElse("-")).containsExactly(speakers.split(";"));
    }

    /** A story of one source per text; " ¶ " separates body paragraphs. */
    static Story story(String... texts) {
        List<Source> sources = new ArrayList<>();
        for (int n = 0; n < texts.length; n++) {
            String text = texts[n].replace(" ¶ ", "\n\n");
            List<Block> blocks = new ArrayList<>();
            int start = 0;
            for (String para : text.split("\n\n", -1)) {
                blocks.add(new Block(Block.Kind.BODY, start, start + para.length()));
                start += para.length() + 2;
            }
            sources.add(new Source("s" + n, "s" + n + ".txt", "Source " + n, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), text, blocks));
        }
        return new Story("test", "Test", sources);
    }

    /** "quoted words=>speaker id" for each quote, ";"-separated; "-" for no speaker. */
    static String quotes(Extraction ex) {
        return ex.statements().stream().filter(s -> s.kind() == Statement.Kind.QUOTE)
                .map(s -> s.text() + "=>" + s.speaker().orElse("-")).collect(Collectors.joining(";"));
    }

    /** The speaker id of each claim, ";"-separated; "-" for no speaker. */
    static String claimSpeakers(Extraction ex) {
        return ex.statements().stream().filter(s -> s.kind() == Statement.Kind.CLAIM)
                .map(s -> s.speaker().orElse("-")).collect(Collectors.joining(";"));
    }

    /** As {@link #quotes}, with " (partial)" after each partial quote. */
    static String quotesMarkingPartial(Extraction ex) {
        return ex.statements().stream().filter(s -> s.kind() == Statement.Kind.QUOTE)
                .map(s -> s.text() + "=>" + s.speaker().orElse("-") + (s.partial() ? " (partial)" : ""))
                .collect(Collectors.joining(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We share an ethos,” Jane Roe told reporters.                                     | We share an ethos,=>jane-roe
            "We share an ethos," said Jane Roe.                                               | We share an ethos,=>jane-roe
            Jane Roe said: “We share an ethos.”                                               | We share an ethos.=>jane-roe
            “A plan is ready,” Jane Roe, the finance minister, said.                          | A plan is ready,=>jane-roe
            “A plan is ready,” said U.S. Commerce Secretary Jane Roe.                         | A plan is ready,=>jane-roe
            According to Jane Roe, “the plan is ready.”                                       | the plan is ready.=>jane-roe
            “A plan is ready,” Jane Roe said. “It will pass.”                                 | A plan is ready,=>jane-roe;It will pass.=>jane-roe
            Jane Roe spoke first. ¶ “A plan is ready,” she added.                             | A plan is ready,=>jane-roe
            Jane Roe met Mr. John Doe. ¶ “A plan is ready,” Ms. Roe said. ¶ “It will pass,” he said. | A plan is ready,=>jane-roe;It will pass,=>john-doe
            Jane Roe called the deal a “historic step” for the region.                        | historic step=>jane-roe
            The AP reported that the talks were “very productive and long.”                   | very productive and long.=>ap
            He appeared on “Face the Nation” on Sunday.                                       | ``
            “He told me, ‘Go home,’ and I did,” Jane Roe recalled.                            | He told me, ‘Go home,’ and I did,=>jane-roe
            “Talks went well,” Sen. Jane Roe, R-S.C., said.                                   | Talks went well,=>jane-roe
            Canada’s rock ’n’ roll of the ’90s is back, Jane Roe said.                        | ``
            Critics call the firm a “cash cow” now.                                           | ``
            """)
    void quotesAndSpeakers(String text, String expected) {
        assertThat(quotes(FINDER.find(story(text)))).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “The plan is under review,” a spokesperson said.                                  | The plan is under review,=>a-spokesperson
            “She is ready to testify,” said the spokesman, Nick Doe.                          | She is ready to testify,=>nick-doe
            First, Jane Roe confirmed, the Daily Courier reported, that the work is in “stage two” now. | stage two=>jane-roe
            “It is up to the minister,” a justice official said. ¶ “Most requests succeed,” the official said. | It is up to the minister,=>a-justice-official;Most requests succeed,=>a-justice-official
            The Northern Water Commission met on Monday. ¶ “Rates will rise,” the commission said. | Rates will rise,=>northern-water-commission
            Jane Roe cancelled the meetings. ¶ “I have heard worrying stories,” her statement read. | I have heard worrying stories,=>jane-roe
            The program helped Toronto accountant Tunde Adeyemi, 50. “I feel better now,” he says. | I feel better now,=>tunde-adeyemi
            Mary Smith spoke first. ¶ Given the delays, Ola Mensah, president of the tenants’ group, is hopeful the city will act. “We have waited long enough,” she said. | We have waited long enough,=>ola-mensah
            Michael Doe met his wife at a shop. “I walked in and met her,” says Michael.      | I walked in and met her,=>michael-doe
            A senior party figure, Jane Roe, said the remarks were “utterly irresponsible.”   | utterly irresponsible.=>jane-roe
            ‘’It is not about who wins,” Jane Roe said.                                       | It is not about who wins,=>jane-roe
            Jane Roe said: “We worked every day. “Nobody ever thanked us.”                     | We worked every day.=>jane-roe;Nobody ever thanked us.=>jane-roe
            John Doe attended with his wife, Alex Roe. “We are proud,” she said.              | We are proud,=>alex-roe
            “Talks must resume,” said Sen. Jane Roe of Ohio.                                  | Talks must resume,=>jane-roe
            “Protect your password,” Acme’s Jane Roe wrote.                                   | Protect your password,=>jane-roe
            Jane Roe spoke to reporters. She also cited Mary Doe’s report. “It was a pattern,” she said. | It was a pattern,=>jane-roe
            “The work is hard,” Jesse Roe Jr. said. ¶ “We go on,” Roe said.                   | The work is hard,=>jesse-roe-jr;We go on,=>jesse-roe-jr
            “We will rebuild,” the company said. “It will take a year.”                       | We will rebuild,=>the-company;It will take a year.=>the-company
            Jane Roe left. ¶ The board met. ¶ The board met again. ¶ “It is over,” the report said. | It is over,=>-
            """)
    void unnamedSpeakersPronounsAndMarks(String text, String expected) {
        assertThat(quotes(FINDER.find(story(text)))).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aQuoteGoesOnIntoAParagraphThatOpensWithoutAMark() {
        String text = "Jane Roe wrote to colleagues. ¶ \"Who may join the plan is up to the officer ¶ based on advice from"
                + " the doctor,\" said Jane Roe. ¶ The plan is new.";
        assertThat(quotes(FINDER.find(story(text))))
                .isEqualTo("Who may join the plan is up to the officer=>jane-roe;based on advice from the doctor,=>jane-roe");
    }

    @Test
    void theSecondOfAPairOfShoutedQuotesIsWholeToo() {
        Extraction ex = FINDER.find(story("Jane Roe said she heard students shout, “Build it now!” and “Go home right now!”"));
        assertThat(ex.statements()).filteredOn(s -> s.kind() == Statement.Kind.QUOTE)
                .extracting(Statement::text, Statement::partial)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Build it now!", false),
                        org.assertj.core.groups.Tuple.tuple("Go home right now!", false));
    }

    @Test
    void aSingleQuotedHeadlineQuoteIsAQuote() {
        String text = "‘We will not back down,’ minister says\n\nJane Roe spoke on Sunday.";
        Source source = new Source("h", "h.txt", "H", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text,
                List.of(new Block(Block.Kind.HEADLINE, 0, 38), new Block(Block.Kind.BODY, 40, text.length())));
        Extraction ex = FINDER.find(new Story("test", "Test", List.of(source)));
        assertThat(ex.statements()).filteredOn(s -> s.kind() == Statement.Kind.QUOTE).extracting(Statement::text)
                .containsExactly("We will not back down,");
    }

    @Test
    void reportedSpeechWithStatedThatIsAClaim() {
        Extraction ex = FINDER.find(story("Jane Roe stated that the budget would be balanced by next year."));
        assertThat(ex.statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("the budget would be balanced by next year");
            assertThat(s.verb()).contains("stated");
        });
    }

    @Test
    void aQuoteAcrossParagraphsIsOneQuotePerParagraphWithOneSpeaker() {
        Extraction ex = FINDER.find(story("Jane Roe said: “The first part goes on. ¶ “The second part ends here.”"));
        assertThat(quotes(ex)).isEqualTo("The first part goes on.=>jane-roe;The second part ends here.=>jane-roe");
    }

    @Test
    void aPartialQuoteIsMarkedPartial() {
        Extraction ex = FINDER.find(story("Jane Roe called the deal a “historic step” for the region."));
        assertThat(ex.statements()).filteredOn(s -> s.kind() == Statement.Kind.QUOTE).singleElement()
                .satisfies(s -> assertThat(s.partial()).isTrue());
    }

    @Test
    void reportedSpeechIsAClaimWithSpeakerAndVerb() {
        Extraction ex = FINDER.find(story("Jane Roe said on Sunday that the two sides would meet again next year."));
        assertThat(ex.statements()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(Statement.Kind.CLAIM);
            assertThat(s.id()).isEqualTo("s0-r1");
            assertThat(s.text()).isEqualTo("the two sides would meet again next year");
            assertThat(s.speaker()).contains("jane-roe");
            assertThat(s.verb()).contains("said");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said Wednesday she would not run again next year.                 | she would not run again next year
            Jane Roe said Tuesday night that the vote would be held in the spring.     | the vote would be held in the spring
            Jane Roe said Friday morning that the plant had closed for good.           | the plant had closed for good
            Jane Roe told reporters Thursday the plant had closed for good.            | the plant had closed for good
            Jane Roe announced last week she is running for the county board.          | she is running for the county board
            Jane Roe said in a statement that the plant had closed for good.            | the plant had closed for good
            Jane Roe told a crowd of farmers that delay would cost the valley jobs.      | delay would cost the valley jobs
            Jane Roe said on “Morning Show” that the plant had closed for good.         | the plant had closed for good
            Jane Roe wrote on May 23, 2008, that the plant had closed for good.         | the plant had closed for good
            Jane Roe said in a notice issued Thursday that permitting boats would help. | permitting boats would help
            Jane Roe said on the radio and in a letter that the plant had closed.       | the plant had closed
            """)
    void aTimePhraseAfterTheVerbIsNotPartOfTheWordsReported(String text, String expected) {
        assertOneStatementOfJaneRoe(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said the plant had closed for good, the Daily Courier reported.         | the plant had closed for good
            Jane Roe said the plant had closed for good, two officials said.                 | the plant had closed for good
            Jane Roe said the plant had closed for good, according to the Daily Courier.     | the plant had closed for good
            Jane Roe stated that the plant was a “lost cause,” the Daily Courier reported.    | the plant was a “lost cause,”
            Jane Roe said the plant had closed after the flood that the mayor reported.      | the plant had closed after the flood that the mayor reported
            """)
    void aSecondAttributionClosingTheSentenceIsNotPartOfTheWordsReported(String text, String expected) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).filteredOn(s -> s.kind() == Statement.Kind.CLAIM).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(expected);
            assertThat(s.speaker()).contains("jane-roe");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said the plant had closed, but added that the jobs would come back.  | the plant had closed;the jobs would come back | jane-roe;jane-roe
            Jane Roe said the plant had closed, and warned that the harbor was next.     | the plant had closed;the harbor was next      | jane-roe;jane-roe
            Jane Roe said the plant had closed, but also said the jobs would come back.  | the plant had closed;the jobs would come back | jane-roe;jane-roe
            Jane Roe said the plant had closed, and the workers said the jobs were gone. | the plant had closed;the jobs were gone       | jane-roe;the-workers
            Jane Roe said the plant had closed and stopped paying its workers.           | the plant had closed and stopped paying its workers | jane-roe
            The Harbor Police have not announced new patrols, but said officers will watch the piers. | officers will watch the piers | the-harbor-police
            Jane Roe announced recently that she will step down, saying the board needs new blood.   | she will step down;the board needs new blood | jane-roe;jane-roe
            Jane Roe said she is "far from a decision," noting that she has served for 20 years.     | she has served for 20 years | jane-roe
            Jane Roe said the plant had closed, insisting the jobs would come back.                  | the plant had closed;the jobs would come back | jane-roe;jane-roe
            """)
    void aSecondReportingVerbOfTheSameSubjectReportsItsOwnWords(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said the budget would pass, but she would not say how many members backed it. | the budget would pass
            Jane Roe said the budget would pass, but she wouldn't say how many members backed it.  | the budget would pass
            Jane Roe told reporters the fund had lost money, but offered no details.               | the fund had lost money
            Jane Roe said the fund had lost money, but gave no figures.                            | the fund had lost money
            Jane Roe said the bylaw would pass this week, but did not name its opponents.          | the bylaw would pass this week
            Jane Roe said the plan was sound, but she declined to say when it would be ready.      | the plan was sound
            Jane Roe said the plan was sound, but refused to elaborate.                             | the plan was sound
            Jane Roe said the plan was sound, but declined to renew the contract.                  | the plan was sound, but declined to renew the contract
            Jane Roe said the plan was sound, but the board would not say when it would be ready.  | the plan was sound, but the board would not say when it would be ready
            """)
    void aWritersRemarkOnWhatTheSpeakerWouldNotSayEndsTheWordsReported(String text, String expected) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(expected);
            assertThat(s.speaker()).contains("jane-roe");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe would not say how many members backed the budget.
            Jane Roe did not say whether the plan was final.
            Jane Roe has never said that the plant would close.
            Jane Roe didn't immediately say when the pier would reopen.
            """)
    void aNegatedReportingVerbReportsNoWords(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).noneMatch(s -> s.verb().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said the plan wasn't final.           | the plan wasn't final
            Jane Roe said it's over for the harbor board.  | it's over for the harbor board
            Jane Roe said the pier isn't safe.             | the pier isn't safe
            """)
    void aContractedVerbIsAVerbOfTheWordsReported(String text, String expected) {
        assertOneStatementOfJaneRoe(text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said the roads were unsafe, but state officials said the repairs had begun.   | the roads were unsafe;the repairs had begun | jane-roe;state-officials
            Jane Roe said the roads were unsafe, and critics say the repairs came too late.       | the roads were unsafe;the repairs came too late | jane-roe;critics
            """)
    void aDescribedSubjectWithoutDeterminerOpensASecondReportedClause(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe announced her plan to rebuild the harbor wall.
            Jane Roe revealed no details about the harbor deal.
            Jane Roe denied the rumors, which spread on Friday.
            Jane Roe acknowledged receiving gifts from the contractor.
            Jane Roe promised a review that would take a year.
            Jane Roe announced a ban on fishing near the pier.
            """)
    void aNounPhraseAfterTheVerbIsItsObjectNotWordsReported(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).noneMatch(s -> s.verb().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe announced the head of the water board would resign.           | the head of the water board would resign
            Jane Roe argued having a vote on the pier is wise.                     | having a vote on the pier is wise
            Jane Roe announced the plant, which closed in May, would reopen.        | the plant, which closed in May, would reopen
            Jane Roe claimed the report that the board published last week was false. | the report that the board published last week was false
            Jane Roe announced she plans to rebuild the harbor wall.               | she plans to rebuild the harbor wall
            """)
    void aNounPhraseFollowedByAFiniteVerbIsTheSubjectOfTheWordsReported(String text, String expected) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).filteredOn(s -> s.verb().isPresent()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(expected);
            assertThat(s.speaker()).contains("jane-roe");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said in a statement the review would take a year.              | the review would take a year
            Jane Roe said in an interview she was not worried about the vote.        | she was not worried about the vote
            Jane Roe said during the meeting the board had lost money.              | the board had lost money
            Jane Roe told reporters after the meeting the review would take a year. | the review would take a year
            """)
    void aSubjectAndVerbAfterAPhraseOfPlaceOrTimeOpenTheWordsReported(String text, String expected) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).filteredOn(s -> s.verb().isPresent()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(expected);
            assertThat(s.speaker()).contains("jane-roe");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said in a statement the company released Tuesday.
            Jane Roe said in an interview that aired Sunday night.
            Jane Roe said at the pier before a game she had not planned to see.
            """)
    void aRelativeClauseOfThePhrasesNounIsNoWordsReported(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).noneMatch(s -> s.verb().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            According to Jane Roe, the pier will reopen in May.                                   | the pier will reopen in May                       | jane-roe
            The pier will reopen in May, according to Jane Roe.                                   | The pier will reopen in May                       | jane-roe
            According to a study by the Harbor Institute, a research group, the pier is unsafe.   | the pier is unsafe                                | harbor-institute
            The board met twice: the pier closed, according to Jane Roe.                          | the pier closed                                   | jane-roe
            The talks ended on Friday, according to a senior Harbor Party aide.                   | The talks ended on Friday                         | a-senior-harbor-party-aide
            """)
    void accordingToCreditsTheWordsToANamedOrDescribedPersonOnly(String text, String expected, String speaker) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(expected);
            assertThat(s.speaker().orElse("-")).isEqualTo(speaker);
            assertThat(s.verb()).contains("according");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The pier closed in 2001, according to court records.
            The board met twice: the pier closed in 2001, according to the minutes.
            """)
    void aDocumentOrAPhraseReadAsNoPersonAfterAccordingToLeavesAPlainClaim(String text) {
        Extraction ex = FINDER.find(story(text));
        // (no reported speech: the claim extractor keeps the sentence whole, its "according to" with it)
        assertThat(ex.statements()).noneMatch(s -> s.verb().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Fifty people were missing on Friday, the Red Cross said, raising fears of a higher toll.   | Fifty people were missing on Friday | the-red-cross
            The pier will reopen in May, Jane Roe said, adding that repairs were done.                | The pier will reopen in May;repairs were done | jane-roe;jane-roe
            Some workers hid under desks, Jane Roe said, but one man ran to the roof.                 | Some workers hid under desks;one man ran to the roof | jane-roe;jane-roe
            The harbor police, Jane Roe says, have no plan for the floods.                           | The harbor police, Jane Roe says, have no plan for the floods | jane-roe
            The fees are too high for most families, Jane Roe said, especially those with three children. | The fees are too high for most families, Jane Roe said, especially those with three children | jane-roe
            Some people spread fear about the pier, Jane Roe said, though she did not name anyone.    | Some people spread fear about the pier | jane-roe
            """)
    void anAttributionInsideTheSentenceCreditsTheWordsBeforeItAndAfterAConjunction(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The agency will close four offices next year, said Tom Webb, a spokesman for the agency.  | The agency will close four offices next year | tom-webb
            The agency will close four offices next year, said Tom Webb, its spokesman, who gave no date. | The agency will close four offices next year | tom-webb
            The tax rules could cost many couples money, said Jane Roe of the Harbor Policy Center in Ohio. | The tax rules could cost many couples money | jane-roe
            The council spent the day calling members, said a Democratic aide close to the governor. | The council spent the day calling members | a-democratic-aide
            The agency will close four offices next year, Jane Roe, a spokeswoman for the agency, said. | The agency will close four offices next year | jane-roe
            The plan would cost 4 billion dollars, Jane Roe, the city's budget director, said on Monday. | The plan would cost 4 billion dollars | jane-roe
            """)
    void anAttributionClosedByTheSpeakersDescriptionCreditsTheWordsBeforeIt(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In any event, the firm says, the workers — who ran 40 stores — do not share one claim.  | In any event, the firm says, the workers — who ran 40 stores — do not share one claim | the-firm
            """)
    void wordsGoingOnPastARelativeClauseAfterTheAttributionStayReported(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "In a reply soon after the letters were released on Monday, Tom Webb, a spokesman for the mayor, said just that.",
        "The mayor has moved to the left since Tom Webb, the head of the council, announced his challenge in May."})
    void anOpeningPhraseOrAVerbWithAnObjectReportsNothingBeforeTheAttribution(String text) {
        assertThat(reportedClaims(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Harbor Daily covered the vote. ¶ Senior aides to the mayor disputed that account. “We never agreed to it,” they said.
            The Harbor Daily covered the vote. ¶ Senior aides to the mayor and other members of the board disputed it. “We never agreed,” they said.
            The Harbor Daily covered the vote. ¶ The board is split, and senior aides expressed doubts about the plan. “We never agreed,” they said.
            """)
    void theyAfterAGroupDescribedWithItsPhrasesIsThatGroupNotABodyNamedEarlier(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).filteredOn(s -> s.kind() == Statement.Kind.QUOTE).singleElement()
                .satisfies(s -> assertThat(s.speaker()).contains("senior-aides"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Ms. Roe nevertheless said she was seeking advice from the board.   | roe
            The mayor nonetheless said the pier would reopen in May.          | the-mayor
            Jane Roe meanwhile said the pier would reopen in May.             | jane-roe
            The harbor master nonetheless said the pier would reopen in May.  | the-harbor-master
            """)
    void aSentenceAdverbBetweenTheSubjectAndTheVerbIsNoPartOfTheSpeaker(String text, String speaker) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).filteredOn(s -> s.kind() == Statement.Kind.CLAIM).singleElement()
                .satisfies(s -> assertThat(s.speaker()).contains(speaker));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The new plan, Jane Roe said during talks with the board, is crucial for the harbor.
            The new plan, she told the board on Monday, will cut costs by a third.
            """)
    void anAttributionBetweenCommasCreditsTheWholeSentence(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo(text.substring(0, text.length() - 1));
            assertThat(s.verb()).isPresent();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe said Wednesday in a speech promoting her housing bill.
            Jane Roe spoke Tuesday on a morning radio show about the flooding.
            Jane Roe was confirmed Tuesday as the new head of the water board by the council.
            Jane Roe said in an interview that aired on Sunday night.
            Jane Roe said in a written statement about the harbor sale.
            Jane Roe said Sunday, referring to a new survey of harbor workers.
            Jane Roe said while waiting outside the harbor office.
            The harbor index added 1.2 per cent to 3,412.70 on Friday.
            """)
    void aPhraseOfPlaceOrMannerAfterTheVerbReportsNoWords(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.statements()).noneMatch(s -> s.verb().isPresent());
    }

    @Test
    void titlesAndShortFormsAndMisspellingsMergeAcrossSources() {
        Extraction ex = FINDER.find(story(
                "U.S. Defense Secretary Jane Roeland met officials. “We are ready,” Roeland said.",
                "“The plan is good,” Roelad said.",
                "“Talks went well,” said Defense Secretary Jane Roeland."));
        Map<String, Speaker> byId = ex.speakers().stream().collect(Collectors.toMap(Speaker::id, s -> s));
        assertThat(byId).containsOnlyKeys("jane-roeland");
        assertThat(byId.get("jane-roeland").aliases()).contains("Roeland", "Roelad");
        assertThat(byId.get("jane-roeland").titles()).contains("U.S. Defense Secretary", "Defense Secretary");
        assertThat(ex.statements()).allSatisfy(s -> assertThat(s.speaker()).contains("jane-roeland"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “We will win,” Mrs. Roe said at a rally.
            “We will win,” said Mrs. Roe.
            Mrs. Roe said on Monday that she would stay.
            “We will win,” Ms. Roe said.
            “We will win,” Mr. Roe said.
            """)
    void anHonorificWithItsStopIsNoTitle(String text) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.speakers()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Roe");
            assertThat(s.titles()).isEmpty();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Former Gov. Tom Webb opposed the plan. His campaign said in an email that the vote was rushed.             | Tom Webb's campaign
            Jane Roe was arrested on Monday. Her lawyer said she would plead not guilty.                                | Jane Roe's lawyer
            Jane Roe was arrested on Monday. ¶ “She did nothing wrong,” her lawyer said.                                | Jane Roe's lawyer
            Jane Roe spoke on Monday. Tom Webb spoke on Tuesday. ¶ “She did nothing wrong,” her lawyer said.           | Jane Roe's lawyer
            “We are ready,” said Tom Webb. ¶ Later, his spokesman said the trip was off.                                | Tom Webb's spokesman
            Nobody was named here. ¶ “The plan is sound,” his spokesman said.                                          | his spokesman
            """)
    void aDescriptionOwnedByAPronounNamesItsOwner(String text, String expected) {
        Extraction ex = FINDER.find(story(text));
        // the last statement is the one the description speaks
        Statement last = ex.statements().get(ex.statements().size() - 1);
        assertThat(last.speaker()).isPresent();
        assertThat(nameOf(ex, last.speaker().get())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The council passed the bill, which critics say would ruin the harbor.                   | would ruin the harbor      | critics
            The council passed a bill that critics said would ruin the harbor.                      | would ruin the harbor      | critics
            The council passed a bill that critics said would ruin the harbor, and the mayor signed it. | would ruin the harbor  | critics
            The council passed a bill critics say would ruin the harbor.                            | would ruin the harbor      | critics
            It is a plan Sen. Tom Webb says will fail.                                              | will fail                  | tom-webb
            The delay comes from his demand for the bridge, a project local lawmakers say is a deal-breaker. | is a deal-breaker | local-lawmakers
            With a vote near on the bill that critics said would ruin the harbor, the mayor wrote to the board. | would ruin the harbor | critics
            The mayor, who said the bill would ruin the harbor, voted no.                           | the bill would ruin the harbor | the-mayor
            “It is troubling,” said Tom Webb, a candidate in the 4th District, who said voters were furious. | voters were furious | tom-webb
            The plan drew fire from Tom Webb, a farmer in the valley, who said it would ruin the river. | it would ruin the river | tom-webb
            Members of the board who said that the charges, if true, could end the deal met on Monday. | the charges, if true, could end the deal met on Monday | members-of-the-board
            Tom Webb, a lawyer who wrote the harbor charter, said the suit is without merit.        | the suit is without merit  | tom-webb
            """)
    void wordsReportedInARelativeClauseAreItsSubjects(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            When Tom Webb announced he was running for mayor, Jane Roe signed up at once to help him. | he was running for mayor | tom-webb
            While the union claims its stand on pensions remains unchanged, others outside it detected a shift. | its stand on pensions remains unchanged | the-union
            If the mayor says the bridge will close, the council will meet.                              | the bridge will close    | the-mayor
            """)
    void wordsReportedInAnOpeningClauseEndWithIt(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Citing an article that said the chatty Webb would not comment, the party said Webb should weigh in. | the chatty Webb would not comment;Webb should weigh in | -;the-party
            The council passed a bill that critics said would ruin the harbor, and the mayor said he would sign it. | would ruin the harbor;he would sign it | critics;the-mayor
            House Whip Tom Webb (R-Calif.), a frequent target of harbor groups, said Monday the bill deserves a vote. | the bill deserves a vote | tom-webb
            """)
    void theMainClauseAfterAClauseWithReportedWordsIsReadToo(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Jane Roe was at a meeting with reporters when reports began surfacing of the mayor's support for the bill.
            The harbor firm has also denied being biased against farmers.
            """)
    void aPluralNounOrAGerundObjectReportsNoWords(String text) {
        assertThat(reportedClaims(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            As he announced the deal, Tom Webb paid tribute to the workers.
            In two short posts on Monday night, Tom Webb thanked the crews.
            """)
    void anOpeningClauseWithAnObjectReportsNoWords(String text) {
        assertThat(reportedClaims(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            “They put the party first,” said Tom Webb, complaining that farmers got short shrift.          | farmers got short shrift
            "They put the party first," said Representative Tom Webb, complaining that farmers were ignored. | farmers were ignored
            “They put the party first,” Tom Webb said, adding that farmers got short shrift.               | farmers got short shrift
            """)
    void aParticipleAfterAQuoteAndItsAttributionIsTheSpeakers(String text, String expected) {
        assertReported(text, expected, "tom-webb");
    }

    @Test
    void aParticipleWrittenWithAHyphenIsNoReportingVerb() {
        assertThat(reportedClaims("The delay stems from his demand for funds for his long-promised bridge over the river."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Supporters of Mr. Webb, who traveled home for the weekend, said Friday that he had the votes.  | he had the votes                     | supporters-of-mr.-webb
            Another moderate Democrat, Senator Tom Webb of Ohio, also said he would reject the judge.     | he would reject the judge            | tom-webb
            Another Republican, Rep. Tom Webb of Ohio, also tweeted that such an order would not be possible. | such an order would not be possible | tom-webb
            A senior Democrat, Tom Webb, said the plan would fail.                                         | the plan would fail                  | tom-webb
            """)
    void aNameInAppositionToADescriptionSpeaks(String text, String expected, String speakers) {
        assertReported(text, expected, speakers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Webb, the former F.B.I. director, wrote to the harbor board that the plan failed.  | former F.B.I. director
            Webb, the colony's first African-American governor, wrote that it mattered.      | colony's first African-American governor
            Webb, along with Attorney General Jane Roe, argue that the law is void.              | -
            """)
    void aTitleInAppositionIsWrittenAsInTheText(String text, String title) {
        Extraction ex = FINDER.find(story(text));
        assertThat(ex.speakers()).filteredOn(p -> p.name().equals("Webb")).singleElement()
                .satisfies(p -> assertThat(p.titles()).containsExactlyElementsOf(title.equals("-") ? List.of() : List.of(title)));
    }

    @Test
    void aTitleCasedHeadlineNamesNoBodyThatLaterPronounsStandFor() {
        String headline = "Harbor Union Condemns Pier Plan In Vote";
        String text = headline + "\n\nThe union met on Monday.\n\nBut the original called for the union to "
                + "\"educate its members about the plan.\" It said the plan could evolve \"and become more dangerous.\"";
        Source source = new Source("h", "h.txt", "H", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text, List.of(new Block(Block.Kind.HEADLINE, 0, headline.length()),
                        new Block(Block.Kind.BODY, headline.length() + 2, text.length())));
        Extraction ex = FINDER.find(new Story("test", "Test", List.of(source)));
        assertThat(ex.speakers()).extracting(Speaker::name).noneMatch(n -> n.contains("Condemns"));
    }

    @Test
    void aDescriptionOwnedByANameIsOneSpeakerWhereverItIsWritten() {
        Extraction ex = FINDER.find(story(
                "Former Gov. Tom Webb opposed the plan. His campaign said in an email that the vote was rushed. "
                        + "Later his campaign said the count was wrong.",
                "Tom Webb met voters. “It was a farce,” his campaign said."));
        assertThat(ex.speakers()).extracting(Speaker::name).containsOnlyOnce("Tom Webb's campaign");
        assertThat(ex.statements()).filteredOn(s -> s.speaker().isPresent() && !s.speaker().get().equals("tom-webb"))
                .hasSize(3).allSatisfy(s -> assertThat(s.speaker()).contains("tom-webb-s-campaign"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Webb's attorney confirmed that prosecutors plan to file charges. ¶ A spokeswoman for the U.S. attorney in Halton said she could not confirm the plan. | the-u.s.-attorney
            Tom Webb's attorney confirmed that prosecutors plan to file charges. ¶ The attorney said the charges were weak.                                    | tom-webb-s-attorney
            """)
    void aDescriptionWithAnotherQualifierIsNotTheOwnedOne(String text, String speaker) {
        List<Statement> claims = reportedClaims(text);
        assertThat(claims.get(claims.size() - 1).speaker()).contains(speaker);
    }

    private static String nameOf(Extraction ex, String speakerId) {
        return ex.speakers().stream().filter(p -> p.id().equals(speakerId)).map(Speaker::name).findFirst().orElseThrow();
    }

    @Test
    void idsAreNumberedInTextOrder() {
        Extraction ex = FINDER.find(story("“One thing is clear,” Jane Roe said. “Two things are clear,” she added."));
        assertThat(ex.statements()).extracting(Statement::id).containsExactly("s0-q1", "s0-q2");
    }

    @Test
    void unbalancedMarksDegradeWithoutFailing() {
        Extraction ex = FINDER.find(story("“Open ” close” “ again “ and ” ¶ ” stray “"));
        assertThat(ex.statements()).allSatisfy(s -> assertThat(s.end()).isGreaterThanOrEqualTo(s.start()));
    }
}

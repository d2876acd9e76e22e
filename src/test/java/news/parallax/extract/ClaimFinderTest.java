package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims found in one-paragraph fixtures written for these tests. */
class ClaimFinderTest {

    private static final ClaimFinder FINDER = ClaimFinder.standard();

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("The council voted 7 to 2 on Tuesday to close the library.",
                        List.of("The council voted 7 to 2 on Tuesday to close the library")),
                Arguments.of("The company hired 300 workers in March, and the city approved a new factory site.",
                        List.of("The company hired 300 workers in March", "the city approved a new factory site")),
                Arguments.of("The ministers agreed to build a new bridge, while also considering a $900 million tunnel under the river.",
                        List.of("The ministers agreed to build a new bridge",
                                "while also considering a $900 million tunnel under the river")),
                // a clause with nothing to check scores below the threshold
                Arguments.of("The ministers agreed to build a new bridge, while also considering other ideas.",
                        List.of("The ministers agreed to build a new bridge")),
                Arguments.of("Police arrested four men in Leeds on Friday; two of them were released without charge.",
                        List.of("Police arrested four men in Leeds on Friday", "two of them were released without charge")),
                Arguments.of("The firm moved its headquarters from Canada to the U.S.",
                        List.of("The firm moved its headquarters from Canada to the U.S.")),
                Arguments.of("The navy operates 40 fighter jets, two destroyers, and a supply ship that serves the base.",
                        List.of("The navy operates 40 fighter jets, two destroyers, and a supply ship that serves the base")),
                Arguments.of("The mayor called the plan \u201ca disgrace,\u201d while the council approved it by 9 votes to 2 in May.",
                        List.of("while the council approved it by 9 votes to 2 in May")),
                Arguments.of("Will the council vote to close the library next year?", List.of()),
                Arguments.of("I think this is a wonderful idea.", List.of()),
                Arguments.of("Thank you so much.", List.of()),
                Arguments.of("\u201cWe will rebuild the bridge within two years,\u201d the mayor said.", List.of()),
                Arguments.of("\"We will rebuild the bridge within two years,\" the mayor said.", List.of()),
                Arguments.of("\u201cThe bridge will be rebuilt. It will open in 2027 and carry 30,000 cars a day.", List.of()),
                // a listed abbreviation keeps the dot the sentence's end shares with it
                Arguments.of("The company opened its first plant in Springfield, Mo.",
                        List.of("The company opened its first plant in Springfield, Mo.")),
                Arguments.of("The board sold 51 percent of the company to its founder, Harold Fenwick Jr.",
                        List.of("The board sold 51 percent of the company to its founder, Harold Fenwick Jr.")),
                // "as well as" joins phrases, not clauses: no cut and no fragment of a claim
                Arguments.of("The city spent $4 million to repair 40 bridges, as well as to build a new ferry terminal in 2021.",
                        List.of("The city spent $4 million to repair 40 bridges, as well as to build a new ferry terminal in 2021")),
                // the attribution that goes on a quotation's sentence is no claim; a fact after it is
                Arguments.of("\u201cWhat did we build here?\u201d Governor Tessa Lind asked at a rally in May.", List.of()),
                Arguments.of("\u201cWe are done.\u201d The council added 12 new bus routes in March.",
                        List.of("The council added 12 new bus routes in March")),
                // a clause that ends with its reporting verb introduces a quotation
                Arguments.of("In a statement released on Monday, the mayor said: \u201cWe will rebuild.\u201d", List.of()));
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void claimsOfAParagraphAreItsCheckableClausesOutsideQuotations(String paragraph, List<String> expected) {
        Source source = source(paragraph, new Block(Block.Kind.BODY, 0, paragraph.length()));
        assertThat(FINDER.find(source, List.of())).extracting(Statement::text).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"said senior adviser Jane Roe", "Told the committee's chair in 2019", "added the mayor"})
    void aShortClauseOpeningWithAReportingVerbIsAnAttribution(String clause) {
        assertThat(FINDER.isAttribution(clause)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"According to police, three people died in the fire",
        "said the committee would meet again after the summer recess in September", "The mayor said 40 homes burned"})
    void aClaimOrALongReportIsNoAttribution(String clause) {
        assertThat(FINDER.isAttribution(clause)).isFalse();
    }

    /** Quotation (or sentence) before, clause after, and whether the clause only credits the quotation. */
    static Stream<Arguments> clausesAfterAQuotation() {
        return Stream.of(
                Arguments.of("\u201cWhat did we build here?\u201d", "an angry Governor Tessa Lind asked at a rally in May", true),
                Arguments.of("\u201cWe will not pay for it!\u201d", "the minister told a radio station on Friday", true),
                Arguments.of("\u201cIt is over,\u201d", "Jane Roe said, her voice breaking", true),
                Arguments.of("\u201cWho pays for it?\u201d", "asked Senator Omar Vale, Democrat of Utah, looking at the chart", true),
                Arguments.of("We rebuild.", "In a statement on Monday, the mayor said", true),
                // a clause reporting a fact of its own, or a new sentence or paragraph after the quotation
                Arguments.of("\u201cIt is over,\u201d", "officials said 40 homes burned in the valley", false),
                Arguments.of("\u201cIt is over,\u201d", "officials said that 40 homes burned in the valley", false),
                Arguments.of("\u201cWe are done.\u201d", "The council added 12 new bus routes in March", false),
                Arguments.of("\u201cWe are done,\u201d\n\n", "Reporters asked the mayor about the budget", false),
                Arguments.of("The plan is over.", "The senator told donors the plan was dead", false));
    }

    @ParameterizedTest
    @MethodSource("clausesAfterAQuotation")
    void aClauseOnlyCreditingTheQuotationBeforeItIsAnAttribution(String before, String clause, boolean attribution) {
        String text = before + " " + clause + ".";
        assertThat(FINDER.isTrailingAttribution(text, before.length() + 1, clause)).isEqualTo(attribution);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The mayor opened the pier on Monday. #HarborDay pic.twitter.com/Ab12Cd — Harbor News (@harbornews) May 2, 2024 | true
            The full ruling was posted at https://courts.example.org/ruling on Monday afternoon                              | true
            Jane Roe (@janeroe) wrote that the council voted 7 to 2 to close the library                                       | true
            The council voted 7 to 2 on Tuesday to close the library                                                           | false
            The mayor e-mailed 40 residents about the pier at 3 p.m.                                                          | false
            """)
    void aClauseWithALinkOrAHandleIsAnEmbeddedPost(String clause, boolean post) {
        assertThat(ClaimFinder.isEmbeddedPost(clause)).isEqualTo(post);
    }

    @Test
    void claimsHaveExactSpansIdsInTextOrderAndNoSpeaker() {
        String text = "Police arrested four men in Leeds on Friday; two of them were released without charge.\n\n"
                + "The council voted 7 to 2 on Tuesday to close the library.";
        int second = text.indexOf("The council");
        Source source = source(text, new Block(Block.Kind.BODY, 0, second - 2),
                new Block(Block.Kind.BODY, second, text.length()));
        List<Statement> claims = FINDER.find(source, List.of());
        assertThat(claims).extracting(Statement::id).containsExactly("s-c1", "s-c2", "s-c3");
        for (Statement c : claims) {
            assertThat(c.text()).isEqualTo(text.substring(c.start(), c.end()));
            assertThat(c.kind()).isEqualTo(Statement.Kind.CLAIM);
            assertThat(c.speaker()).isEmpty();
            assertThat(c.verb()).isEmpty();
            assertThat(c.partial()).isFalse();
            assertThat(c.score()).isBetween(CheckWorthiness.standard().threshold(), 1.0);
        }
        assertThat(claims).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void captionsAndBylinesAreNeverClaims() {
        String caption = "Soldiers march past the parliament building on March 3, 2024. (Photo: Staff/Agency)";
        String body = "The parliament approved a defence budget of $40 billion on Monday.";
        String text = caption + "\n\nBy Jane Writer\n\n" + body;
        int byline = caption.length() + 2;
        Source source = source(text, new Block(Block.Kind.CAPTION, 0, caption.length()),
                new Block(Block.Kind.BYLINE, byline, byline + "By Jane Writer".length()),
                new Block(Block.Kind.BODY, text.indexOf(body), text.length()));
        assertThat(FINDER.find(source, List.of())).extracting(Statement::text)
                .containsExactly("The parliament approved a defence budget of $40 billion on Monday");
    }

    @Test
    void aSentenceCoveredByReportedSpeechGivesNoClaim() {
        String text = "The minister said the two countries would build 12 ships by 2030. The navy bought 4 tankers in May.";
        int end = text.indexOf(" The navy");
        Statement reported = new Statement("s-r1", "s", Statement.Kind.CLAIM, text.substring(0, end), 0, end,
                Optional.of("the-minister"), false, Optional.of("said"), 1);
        Source source = source(text, new Block(Block.Kind.BODY, 0, text.length()));
        assertThat(FINDER.find(source, List.of(reported))).extracting(Statement::text)
                .containsExactly("The navy bought 4 tankers in May");
    }

    @Test
    void aClauseTouchingAQuoteAlreadyFoundIsDropped() {
        String text = "The general described the unit as ready for combat, and the army sent 500 troops to the border.";
        int q = text.indexOf("ready for combat");
        Statement quote = new Statement("s-q1", "s", Statement.Kind.QUOTE, "ready for combat", q, q + 16,
                Optional.empty(), true, Optional.empty(), 1);
        Source source = source(text, new Block(Block.Kind.BODY, 0, text.length()));
        assertThat(FINDER.find(source, List.of(quote))).extracting(Statement::text)
                .containsExactly("the army sent 500 troops to the border");
    }

    private static Source source(String text, Block... blocks) {
        return new Source("s", "s.txt", "Source", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text, List.of(blocks));
    }
}

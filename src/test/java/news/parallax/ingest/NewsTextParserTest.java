package news.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.parallax.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of published news text, one small fixture per case. */
class NewsTextParserTest {

    private static final NewsTextParser PARSER = NewsTextParser.standard();

    /** The blocks of {@code text} as "KIND:text" joined by " | ". */
    static String blocks(String text) {
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        assertSpansAreOrderedAndDisjoint(parsed.blocks());
        return parsed.blocks().stream().map(b -> b.kind() + ":" + b.textIn(text)).collect(Collectors.joining(" | "));
    }

    private static void assertSpansAreOrderedAndDisjoint(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            assertThat(blocks.get(i).start()).as("block %s starts after %s ends", blocks.get(i), blocks.get(i - 1))
                    .isGreaterThanOrEqualTo(blocks.get(i - 1).end());
        }
    }

    static Stream<Arguments> headlines() {
        return Stream.of(
                Arguments.of("Council Passes Budget\n\nThe council voted on Monday.", "Council Passes Budget"),
                Arguments.of("# Council Passes Budget\n\nThe council voted on Monday.", "Council Passes Budget"),
                Arguments.of("## Council Passes Budget ##\nThe council voted on Monday.", "Council Passes Budget"),
                Arguments.of("**Council Passes Budget**\n\nThe council voted on Monday.", "Council Passes Budget"),
                Arguments.of("Mayor: 'We Will Not Pay For That F***ing Bridge'\n\nThe mayor spoke.",
                        "Mayor: 'We Will Not Pay For That F***ing Bridge'"),
                Arguments.of("\u2018We will rebuild the bridge,\u2019 the mayor said.\nThe mayor spoke on Monday.",
                        "\u2018We will rebuild the bridge,\u2019 the mayor said."),
                Arguments.of("'We will rebuild,' the mayor said.\nThe mayor spoke on Monday.", "'We will rebuild,' the mayor said."),
                Arguments.of("Tax Rule Changes Announced by the I.R.S.\n\nThe agency said on Monday.",
                        "Tax Rule Changes Announced by the I.R.S."),
                Arguments.of("Is the Bridge Safe?\n\nEngineers disagree.", "Is the Bridge Safe?"),
                Arguments.of("\uFEFFCouncil Passes Budget\n\nThe council voted.", "Council Passes Budget"),
                Arguments.of("Council Passes Budget\r\n\r\nThe council voted.\r\n", "Council Passes Budget"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("headlines")
    void aHeadlineLineIsRecognisedWithoutItsMarkup(String text, String headline) {
        NewsTextParser.Parsed parsed = PARSER.parse(text, text.startsWith("\uFEFF") ? 1 : 0);
        assertThat(parsed.headline()).contains(headline);
        Block block = parsed.blocks().get(0);
        assertThat(block.kind()).isEqualTo(Block.Kind.HEADLINE);
        assertThat(block.textIn(text)).isEqualTo(headline);
    }

    static Stream<String> notHeadlines() {
        return Stream.of(
                "The council voted on Monday to pass the budget.\n\nIt was close.",
                "The council voted. The mayor was pleased by the U.S.\n\nIt was close.",
                "Only one paragraph here",
                "He said 'no' to the plan, and the room fell silent for a while after that.\n\nThen it went on.",
                "x".repeat(300) + "\n\nThe council voted.");
    }

    @ParameterizedTest
    @MethodSource("notHeadlines")
    void aSentenceOrALongOrLoneParagraphIsNotAHeadline(String text) {
        assertThat(PARSER.parse(text, 0).headline()).isEmpty();
    }

    static Stream<Arguments> bylines() {
        return Stream.of(
                Arguments.of("Council Passes Budget\nBy Jane Doe\nThe council voted.", "Jane Doe", null),
                Arguments.of("Council Passes Budget\nBY JANE DOE AND JOHN ROE\nThe council voted.", "JANE DOE AND JOHN ROE", null),
                Arguments.of("Council Passes Budget\nBy Jane Doe, John Roe and Ann Poe\nThe council voted.",
                        "Jane Doe, John Roe and Ann Poe", null),
                Arguments.of("Council Passes Budget\nBy Ludwig van Dam | The Example Courier\nThe council voted.", "Ludwig van Dam", null),
                Arguments.of("Council Passes Budget\nBy Mary O\u2019Neil-Smith\nThe council voted.", "Mary O\u2019Neil-Smith", null),
                Arguments.of("Example Daily Staff Jane Doe\n\nThe council voted.", "Jane Doe", "Example Daily"),
                Arguments.of("Courier Staff Writer John Q. Roe\n\nThe council voted.", "John Q. Roe", "Courier"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("bylines")
    void aBylineGivesTheNamesAndAStaffBylineAlsoTheOutlet(String text, String byline, String outlet) {
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        assertThat(parsed.byline()).contains(byline);
        assertThat(parsed.outlet()).isEqualTo(Optional.ofNullable(outlet));
        assertThat(parsed.blocks()).anyMatch(b -> b.kind() == Block.Kind.BYLINE);
    }

    static Stream<String> notBylines() {
        return Stream.of(
                "Council Passes Budget\nBy Tuesday, the council had voted.\nThe mayor was pleased.",
                "Council Passes Budget\nBy March the plan was dead.\nThe mayor was pleased.",
                "Council Passes Budget\nBy Election Day, most voters had made up their minds.\nThe mayor was pleased.",
                "Council Passes Budget\nby the way, the council voted\nThe mayor was pleased.");
    }

    @ParameterizedTest
    @MethodSource("notBylines")
    void aSentenceOpeningWithByIsNotAByline(String text) {
        assertThat(PARSER.parse(text, 0).byline()).isEmpty();
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("9:17 AM \u2013 Sunday, March 30, 2025", "2025-03-30"),
                Arguments.of("Sunday, March 30, 2025", "2025-03-30"),
                Arguments.of("March 30, 2025", "2025-03-30"),
                Arguments.of("Mar. 30, 2025", "2025-03-30"),
                Arguments.of("30 March 2025", "2025-03-30"),
                Arguments.of("2025-03-30", "2025-03-30"),
                Arguments.of("2025-03-30T15:43:42Z", "2025-03-30T15:43:42Z"),
                Arguments.of("Updated: March 30, 2025 at 9:17 a.m. EDT", "2025-03-30T09:17-04:00"),
                Arguments.of("Published March 30, 2025 9:17 PM ET", "2025-03-30T21:17-04:00"),
                Arguments.of("Published January 30, 2025 9:17 PM ET", "2025-01-30T21:17-05:00"),
                Arguments.of("March 30, 2025 15:43 UTC", "2025-03-30T15:43Z"),
                Arguments.of("March 30, 2025 9:17 AM XYZ", "2025-03-30"),
                Arguments.of("February 30, 2025", "February 30, 2025"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("dates")
    void aDateLineIsKeptAsWrittenAndPublishedIsIsoWhereTheDateIsFull(String line, String published) {
        String text = "Council Passes Budget\n" + line + "\nThe council voted on Monday.";
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        assertThat(parsed.date()).contains(line);
        assertThat(parsed.published()).contains(published);
        assertThat(blocks(text)).contains("DATE:" + line);
    }

    @Test
    void aTimestampOpeningTheHeadlineLineIsSplitFromIt() {
        String text = "Sun Mar 30 15:43:42 UTC 2025: **Council Passes Budget**\nThe council voted on Monday.";
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        assertThat(parsed.published()).contains("2025-03-30T15:43:42Z");
        assertThat(blocks(text)).isEqualTo("DATE:Sun Mar 30 15:43:42 UTC 2025 | HEADLINE:Council Passes Budget"
                + " | BODY:The council voted on Monday.");
    }

    static Stream<Arguments> datelines() {
        return Stream.of(
                Arguments.of("SPRINGFIELD, March 30 (Wire) - The council voted.", "SPRINGFIELD, March 30 (Wire) - ", "Wire", null),
                Arguments.of("SPRINGFIELD (NEWSWIRE) \u2014 The council voted.", "SPRINGFIELD (NEWSWIRE) \u2014 ", "NEWSWIRE", null),
                Arguments.of("Springfield (Wire) \u2013 The council voted.", "Springfield (Wire) \u2013 ", "Wire", null),
                Arguments.of("SPRINGFIELD \u2014 The council voted.", "SPRINGFIELD \u2014 ", null, null),
                Arguments.of("SPRINGFIELD, Ill. -- The council voted.", "SPRINGFIELD, Ill. -- ", null, null),
                Arguments.of("NEW YORK \u2015The council voted.", "NEW YORK \u2015", null, null),
                Arguments.of("**Springfield, March 30, 2025** \u2013 The council voted.", "**Springfield, March 30, 2025** \u2013 ",
                        null, "2025-03-30"),
                Arguments.of("March 30, 2025 (NEWSWIRE)\u2014The council voted.", "March 30, 2025 (NEWSWIRE)\u2014",
                        "NEWSWIRE", "2025-03-30"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("datelines")
    void aDatelineIsSplitFromTheFirstParagraphWithItsAgencyAndDate(String paragraph, String dateline, String outlet,
            String published) {
        String text = "Council Passes Budget\n\n" + paragraph + "\n\nMore text.";
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        assertThat(blocks(text)).isEqualTo("HEADLINE:Council Passes Budget | DATELINE:" + dateline
                + " | BODY:" + paragraph.substring(dateline.length()) + " | BODY:More text.");
        assertThat(parsed.outlet()).isEqualTo(Optional.ofNullable(outlet));
        assertThat(parsed.published()).isEqualTo(Optional.ofNullable(published));
    }

    static Stream<String> notDatelines() {
        return Stream.of(
                "Springfield \u2014 a city of 100,000 \u2014 voted on Monday.",
                "The mayor \u2014 who spoke first \u2014 said the vote was close.",
                "\u201cWe won,\u201d the mayor said - and smiled.");
    }

    @ParameterizedTest
    @MethodSource("notDatelines")
    void aDashInAnOrdinaryFirstSentenceIsNotADateline(String paragraph) {
        String text = "Council Passes Budget\n\n" + paragraph;
        assertThat(blocks(text)).isEqualTo("HEADLINE:Council Passes Budget | BODY:" + paragraph);
    }

    static Stream<String> captions() {
        return Stream.of(
                "A man walks past city hall in Springfield on Monday. (Jane Doe/Wire Agency)",
                "The mayor speaks to reporters. (Photo by Jane Doe)",
                "The mayor speaks to reporters. (Jane Doe / Example Images)",
                "The mayor speaks to reporters. (Courtesy of the city)",
                "The mayor speaks to reporters. Photo: Jane Doe",
                "The mayor speaks to reporters. (Pool \u2013 Example Images)",
                "The Example Press Mayor Jane Doe speaks to reporters in Springfield on Monday.");
    }

    @ParameterizedTest
    @MethodSource("captions")
    void aParagraphEndingInAPhotoCreditIsACaptionInTheHeaderAndInTheBody(String caption) {
        String text = caption + "\n\nCouncil Passes Budget\n\nThe council voted.\n\n" + caption + "\n\nThe mayor left.";
        assertThat(blocks(text)).isEqualTo("CAPTION:" + caption + " | HEADLINE:Council Passes Budget"
                + " | BODY:The council voted. | CAPTION:" + caption + " | BODY:The mayor left.");
    }

    static Stream<String> notCaptions() {
        return Stream.of(
                "The vote was 5-4 (with one abstention).",
                "The Example Press reported the vote on Monday.",
                "The Example Press Club said the vote was fair.",
                "The mayor said the photo was fake (he said it was a hoax).",
                "The bill passed (Jane Doe told reporters it would pass in the photo session).",
                "See the results at (http://example.org/a/b)");
    }

    @ParameterizedTest
    @MethodSource("notCaptions")
    void aParenthesisThatIsNotACreditLeavesTheParagraphInTheBody(String paragraph) {
        String text = "Council Passes Budget\n\nThe council voted.\n\n" + paragraph + "\n\nThe mayor left.";
        assertThat(blocks(text)).contains("BODY:" + paragraph);
    }

    static Stream<String> boilerplate() {
        return Stream.of(
                "Jane Doe contributed to this report.",
                "Jane Doe and John Roe contributed reporting to this article.",
                "Reporting by Jane Doe; Editing by John Roe",
                "(This story has been updated to add a comment from the mayor.)",
                "Copyright 2025 Example Media. All rights reserved.",
                "Follow us on the social network of your choice.",
                "Read more: Council to vote again");
    }

    @ParameterizedTest
    @MethodSource("boilerplate")
    void trailingBoilerplateIsKeptOutOfTheBody(String line) {
        String text = "Council Passes Budget\n\nThe council voted.\n\n" + line + "\n";
        assertThat(blocks(text)).isEqualTo("HEADLINE:Council Passes Budget | BODY:The council voted. | BOILERPLATE:" + line);
    }

    @Test
    void boilerplateInTheMiddleOfTheArticleStaysInTheBody() {
        String text = "Council Passes Budget\n\nJane Doe contributed to this report.\n\nThe council voted.";
        assertThat(blocks(text)).contains("BODY:Jane Doe contributed to this report.");
    }

    @Test
    void hardWrappedLinesAreJoinedIntoOneParagraphWithOffsetsIntoTheOriginal() {
        String line = "The council voted on Monday to pass the budget for the coming year";
        String text = "Council Passes Budget\n\n" + line + "\n" + line + "\n" + line + "\n\n" + line + "\n" + line + "\n";
        NewsTextParser.Parsed parsed = PARSER.parse(text, 0);
        List<Block> body = parsed.blocks().stream().filter(b -> b.kind() == Block.Kind.BODY).toList();
        assertThat(body).hasSize(2);
        assertThat(body.get(0).textIn(text)).isEqualTo(line + "\n" + line + "\n" + line);
    }

    @Test
    void parsingStartsAtTheGivenOffsetAndOffsetsIndexTheWholeText() {
        String text = "---\ntitle: x\n---\nCouncil Passes Budget\n\nThe council voted.";
        int from = text.indexOf("Council");
        NewsTextParser.Parsed parsed = PARSER.parse(text, from);
        assertThat(parsed.blocks()).allMatch(b -> b.start() >= from);
        assertThat(blocks(text.substring(0, 0) + text)).contains("BODY:");
        assertThat(parsed.headline()).contains("Council Passes Budget");
    }

    @Test
    void aCreditInParenthesesIsLookedForOnlyWhereItCanEnd() {
        String[] pieces = {"(", ")", "Photo", "photo: ", "AP/Jane Roe", "abc", " ", ".", "\r", "\n", "\r\n", "\u0085",
            "\u2028", "\u2029", ":", "x"};
        java.util.Random random = new java.util.Random(5);
        int credits = 0;
        for (int k = 0; k < 50_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + random.nextInt(7); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String tail = b.toString();
            boolean credit = NewsTextParser.CREDIT.matcher(tail).find();
            assertThat(!credit || NewsTextParser.mayEndInParentheses(tail)).as("[%s]", tail).isTrue();
            assertThat(!NewsTextParser.CREDIT_LABEL.matcher(tail).find() || tail.indexOf(':') >= 0).as("[%s]", tail).isTrue();
            credits += credit ? 1 : 0;
        }
        assertThat(credits).isGreaterThan(100);
    }
}

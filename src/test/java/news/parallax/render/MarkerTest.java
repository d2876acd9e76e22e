package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import org.junit.jupiter.api.Test;

class MarkerTest {

    // two body paragraphs: [0, 23) and [25, 46); a headline after them at [48, 56)
    private static final String TEXT = "Alpha beta gamma delta.\n\nEpsilon zeta eta theta.\n\nHeadline";
    private static final Source SOURCE = new Source("s", "s.txt", "S", Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), TEXT,
            List.of(new Block(Block.Kind.BODY, 0, 23), new Block(Block.Kind.BODY, 25, 48),
                    new Block(Block.Kind.HEADLINE, 50, 58)));

    private static Statement st(String id, int start, int end) {
        return new Statement(id, "s", Statement.Kind.QUOTE, TEXT.substring(start, end), start, end,
                Optional.empty(), false, Optional.empty(), 1);
    }

    private static Marker.Result mark(Statement... statements) {
        Map<String, Marker.Look> looks = new java.util.HashMap<>();
        for (Statement s : statements) {
            looks.put(s.id(), new Marker.Look("Q", "sp-0", Optional.empty(), "quote"));
        }
        return Marker.mark(SOURCE, List.of(statements), looks);
    }

    private static String strip(String html) {
        return html.replaceAll("<span class=\"tag sp-0\">Q<span class=\"vh\"> \\(quote\\)</span></span>", "");
    }

    @Test
    void aStatementBecomesAMarkWithItsId() {
        assertThat(strip(mark(st("a", 6, 10)).paragraphs().get(0)))
                .isEqualTo("Alpha <mark id=\"a\" class=\"stmt quote sp-0\">beta</mark> gamma delta.");
    }

    @Test
    void aStatementInsideAnotherIsANestedMark() {
        assertThat(strip(mark(st("outer", 0, 16), st("inner", 6, 10)).paragraphs().get(0))).isEqualTo(
                "<mark id=\"outer\" class=\"stmt quote sp-0\">Alpha <mark id=\"inner\" class=\"stmt quote sp-0\">beta</mark>"
                        + " gamma</mark> delta.");
    }

    @Test
    void aStatementCrossingTheEndOfAnotherIsCutThere() {
        assertThat(strip(mark(st("a", 0, 10), st("b", 6, 16)).paragraphs().get(0))).isEqualTo(
                "<mark id=\"a\" class=\"stmt quote sp-0\">Alpha <mark id=\"b\" class=\"stmt quote sp-0\">beta</mark></mark>"
                        + " gamma delta.");
    }

    @Test
    void aStatementOverTwoParagraphsIsMarkedInBothWithTheIdOnTheFirst() {
        Marker.Result r = mark(st("a", 17, 32));
        assertThat(strip(r.paragraphs().get(0))).isEqualTo("Alpha beta gamma <mark id=\"a\" class=\"stmt quote sp-0\">delta.</mark>");
        assertThat(strip(r.paragraphs().get(1))).isEqualTo("<mark class=\"stmt quote sp-0\">Epsilon</mark> zeta eta theta.");
        assertThat(r.unplaced()).isEmpty();
    }

    @Test
    void aStatementOutsideTheBodyIsReturnedUnplaced() {
        Marker.Result r = mark(st("h", 50, 58));
        assertThat(r.unplaced()).extracting(Statement::id).containsExactly("h");
        assertThat(r.paragraphs()).noneMatch(p -> p.contains("<mark"));
    }

    @Test
    void textInsideAndAroundMarksIsEscaped() {
        String text = "A <b>&</b> \"q\".";
        Source s = new Source("s", "s.txt", "S", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text, List.of(new Block(Block.Kind.BODY, 0, text.length())));
        Statement q = new Statement("q", "s", Statement.Kind.QUOTE, "<b>&</b>", 2, 10, Optional.empty(), false,
                Optional.empty(), 1);
        String html = Marker.mark(s, List.of(q), Map.of("q", new Marker.Look("Q<1>", "sp-0",
                Optional.of("../c.html?a=1&b=2"), "quote & more"))).paragraphs().get(0);
        assertThat(html).isEqualTo("A <mark id=\"q\" class=\"stmt quote sp-0\">&lt;b&gt;&amp;&lt;/b&gt;</mark>"
                + "<a class=\"tag sp-0\" href=\"../c.html?a=1&amp;b=2\">Q&lt;1&gt;<span class=\"vh\"> (quote &amp; more)</span></a>"
                + " &quot;q&quot;.");
    }
}

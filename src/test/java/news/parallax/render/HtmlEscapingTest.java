package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class HtmlEscapingTest {

    @Test
    void everyCharacterIsEscapedAsPebblesHtmlStrategyEscapesIt() {
        HtmlEscaping escaping = new HtmlEscaping();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b" + (char) c;
            assertThat(escaping.escape(text)).as("U+%04X", c).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
        for (int cp = Character.MIN_SUPPLEMENTARY_CODE_POINT; cp <= Character.MAX_CODE_POINT; cp += 0x3ff) {
            String text = "<" + new String(Character.toChars(cp)) + "'";
            assertThat(escaping.escape(text)).isEqualTo(HtmlEscape.escapeHtml4Xml(text));
        }
    }

    @Test
    void aValueWithNothingToEscapeIsReturnedAsItIs() {
        String text = "Nothing to escape \u2014 \u201cquoted\u201d";

        assertThat(new HtmlEscaping().escape(text)).isSameAs(text);
        assertThat(new HtmlEscaping().escape("")).isEmpty();
        assertThat(new HtmlEscaping().escape("<a href=\"x\">O'Neil & co</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;O&#39;Neil &amp; co&lt;/a&gt;");
    }
}

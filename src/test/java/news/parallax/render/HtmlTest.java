package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  We will win,  | We will win",
        "It is done;: | It is done",
        "a, b, c | a, b, c",
        "ends with a stop. | ends with a stop.",
    })
    void aTidiedStatementLosesItsTrailingCommaAndSpace(String text, String tidy) {
        assertThat(Html.tidy(text)).isEqualTo(tidy);
    }

    @Test
    void escapingEveryCharacterAloneAndInATextWithNothingToEscapeIsTheCharacterByCharacterRule() {
        for (char c = 0; c < 0x100; c++) {
            for (String t : new String[] {String.valueOf(c), "story-01/index.html" + c, c + "a path/with.dots"}) {
                assertThat(Html.escape(t)).as("U+%04X in %s", (int) c, t).isEqualTo(escapedByRule(t));
            }
        }
        assertThat(Html.escape("\u2019 \ud83d\ude00")).isSameAs(Html.escape("\u2019 \ud83d\ude00"))
                .isEqualTo("\u2019 \ud83d\ude00");
    }

    /** The escaping rule, one character at a time, as Html.escape applied it to every text. */
    private static String escapedByRule(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void tidyAndShortenAreTheirRegexesOnEveryKindOfCharacter() {
        String[] parts = {"a", "B", "\u00e9", "7", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\f", "\u00a0",
            "\u2003", "\u0085", "\u2028", "\u2029", ",", ";", ":", ".", "\u2026", "-", "\"", "\ud83d\ude00", "word"};
        Random random = new Random(11);
        for (int round = 0; round < 40_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(14);
            for (int k = 0; k < length; k++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            int max = 2 + random.nextInt(12);
            assertThat(Html.tidy(t)).as(t).isEqualTo(Html.regexTidy(t));
            assertThat(Html.shorten(t, max)).as("%s (%d)", t, max).isEqualTo(Html.regexShorten(t, max));
            assertThat(Html.oneSpace(t)).as(t).isEqualTo(t.replaceAll("\\s+", " "));
        }
    }
}

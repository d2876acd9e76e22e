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

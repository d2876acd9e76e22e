package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A token is capitalised when its first character (code point) is an upper-case letter. */
class TokenTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Harbor|true", "harbor|false", "Zed|true", "@Desk|false", "1990s|false",
        "Émile|true", "émile|false", "ÞORN|true", "×|false", "Ωmega|true", "ωmega|false", "\uD835\uDC00bc|true",
        "\uD835\uDC1Abc|false", "ǅemal|false", "ⅫI|true"})
    void capitalised(String text, boolean expected) {
        assertThat(new Token(0, text.length(), text, "PROPN").capitalized()).isEqualTo(expected);
    }

    @Test
    void everyFirstCharacterAsCharacterIsUpperCaseReadsIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = String.valueOf((char) c) + "x";
            assertThat(new Token(0, 2, text, "X").capitalized()).as("U+%04X", c)
                    .isEqualTo(Character.isUpperCase(text.codePointAt(0)));
        }
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp += 7) {
            String text = new String(Character.toChars(cp));
            assertThat(new Token(0, text.length(), text, "X").capitalized()).as("U+%X", cp)
                    .isEqualTo(Character.isUpperCase(cp));
        }
    }
}

package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text is cut at white space as {@code String.split("\\s+")} cuts it. */
class SpacesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "word", " the lawyer said", "the lawyer  said ", "a\tb\nc\u000Bd\fe\rf",
        "tab\t\t", "\u00a0no-break\u2003em space", "“Quoted,” she said.\n\n"})
    void cutsAsTheRegexCuts(String text) {
        assertThat(Spaces.split(text)).containsExactly(text.split("\\s+"));
    }

    @Test
    void everyStringIsCutAsTheRegexCutsIt() {
        String alphabet = "ab .,\t\n\r\f\u000B\u00a0\u2028\u3000\u201c";
        Random random = new Random(13);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(Spaces.split(text)).as("[%s]", text).containsExactly(text.split("\\s+"));
        }
    }
}

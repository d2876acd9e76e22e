package news.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An id is what the pattern {@code [A-Za-z0-9][A-Za-z0-9_.-]*} matches. */
class ChecksIdTest {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    @ParameterizedTest
    @ValueSource(strings = {"", "s1", "story-2026.harbor_fees", "_lead", "-x", ".x", "x y", "é1", "A", "9-", "a/b"})
    void readsAsThePattern(String value) {
        assertThat(Checks.isId(value)).isEqualTo(ID.matcher(value).matches());
    }

    @Test
    void everyShortTextReadsAsThePattern() {
        String alphabet = "aZ09_.- é/\n";
        Random random = new Random(29);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = b.toString();
            assertThat(Checks.isId(value)).as("[%s]", value).isEqualTo(ID.matcher(value).matches());
        }
    }
}

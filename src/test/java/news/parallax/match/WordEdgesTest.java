package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word's edges are stripped by a loop over its code points: what the regex it replaced gives. */
class WordEdgesTest {

    // the oracle: the regex the loop replaced
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    private static String regex(String word) {
        return EDGES.matcher(word).replaceAll("");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "lawyer|lawyer",
        "“attorney,”|attorney",
        "(spokeswoman)|spokeswoman",
        "Roe's,|Roe's",
        "--|``",
        "``|``",
        "o'brien.|o'brien",
        "3rd|rd",
        "Zoë!|Zoë",
    })
    void stripsTheNonLettersAtEitherEnd(String word, String bare) {
        assertThat(Clusterer.edges(word)).isEqualTo(bare).isEqualTo(regex(word));
    }

    @Test
    void everyStringIsStrippedAsTheRegexStripsIt() {
        // letters (Latin, accented, a supplementary one), digits, punctuation, lone surrogates, a line end
        String alphabet = "ab Z9.,'\u2019\u00e9\u0130\ud835\udc00\ud835\udc00\udc00\ud835-\n\u02b0";
        Random random = new Random(13);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = b.toString();
            assertThat(Clusterer.edges(word)).as("%s", word).isEqualTo(regex(word));
        }
    }
}

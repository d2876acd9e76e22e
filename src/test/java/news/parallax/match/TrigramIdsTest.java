package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A statement's letter trigrams are read from an array of its words' characters: the trigrams of the joined string. */
class TrigramIdsTest {

    // the oracle: the words joined by spaces, a space before and after, read by charAt
    private static long[] joined(List<String> words) {
        String t = " " + String.join(" ", words) + " ";
        long[] out = new long[Math.max(0, t.length() - 2)];
        for (int i = 3; i <= t.length(); i++) {
            out[i - 3] = (long) t.charAt(i - 3) << 32 | (long) t.charAt(i - 2) << 16 | t.charAt(i - 1);
        }
        return out;
    }

    @Test
    void everyListOfWordsHasTheTrigramsOfItsJoinedString() {
        String alphabet = "ab z9'\u2019\u00e9\u0130\ud835\udc00-";
        Random random = new Random(13);
        for (int round = 0; round < 50_000; round++) {
            List<String> words = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                words.add(b.toString());
            }
            assertThat(Similarity.trigramIds(words)).as("%s", words).containsExactly(joined(words));
        }
        assertThat(Similarity.trigramIds(List.of())).containsExactly(joined(List.of()));
    }
}

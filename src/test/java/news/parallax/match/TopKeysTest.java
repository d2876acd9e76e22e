package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The BM25 search keeps its best candidates without sorting every hit: the first keys of all of them sorted. */
class TopKeysTest {

    @Test
    void theKeysKeptAreTheFirstOfAllTheKeysSorted() {
        Random random = new Random(3);
        for (int round = 0; round < 20_000; round++) {
            int count = random.nextInt(120);
            int k = random.nextInt(40);
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                // distinct keys, as the search makes them (each holds its statement), some scores equal
                keys[i] = (long) (random.nextInt(8) - 4) << 32 | i;
            }
            long[] shuffled = keys.clone();
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                long t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            long[] top = new long[Math.min(k, count)];
            int kept = 0;
            for (long key : shuffled) {
                kept = StatementIndex.keep(top, kept, key);
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            assertThat(kept).isEqualTo(top.length);
            assertThat(top).as("round %d", round).containsExactly(Arrays.copyOf(sorted, top.length));
        }
    }
}

package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A bag's numbers are sorted by insertion when they are few: the same array as {@link Arrays#sort(long[])}. */
class BagSortTest {

    @Test
    void shortAndLongArraysSortAsArraysSortDoes() {
        Random random = new Random(17);
        for (int round = 0; round < 30_000; round++) {
            int n = random.nextInt(2 * Similarity.Bag.INSERTION_SORT_MAX + 2);
            long[] items = new long[n];
            int range = 1 + random.nextInt(50);
            for (int i = 0; i < n; i++) {
                // repeats (a word said twice), and numbers of all sizes and signs
                items[i] = random.nextBoolean() ? random.nextInt(range) : random.nextLong();
            }
            long[] expected = items.clone();
            Arrays.sort(expected);
            Similarity.Bag.sort(items);
            assertThat(items).as("round %d", round).containsExactly(expected);
        }
    }
}

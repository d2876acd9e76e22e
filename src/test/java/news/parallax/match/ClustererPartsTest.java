package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClustererPartsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 10, 99, 100, 999, 1000, 12345})
    void aClustersIdIsTheFormatsThreeDigitNumber(int n) {
        assertThat(Clusterer.id(n)).isEqualTo(String.format(Locale.ROOT, "k%03d", n));
    }

    @Test
    void thePairSetHoldsWhatAHashSetHolds() {
        Clusterer.PairSet pairs = new Clusterer.PairSet();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(9);
        for (int i = 0; i < 20_000; i++) {
            long key = random.nextInt(3) == 0 ? random.nextInt(500) : (random.nextLong() & Long.MAX_VALUE);
            assertThat(pairs.add(key)).as("%d", key).isEqualTo(expected.add(key));
        }
    }
}

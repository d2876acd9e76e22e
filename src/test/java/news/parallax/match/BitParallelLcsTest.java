package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BitParallelLcsTest {

    @ParameterizedTest(name = "lengths up to {0} and {1}, {2} distinct words")
    @CsvSource({"5, 5, 3", "30, 40, 12", "40, 64, 20", "80, 64, 6", "64, 64, 2", "10, 1, 4", "0, 10, 3", "10, 0, 3"})
    void theBitParallelSubsequenceHasTheLengthOfTheDynamicProgramme(int maxA, int maxB, int vocabulary) {
        Random random = new Random(7L * maxA + 31L * maxB + vocabulary);
        for (int round = 0; round < 500; round++) {
            int[] a = words(random, maxA == 0 ? 0 : 1 + random.nextInt(maxA), vocabulary);
            int[] b = words(random, maxB == 0 ? 0 : 1 + random.nextInt(maxB), vocabulary);
            int[] symbols = Similarity.lcsSymbols(b);
            int fast = Similarity.lcs(a, b.length, symbols, Similarity.lcsMasks(b, symbols));
            assertThat(fast).isEqualTo(Similarity.lcs(a, b));
        }
    }

    private static int[] words(Random random, int length, int vocabulary) {
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            out[i] = random.nextInt(vocabulary) * 3; // gaps, so that some numbers of a are not in b
        }
        return out;
    }
}

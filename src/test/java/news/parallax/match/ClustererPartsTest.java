package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the end of one is the start of the other: two cuts of one passage
        "I think that the harbour wall will hold all winter | The harbour wall will hold all winter. We built it well. | true",
        "We built it well and the harbour wall will hold all winter | the harbour wall will hold all winter, and then some | true",
        // the other opens with one word more ("But")
        "I was tired, but in any event the harbour wall will hold | But in any event the harbour wall will hold this winter | true",
        // four words in common are too few
        "I think the wall will hold | The wall will hold, we hope | false",
        // one inside the other is containment, not a continuation
        "the harbour wall will hold all winter | I think that the harbour wall will hold all winter, and then some | false",
        // the same words in the middle of both
        "Yes, the harbour wall will hold all winter, I said | They say the harbour wall will hold all winter, she said | false",
    })
    void aQuoteContinuesAnotherWhenTheEndOfOneIsTheStartOfTheOther(String a, String b, boolean expected) {
        assertThat(Clusterer.continues(Terms.words(a), Terms.words(b))).isEqualTo(expected);
        assertThat(Clusterer.continues(Terms.words(b), Terms.words(a))).isEqualTo(expected);
    }
}

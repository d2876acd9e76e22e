package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymsTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "announced, announce, true",
        "wounded, injured, true",
        "said, said, true",
        "missile, banana, false",
        "20, twenty, true",
        "soldiers, banana, false",
    })
    void wordsAreLinkedWhenTheyShareAWordNetSenseInEitherOrder(String a, String b, boolean linked) {
        Synonyms synonyms = new Synonyms();
        assertThat(synonyms.linked(a, b)).isEqualTo(linked);
        assertThat(new Synonyms().linked(b, a)).isEqualTo(linked);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"announced, announce", "wounded, injured"})
    void linkedWordsShareASenseOrLemma(String a, String b) {
        Synonyms synonyms = new Synonyms();
        assertThat(synonyms.senses(a)).containsAnyElementsOf(synonyms.senses(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0 5 64 4095 4096 9000", "7", "100000 100001 104096"})
    void aStatementsUnionMeetsExactlyTheNumbersItHolds(String held) {
        int[] numbers = Arrays.stream(held.split(" ")).mapToInt(Integer::parseInt).sorted().toArray();
        Synonyms.Union union = Synonyms.union(List.of(numbers));
        for (int n = 0; n < 110_000; n++) {
            boolean holds = Arrays.binarySearch(numbers, n) >= 0;
            assertThat(Synonyms.meets(new int[] {n}, union)).as("%d", n).isEqualTo(holds);
            assertThat(!holds || union.mayHold(n)).as("%d", n).isTrue();
            assertThat(union.holds(n)).as("%d", n).isEqualTo(holds);
        }
    }

    @ParameterizedTest(name = "{0} numbers, every {1}th")
    @CsvSource({"0, 1", "1, 1", "2000, 7", "500, 4096", "3000, 1"})
    void aLargeUnionHoldsExactlyItsNumbers(int count, int stride) {
        int[] numbers = new int[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = i * stride;
        }
        Synonyms.Union union = Synonyms.union(List.of(numbers));
        for (int n = 0; n < count * stride + 10; n++) {
            assertThat(union.holds(n)).as("%d", n).isEqualTo(n % stride == 0 && n / stride < count);
        }
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({"1 5 9, 2 5, 1 2 5 9", "7, 7, 7", "3 4, 1 2, 1 2 3 4"})
    void aUnionIsTheDistinctNumbersOfAllArrays(String a, String b, String union) {
        assertThat(Synonyms.union(List.of(ints(a), ints(b))).numbers()).containsExactlyInAnyOrder(ints(union));
    }

    private static int[] ints(String s) {
        return Arrays.stream(s.split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}

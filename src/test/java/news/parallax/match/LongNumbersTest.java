package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LongNumbersTest {

    @Test
    void keysAreNumberedInTheOrderFirstSeenAndKeepTheirNumbersAsTheTableGrows() {
        LongNumbers numbers = new LongNumbers();
        assertThat(numbers.of(42L)).isZero();
        assertThat(numbers.of(-7L)).isEqualTo(1);
        assertThat(numbers.of(42L)).isZero();
        for (long k = 1_000; k < 2_000; k++) {
            assertThat(numbers.of(k * 0x1_0000_0001L)).isEqualTo((int) (k - 1_000) + 2);
        }
        assertThat(numbers.size()).isEqualTo(1_002);
        assertThat(numbers.get(-7L)).isEqualTo(1);
        assertThat(numbers.get(1_500 * 0x1_0000_0001L)).isEqualTo(502);
    }

    @Test
    void askingForAKeyNeverNumberedIsAnError() {
        LongNumbers numbers = new LongNumbers();
        numbers.of(3);
        assertThatThrownBy(() -> numbers.get(4)).isInstanceOf(IllegalStateException.class).hasMessageContaining("4");
    }
}

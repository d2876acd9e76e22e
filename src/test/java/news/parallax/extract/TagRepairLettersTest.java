package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code TagRepair.letters} reads a word as {@code chars().allMatch(Character::isLetter)} does. */
class TagRepairLettersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Tully", "co-op", "O'Neil", "Zoë", "Smith.", "R2", "\uD835\uDC00x", "Łódź", "日本"})
    void readsAsTheStream(String w) {
        assertThat(TagRepair.letters(w)).isEqualTo(w.chars().allMatch(Character::isLetter));
        if (!w.isEmpty()) {
            String head = w.substring(0, w.length() - 1);
            assertThat(TagRepair.letters(w, w.length() - 1)).isEqualTo(head.chars().allMatch(Character::isLetter));
        }
    }

    @Test
    void everyShortWordReadsAsTheStream() {
        String alphabet = "aZé.-'1 \u00a0\uD835\uDC00\u02B0\u0301";
        Random random = new Random(5);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String w = b.toString();
            assertThat(TagRepair.letters(w)).as("[%s]", w).isEqualTo(w.chars().allMatch(Character::isLetter));
        }
    }
}

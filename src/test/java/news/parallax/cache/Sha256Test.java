package news.parallax.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Sha256Test {

    static IntStream lengths() {
        return IntStream.concat(IntStream.rangeClosed(0, 200), IntStream.of(447, 448, 511, 512, 513, 4096, 100_003));
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void theHashOfAnyLengthIsTheJdksSha256(int length) throws Exception {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        Sha256 mine = new Sha256();
        mine.update(bytes);

        assertThat(mine.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theHashDoesNotDependOnHowTheBytesAreSplitIntoUpdates() throws Exception {
        Random random = new Random(7);
        byte[] bytes = new byte[3000];
        random.nextBytes(bytes);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(bytes);
        for (int round = 0; round < 200; round++) {
            Sha256 mine = new Sha256();
            int at = 0;
            while (at < bytes.length) {
                int n = Math.min(bytes.length - at, random.nextInt(150));
                mine.update(bytes, at, n);
                at += n;
            }
            assertThat(mine.digest()).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void theHashOfAbcIsTheOneThePublishedStandardGives() {
        Sha256 mine = new Sha256();
        mine.update("abc".getBytes(StandardCharsets.US_ASCII));

        assertThat(java.util.HexFormat.of().formatHex(mine.digest()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

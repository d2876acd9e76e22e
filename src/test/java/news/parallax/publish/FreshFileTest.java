package news.parallax.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files of the cache and the ledger are made without {@code Files.createTempFile}. */
class FreshFileTest {

    @Test
    void eachFreshFileIsNewAndEmptyAndTakesTheFirstFreeNumber(@TempDir Path dir) throws Exception {
        Path first = Publisher.freshFile(dir, "entry", ".tmp");
        Path second = Publisher.freshFile(dir, "entry", ".tmp");
        Files.writeString(dir.resolve("entry.2.tmp"), "left by a killed build");
        Path third = Publisher.freshFile(dir, "entry", ".tmp");
        Files.delete(first);
        Path again = Publisher.freshFile(dir, "entry", ".tmp");

        assertThat(first.getFileName()).hasToString("entry.0.tmp");
        assertThat(second.getFileName()).hasToString("entry.1.tmp");
        assertThat(third.getFileName()).hasToString("entry.3.tmp");
        assertThat(again.getFileName()).hasToString("entry.0.tmp");
        assertThat(Files.size(third)).isZero();
        assertThat(Files.readString(dir.resolve("entry.2.tmp"))).isEqualTo("left by a killed build");
    }
}

package news.parallax.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Whether a file made at build time from some inputs is still newer than all of them (make's rule). */
public final class Staleness {
    private Staleness() {}

    /**
     * True when {@code out} exists and was modified after every file of {@code inputs}; false when there are no
     * inputs (nothing says the output is current) or it is missing.
     */
    public static boolean upToDate(Path out, List<String> inputs) throws IOException {
        if (inputs.isEmpty() || !Files.isRegularFile(out)) {
            return false;
        }
        for (String in : inputs) {
            if (Files.getLastModifiedTime(Path.of(in)).compareTo(Files.getLastModifiedTime(out)) >= 0) {
                return false;
            }
        }
        return true;
    }
}

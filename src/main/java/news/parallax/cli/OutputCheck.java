package news.parallax.cli;

import java.nio.file.Path;
import java.util.Optional;

/** Refuses an output folder that would overwrite or sit inside the input, or the other way round. */
final class OutputCheck {
    private OutputCheck() {}

    static Optional<String> problem(Path input, Path output) {
        Path in = input.toAbsolutePath().normalize();
        Path out = output.toAbsolutePath().normalize();
        if (out.equals(in)) {
            return Optional.of("--output " + output + " is the input folder: choose another folder");
        }
        if (out.startsWith(in)) {
            return Optional.of("--output " + output + " is inside the input folder " + input
                    + ": choose a folder outside it, or the next build would read the site as articles");
        }
        if (in.startsWith(out)) {
            return Optional.of("--output " + output + " contains the input folder " + input
                    + ": the build would replace it; choose another folder");
        }
        return Optional.empty();
    }
}

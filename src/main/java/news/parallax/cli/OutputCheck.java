package news.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses an output folder that the build must not replace: the input folder, a folder inside the
 * input or containing it, a file, or a non-empty folder that is not a site Parallax wrote (the build
 * replaces the whole output folder, so pointing it at a folder of your own would lose that folder).
 */
final class OutputCheck {

    /** The file every site Parallax writes holds; its presence marks a folder as a previous build. */
    static final String MARKER = "data/index.json";

    private OutputCheck() {}

    static Optional<String> problem(Path input, Path output) {
        Path in = real(input);
        Path out = real(output);
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
        if (out.getParent() == null) {
            return Optional.of("--output " + output + " is the root of the file system: choose a folder below it");
        }
        if (Files.exists(output, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("--output " + output + " exists and is not a folder: choose a folder, or remove the file");
        }
        if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) && !isEmpty(output)
                && !Files.isRegularFile(output.resolve(MARKER))) {
            return Optional.of("--output " + output + " is a folder that holds files but no Parallax site (no "
                    + MARKER + "): the build replaces the whole folder, so choose a new or empty folder");
        }
        return Optional.empty();
    }

    /** The path with symbolic links resolved as far as it exists, so that links cannot hide nesting. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = abs.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}

package news.parallax.model;

import java.util.Objects;

/**
 * Something wrong with the input, reported to the user.
 *
 * @param file    the file at fault, as the user named it
 * @param line    1-based line, or 0 where no line applies
 * @param message what is wrong and what to do about it
 */
public record Problem(String file, int line, String message) {
    public Problem {
        Objects.requireNonNull(file, "file must not be null");
        if (line < 0) {
            throw new IllegalArgumentException("line " + line + " must be >= 0");
        }
        Checks.nonBlank("message", message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}

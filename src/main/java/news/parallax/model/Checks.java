package news.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks shared by the records; messages name the bad value. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private Checks() {}

    static String id(String what, String value) {
        Objects.requireNonNull(value, what + " must not be null");
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " \"" + value + "\" must match " + ID.pattern());
        }
        return value;
    }

    static String nonBlank(String what, String value) {
        Objects.requireNonNull(value, what + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static <T> List<T> list(String what, List<T> values) {
        Objects.requireNonNull(values, what + " must not be null");
        return List.copyOf(values);
    }

    static void span(String what, int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(what + " [" + start + ", " + end + ") must have 0 <= start <= end");
        }
    }
}

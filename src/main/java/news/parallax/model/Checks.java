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
        if (!isId(value)) {
            throw new IllegalArgumentException(what + " \"" + value + "\" must match " + ID.pattern());
        }
        return value;
    }

    /** True when {@code value} matches {@link #ID}: one scan, no regex (an id is checked for every statement). */
    static boolean isId(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean alnum = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alnum && (i == 0 || c != '_' && c != '.' && c != '-')) {
                return false;
            }
        }
        return true;
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

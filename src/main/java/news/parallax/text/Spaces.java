package news.parallax.text;

import java.util.ArrayList;
import java.util.List;

/** Text cut at its runs of white space, without a regex. */
public final class Spaces {
    private Spaces() {}

    /**
     * The pieces of {@code text} between runs of white space: what {@code text.split("\\s+")} gives (a
     * leading empty piece when the text starts with white space, no trailing empty ones; {@code {text}} when
     * there is none), where white space is the regex's {@code \s}: space, tab, line feed, vertical tab, form
     * feed, carriage return. {@link String#split} compiles its regex on every call (only one character
     * escapes that), and this runs on every article's text and every quote's.
     */
    public static String[] split(String text) {
        int n = text.length();
        List<String> pieces = null;
        int start = 0;
        int i = 0;
        while (i < n) {
            if (!isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            if (pieces == null) {
                pieces = new ArrayList<>();
            }
            pieces.add(text.substring(start, i));
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            start = i;
        }
        if (pieces == null) {
            return new String[] {text};
        }
        pieces.add(text.substring(start, n));
        int size = pieces.size();
        while (size > 0 && pieces.get(size - 1).isEmpty()) {
            size--;
        }
        return pieces.subList(0, size).toArray(new String[0]);
    }

    /** Whether {@code c} is white space as the regex {@code \s} has it (no Unicode flag). */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}

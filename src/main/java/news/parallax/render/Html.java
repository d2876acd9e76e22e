package news.parallax.render;

import java.util.regex.Pattern;

/** Escaping for HTML and XML text and attribute values built outside the templates. */
final class Html {
    // the rules of tidy and shorten as regexes (they are applied without them, see the tests)
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[,;:.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Html() {}

    /** {@code text} safe inside an element or a double-quoted attribute. */
    static String escape(String text) {
        if (plain(text)) {
            return text; // most texts (every path of the sitemap) have nothing to escape or drop
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // drop control characters that HTML and XML forbid
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        out.append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@link #escape} returns {@code text} as it is: no character it escapes, drops or replaces. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                return false;
            }
        }
        return true;
    }

    /** A statement's text for a heading or a list: trimmed, without the comma a quote often ends in. */
    static String tidy(String text) {
        return withoutTrailing(text.strip(), ",;:").strip();
    }

    /** {@code text} cut to at most {@code max} characters at a word boundary, with an ellipsis. */
    static String shorten(String text, int max) {
        String flat = oneSpace(text.strip());
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return withoutTrailing(flat.substring(0, cut > max / 2 ? cut : max - 1).strip(), ",;:.") + "\u2026";
    }

    /**
     * {@code text} without the run of {@code marks} it ends with: what the regex {@code [marks]+$}
     * replaced by nothing removes, where "$" is the end or the place before a line terminator that ends
     * the text (of those, only U+0085 is left by {@link String#strip}).
     */
    static String withoutTrailing(String text, String marks) {
        int end = text.length();
        if (end > 0 && isLineEnd(text.charAt(end - 1))) {
            end--;
            if (end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        int start = end;
        while (start > 0 && marks.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return start == end ? text : text.substring(0, start) + text.substring(end);
    }

    // a line terminator of the regex "$" (no UNIX_LINES)
    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code text} with each run of ASCII white space (the regex \s) as one space. */
    static String oneSpace(String text) {
        int n = text.length();
        StringBuilder out = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiSpace(c) && (c != ' ' || i + 1 < n && isAsciiSpace(text.charAt(i + 1)))) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                while (i < n && isAsciiSpace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@link #tidy} by regexes (for tests). */
    static String regexTidy(String text) {
        return TRAILING_MARKS.matcher(text.strip()).replaceAll("").strip();
    }

    /** {@link #shorten} by regexes (for tests). */
    static String regexShorten(String text, int max) {
        String flat = SPACES.matcher(text.strip()).replaceAll(" ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return TRAILING_STOPS.matcher(flat.substring(0, cut > max / 2 ? cut : max - 1).strip()).replaceAll("") + "\u2026";
    }
}

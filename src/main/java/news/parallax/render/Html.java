package news.parallax.render;

import java.util.regex.Pattern;

/** Escaping for HTML and XML text and attribute values built outside the templates. */
final class Html {
    // compiled once: String.replaceAll compiles its regex at every call
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[,;:.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Html() {}

    /** {@code text} safe inside an element or a double-quoted attribute. */
    static String escape(String text) {
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

    /** A statement's text for a heading or a list: trimmed, without the comma a quote often ends in. */
    static String tidy(String text) {
        return TRAILING_MARKS.matcher(text.strip()).replaceAll("").strip();
    }

    /** {@code text} cut to at most {@code max} characters at a word boundary, with an ellipsis. */
    static String shorten(String text, int max) {
        String flat = SPACES.matcher(text.strip()).replaceAll(" ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return TRAILING_STOPS.matcher(flat.substring(0, cut > max / 2 ? cut : max - 1).strip()).replaceAll("") + "\u2026";
    }
}

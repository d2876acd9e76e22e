package news.parallax.compare;

/**
 * Blanks out the words inside quotation marks, so that what is left is the outlet's own wording.
 *
 * <p>Rules of English news text: a quotation opens with a curly or straight double mark and closes
 * with the next closing mark; a quotation still open at the end of a paragraph runs to that end (the
 * next paragraph of a long quotation opens again). Blanked characters become spaces, so offsets and
 * word boundaries are kept.
 */
final class QuotedText {
    private QuotedText() {}

    /** {@code paragraph} with every character inside a quotation, marks included, made a space. */
    static String blankQuotes(String paragraph) {
        StringBuilder out = new StringBuilder(paragraph.length());
        boolean inside = false;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean mark = c == '\u201C' || c == '\u201D' || c == '"' || c == '\u201E';
            if (mark) {
                // a curly opening mark always opens, a curly closing mark always closes; a straight one toggles
                inside = c == '\u201C' || c == '\u201E' || (c == '"' && !inside);
                out.append(' ');
            } else {
                out.append(inside ? ' ' : c);
            }
        }
        return out.toString();
    }
}

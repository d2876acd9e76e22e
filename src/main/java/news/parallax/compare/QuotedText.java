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
        char[] out = paragraph.toCharArray();
        boolean inside = false;
        boolean changed = false;
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            boolean mark = c == '\u201C' || c == '\u201D' || c == '"' || c == '\u201E';
            if (mark) {
                // a curly opening mark always opens, a curly closing mark always closes; a straight one toggles
                inside = c == '\u201C' || c == '\u201E' || (c == '"' && !inside);
                out[i] = ' ';
                changed = true;
            } else if (inside) {
                out[i] = ' ';
            }
        }
        return changed ? new String(out) : paragraph;
    }
}

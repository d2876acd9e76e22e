package news.parallax.ingest;

/**
 * YAML front matter at the top of a Markdown article: a line "---", the YAML, a line "---" or "...".
 *
 * @param yaml      the YAML text between the fences
 * @param firstLine the 1-based line of the file where the YAML starts
 * @param end       the offset just after the closing fence line, where the article starts
 */
record FrontMatter(String yaml, int firstLine, int end) {

    /** The front matter of {@code text} opening at {@code from}, or null when it has none. */
    static FrontMatter find(String text, int from) {
        if (!(text.startsWith("---\n", from) || text.startsWith("---\r\n", from))) {
            return null;
        }
        int start = text.indexOf('\n', from) + 1;
        int i = start;
        while (i < text.length()) {
            int eol = text.indexOf('\n', i);
            int lineEnd = eol < 0 ? text.length() : eol;
            String line = text.substring(i, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) {
                return new FrontMatter(text.substring(start, i), 2, eol < 0 ? text.length() : eol + 1);
            }
            if (eol < 0) {
                break;
            }
            i = eol + 1;
        }
        return null;
    }
}

package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the spans between quotation marks in one paragraph, in one left-to-right pass (linear time,
 * never hangs on unbalanced marks).
 *
 * <p>Double marks (curly, straight, guillemets) are the quotation marks of news writing; a straight
 * {@code "} opens after a space or at the start and closes before a space, punctuation or the end.
 * Single marks quote only outside double ones (headlines, British style; inside double marks they
 * are a nested quotation, part of the outer quote). A single mark opens only as {@code ‘} or as
 * {@code '} at the start of a word that is not an elision ({@code ’n’}, {@code 'em}, {@code '90s}),
 * and closes only at the end of a word; an opening single mark that never closes in the paragraph
 * was an apostrophe. An opening double mark that never closes runs to the end of the paragraph (the
 * convention for quotes across paragraphs).
 */
final class QuoteMarks {

    /**
     * A quoted span: {@code open} is the opening mark's offset, [start, end) the words between the
     * marks, {@code close} the closing mark's offset or -1 when the paragraph ended first.
     */
    record Marked(int open, int start, int end, int close, boolean single) {
        boolean closed() {
            return close >= 0;
        }
    }

    private static final String OPEN_DOUBLE = "\u201c\u201e\u00ab";
    private static final String CLOSE_DOUBLE = "\u201d\u00bb";

    private QuoteMarks() {}

    static List<Marked> scan(String text, int from, int to, Set<String> elisions) {
        return scan(text, from, to, elisions, false);
    }

    /**
     * As {@link #scan(String, int, int, Set)}; with {@code continued} (the paragraph before ended inside
     * a quotation and this one opens with no mark), a paragraph whose first double mark closes a
     * quotation continues it: its words up to that mark are quoted ("...the decision-maker" / "based
     * on ...," said Roe).
     */
    static List<Marked> scan(String text, int from, int to, Set<String> elisions, boolean continued) {
        List<Marked> doubles = doubles(text, from, to, continued);
        List<Marked> out = new ArrayList<>();
        int pos = from;
        for (Marked d : doubles) {
            singles(text, pos, d.open(), elisions, out);
            out.add(d);
            pos = d.closed() ? d.close() + 1 : to;
        }
        singles(text, pos, to, elisions, out);
        return out;
    }

    /** True when {@code c} is an opening quotation mark of any kind. */
    static boolean isOpening(char c) {
        return OPEN_DOUBLE.indexOf(c) >= 0 || c == '"' || c == '\u2018' || c == '\'';
    }

    private static List<Marked> doubles(String text, int from, int to, boolean continued) {
        List<Marked> out = new ArrayList<>();
        int open = -1;
        int width = 1;
        boolean first = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean opening;
            int w = 1;
            if (OPEN_DOUBLE.indexOf(c) >= 0) {
                opening = true;
            } else if (CLOSE_DOUBLE.indexOf(c) >= 0) {
                opening = false;
            } else if (c == '"' || pairedSingles(text, i, to)) {
                // a straight mark, or two single marks typed for a double one (‘’It’s ..., ''It's ...)
                w = c == '"' ? 1 : 2;
                boolean spaceBefore = i == from || opensAfter(text.charAt(i - 1));
                boolean spaceAfter = i + w >= to || Character.isWhitespace(text.charAt(i + w));
                opening = spaceBefore && !spaceAfter || !spaceBefore && spaceAfter ? spaceBefore : open < 0;
            } else {
                continue;
            }
            if (first && continued && !opening) {
                // the quotation of the paragraph before goes on up to this closing mark
                out.add(new Marked(from, from, trimEnd(text, from, i), i, false));
                first = false;
                i += w - 1;
                continue;
            }
            first = false;
            if (opening) {
                if (open >= 0 && c == '\u201c' && (text.charAt(open) == '\u201c' || text.charAt(open) == '"' && width == 1)
                        && endsSentence(text, open + width, i)) {
                    // “A. “B.” (or "A. “B.”): the writer never closed the first quotation; it ends where the next opens
                    out.add(trimmed(text, open, open + width, i, -1));
                    open = -1;
                }
                if (open < 0 || c == '"' || w == 2) {
                    // a second opening mark inside an open quote: the first one was stray
                    open = i;
                    width = w;
                }
            } else if (open >= 0) {
                Marked m = trimmed(text, open, open + width, i, i);
                out.add(width == 2 ? new Marked(m.open(), m.start(), m.end(), m.close(), false) : m);
                open = -1;
            }
            i += w - 1;
        }
        if (open >= 0) {
            Marked m = trimmed(text, open, open + width, to, -1);
            out.add(width == 2 ? new Marked(m.open(), m.start(), m.end(), m.close(), false) : m);
        }
        return out;
    }

    /** True at two single marks in a row standing for one double mark (‘‘ ’’ ‘’ or two apostrophes). */
    private static boolean pairedSingles(String text, int i, int to) {
        if (i + 1 >= to) {
            return false;
        }
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        return (a == '\'' || a == '\u2018' || a == '\u2019') && (b == '\'' || b == '\u2018' || b == '\u2019')
                && (i + 2 >= to || text.charAt(i + 2) != a);
    }

    /** True when the words in [start, end) end with a sentence's closing punctuation (spaces aside). */
    private static boolean endsSentence(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > start && e < end && ".!?".indexOf(text.charAt(e - 1)) >= 0;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static void singles(String text, int from, int to, Set<String> elisions, List<Marked> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean before = i == from || opensAfter(text.charAt(i - 1));
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean letterBefore = i > from && !opensAfter(text.charAt(i - 1));
            if (open < 0) {
                if ((c == '\u2018' || c == '\'' && before) && letterAfter && !elided(text, i + 1, to, elisions)) {
                    open = i;
                }
            } else if (c != '\u2018' && letterBefore && !letterAfter) {
                out.add(trimmed(text, open, open + 1, i, i));
                open = -1;
            }
        }
    }

    private static boolean elided(String text, int start, int to, Set<String> elisions) {
        if (Character.isDigit(text.charAt(start))) {
            return true;
        }
        int e = start;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return elisions.contains(text.substring(start, e).toLowerCase(Locale.ROOT));
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/\u201c\u2018\"".indexOf(c) >= 0;
    }

    private static Marked trimmed(String text, int open, int start, int end, int close) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Marked(open, s, e, close, text.charAt(open) == '\'' || text.charAt(open) == '\u2018');
    }
}

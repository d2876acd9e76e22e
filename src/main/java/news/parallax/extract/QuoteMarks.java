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

    /**
     * {@code marked} with each unclosed double quotation that ends in the writer's attribution cut before it: the
     * writer forgot the closing mark ("“... we made, he wrote." or "\"... verify, Jane Roe said. \"He ..."). The
     * attribution is the quotation's last words after its last comma: two to five words ending in a full stop, one
     * of them a reporting verb ({@code verb}), led by a pronoun, a name, a determiner or the verb itself (never
     * "and I said", which is quoted speech). The cut quotation is closed at that comma.
     */
    static List<Marked> cutAttribution(String text, List<Marked> marked, java.util.function.Predicate<String> verb) {
        List<Marked> out = new ArrayList<>(marked.size());
        for (Marked m : marked) {
            int comma = m.closed() || m.single() ? -1 : text.lastIndexOf(", ", m.end());
            if (comma > m.start() && comma + 2 < m.end() && text.charAt(m.end() - 1) == '.'
                    && attribution(text.substring(comma + 2, m.end() - 1), verb)
                    && WordShapes.splitCount(text.substring(m.start(), comma)) >= 3) {
                // the quotation keeps its comma, as in “We won,” she said; the attribution is read after it
                out.add(new Marked(m.open(), m.start(), comma + 1, comma + 1, false));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private static final Set<String> LEADS = Set.of("he", "she", "they", "it", "the", "a", "an");

    private static boolean attribution(String tail, java.util.function.Predicate<String> verb) {
        String[] w = tail.split(" ");
        if (w.length < 2 || w.length > 5 || tail.indexOf(',') >= 0) {
            return false;
        }
        boolean anyVerb = false;
        for (String x : w) {
            if (x.indexOf('.') >= 0 && (x.length() > 4 || !Character.isUpperCase(x.charAt(0)))) {
                return false; // a sentence inside: only abbreviations ("Mr.", "Sen.") may hold a full stop
            }
            anyVerb |= !x.isEmpty() && verb.test(x);
        }
        String lead = w[0];
        boolean led = LEADS.contains(lead) || verb.test(lead) || !lead.isEmpty() && Character.isUpperCase(lead.charAt(0))
                && !lead.equals("I");
        return anyVerb && led;
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
        // a curly quotation inside an open one (“... most “Acme Rules” stay ...”): its opening mark, then its closing one
        int nestedOpen = -1;
        int nestedClose = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean opening;
            int w = 1;
            if (OPEN_DOUBLE.indexOf(c) >= 0) {
                // “Who is it?“ he asked: an opening mark typed for a closing one, glued to the words before it
                opening = !(c == '\u201c' && open >= 0 && gluedBefore(text, from, i) && spacedAfter(text, i, to));
            } else if (CLOSE_DOUBLE.indexOf(c) >= 0) {
                // he said, ”We won.”: a closing mark typed for an opening one, after a space and before a word
                opening = c == '\u201d' && open < 0 && !gluedBefore(text, from, i) && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1));
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
                if (open >= 0 && nestedClose >= 0) {
                    // “A “b” c “D: the inner pair was no nested quotation; the first one closed at its mark (as before)
                    out.add(closedAt(text, open, width, nestedClose));
                    open = -1;
                    nestedOpen = -1;
                    nestedClose = -1;
                }
                if (open >= 0 && (c == '\u201c' && (text.charAt(open) == '\u201c' || text.charAt(open) == '"' && width == 1)
                        || c == '"' && text.charAt(open) == '"' && width == 1) && endsSentence(text, open + width, i)) {
                    // “A. “B.” (or "A. “B.”): the writer never closed the first quotation; it ends where the next opens
                    out.add(trimmed(text, open, open + width, i, -1));
                    open = -1;
                    nestedOpen = -1;
                }
                if (open >= 0 && nestedOpen < 0 && (c == '\u201c' || c == '"' && text.charAt(open) == '"' && width == 1
                        && nestedStraight(text, i, to))) {
                    // “... most “Acme Rules” stay ...”: a quotation nested in the open one, part of it (with straight
                    // marks only when two closing marks follow: "... once called a "gold standard," Roe continues ...,")
                    nestedOpen = i;
                } else if (open < 0 || c == '"' || w == 2) {
                    // a second opening mark inside an open quote: the first one was stray
                    open = i;
                    width = w;
                    nestedOpen = -1;
                }
            } else if (open >= 0 && nestedOpen >= 0 && (c == '\u201d' || c == '"')) {
                nestedOpen = -1;
                nestedClose = i;
            } else if (open >= 0) {
                out.add(closedAt(text, open, width, i));
                open = -1;
                nestedOpen = -1;
                nestedClose = -1;
            }
            i += w - 1;
        }
        if (open >= 0 && nestedClose >= 0) {
            // the outer quotation never closed after the nested one: the nested mark closed it after all
            out.add(closedAt(text, open, width, nestedClose));
        } else if (open >= 0) {
            Marked m = trimmed(text, open, open + width, to, -1);
            out.add(width == 2 ? new Marked(m.open(), m.start(), m.end(), m.close(), false) : m);
        }
        return out;
    }

    private static Marked closedAt(String text, int open, int width, int close) {
        Marked m = trimmed(text, open, open + width, close, close);
        return width == 2 ? new Marked(m.open(), m.start(), m.end(), m.close(), false) : m;
    }

    /**
     * True when the two straight marks after the one at {@code i} both close (each right after a word or punctuation):
     * the one at {@code i} opens a quotation nested in an open one, closed by the first of them.
     */
    private static boolean nestedStraight(String text, int i, int to) {
        int found = 0;
        for (int j = i + 1; j < to && found < 2; j++) {
            if (text.charAt(j) == '"' || text.charAt(j) == '\u201d') {
                if (!gluedBefore(text, i, j) || j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    return false;
                }
                found++;
            } else if (text.charAt(j) == '\u201c') {
                return false;
            }
        }
        return found == 2;
    }

    /** True when the mark at {@code i} follows a word or punctuation directly (no space or opening bracket). */
    private static boolean gluedBefore(String text, int from, int i) {
        return i > from && !opensAfter(text.charAt(i - 1));
    }

    /** True when the mark at {@code i} ends the paragraph or is followed by a space. */
    private static boolean spacedAfter(String text, int i, int to) {
        return i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
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

package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Passages between quotation marks within one paragraph, marks included: curly pairs (\u201c...\u201d) and
 * straight pairs ("..."), matched in order, either closing mark ending either opening one (writers mix
 * them); a closing curly mark with no opening one closes a quotation begun in an earlier paragraph, so the passage runs from the paragraph's start; an opening mark
 * never closed runs to the paragraph's end (news style opens each paragraph of a long quotation again), unless a single mark typed for
 * its closing one or the writer's attribution ends it first (as in {@link QuoteMarks}). The claim finder keeps clear of them even when
 * no quote was found there, so words in quotation marks are never presented as the writer's own claim.
 */
final class QuotedPassages {
    private QuotedPassages() {}

    /** The quoted passages of {@code text[start, end)} as {start, end} pairs; an unclosed mark runs to the end. */
    static List<int[]> in(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int from = start;
        while (from >= 0) {
            from = in(text, start, from, end, out);
        }
        return out;
    }

    /**
     * Adds the passages of [from, end) to {@code out}; returns where to go on when an unclosed quotation ended before
     * {@code end} (at a single mark typed for its closing one, or before the writer's attribution inside it), else -1.
     */
    private static int in(String text, int start, int from, int end, List<int[]> out) {
        int open = -1;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '\u201c' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '\u201d' || c == '"' || c == '\u201c' && typedForClosing(text, start, end, i))) {
                // either closing mark ends the passage: a straight mark closed by a curly one ("... sure.”) or the
                // reverse must not leave the passage open to swallow the writer's words up to the next quotation
                out.add(new int[] {open, i + 1});
                open = -1;
            } else if (open < 0 && c == '\u201d') {
                out.add(new int[] {from, i + 1}); // the end of a quotation opened in an earlier paragraph
            }
        }
        if (open < 0) {
            return -1;
        }
        // an unclosed quotation ends at a single mark typed for its closing one (“We won,’ she said.) or before the
        // writer's attribution inside it (“We won, she said. The council ...): the words after are the writer's
        int close = QuoteMarks.singleClose(text, open + 1, end, Lexicons.standard().elisions);
        int stop = close >= 0 ? -1 : QuoteMarks.attributionStop(text, open + 1, end, QuoteMarks.VERB);
        int comma = stop < 0 ? -1 : text.lastIndexOf(", ", stop);
        if (close >= 0) {
            out.add(new int[] {open, close + 1});
            return close + 1;
        }
        if (comma > open) {
            out.add(new int[] {open, comma + 1});
            return stop + 1;
        }
        out.add(new int[] {open, end});
        return -1;
    }

    /** “Who is it?“ he asked: an opening curly mark right after a word or punctuation and before a space closes. */
    private static boolean typedForClosing(String text, int start, int end, int i) {
        return i > start && !Character.isWhitespace(text.charAt(i - 1)) && "([{\u2014\u2013-/\u201c\u2018\"".indexOf(text.charAt(i - 1)) < 0
                && (i + 1 >= end || Character.isWhitespace(text.charAt(i + 1)));
    }
}

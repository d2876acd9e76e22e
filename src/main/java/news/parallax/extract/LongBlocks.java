package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import news.parallax.model.Block;

/**
 * Bounds the text extraction reads, so that it stays fast on pathological input: only the first
 * {@value #MAX_TEXT} characters of a source are read (several times the longest news article; tagging
 * costs time per word), and blocks longer than {@value #MAX_CHARS} characters (no news paragraph is
 * that long) are cut into pieces, so that the per-paragraph work (sentence detection, quotation marks,
 * attribution) stays bounded. A piece ends after the last sentence end (". ", "? ", "! ", or a closing
 * quotation mark after one) outside quotation marks in its second half, so that no quotation is cut in
 * two, else after the last sentence end there, else after its last whitespace there, else at the limit.
 * Blocks of ordinary length are kept as they are.
 */
final class LongBlocks {

    /** The longest block read as one paragraph. */
    static final int MAX_CHARS = 5_000;
    /** Text past this offset is not read. */
    static final int MAX_TEXT = 100_000;

    private LongBlocks() {}

    /**
     * {@code blocks} up to offset {@link #MAX_TEXT} (a block across it is cut there), each over-long one
     * replaced by its pieces (same kind, in order).
     */
    static List<Block> cut(String text, List<Block> blocks) {
        if (blocks.stream().allMatch(b -> b.end() - b.start() <= MAX_CHARS && b.end() <= MAX_TEXT)) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            int end = b.end() <= MAX_TEXT ? b.end()
                    : b.start() >= MAX_TEXT ? b.start() : cutAt(text, Math.max(b.start(), MAX_TEXT - MAX_CHARS), MAX_TEXT);
            int s = b.start();
            while (end - s > MAX_CHARS) {
                int e = cutAt(text, s, s + MAX_CHARS);
                out.add(new Block(b.kind(), s, e));
                s = e;
            }
            if (end > s) {
                out.add(new Block(b.kind(), s, end));
            }
        }
        return out;
    }

    /** True when offset {@code i} lies inside one of the quoted passages {@code quoted} ({start, end} pairs). */
    private static boolean inside(List<int[]> quoted, int i) {
        for (int[] q : quoted) {
            if (q[0] < i && i < q[1]) {
                return true;
            }
        }
        return false;
    }

    private static int cutAt(String text, int start, int limit) {
        int half = start + MAX_CHARS / 2;
        int space = -1;
        int sentence = -1;
        List<int[]> quoted = QuotedPassages.in(text, start, limit);
        for (int i = limit - 1; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                if (".?!".indexOf(text.charAt(i - 1)) >= 0 || i > 1 && ".?!,".indexOf(text.charAt(i - 2)) >= 0
                        && "\"\u201d".indexOf(text.charAt(i - 1)) >= 0) {
                    if (!inside(quoted, i)) {
                        // a sentence end outside quotation marks: a quotation is never cut in two
                        return i + 1;
                    }
                    sentence = sentence < 0 ? i + 1 : sentence;
                }
                if (space < 0) {
                    space = i + 1;
                }
            }
        }
        if (sentence > 0) {
            return sentence;
        }
        if (space > 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(limit)) && Character.isHighSurrogate(text.charAt(limit - 1))
                ? limit - 1 : limit;
    }
}

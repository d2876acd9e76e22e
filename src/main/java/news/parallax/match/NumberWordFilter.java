package news.parallax.match;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Writes numbers one way: number words become digits ("five" -> "5"), a number followed by a scale
 * word becomes one term ("2.5 million" -> "2500000"), decimals lose trailing zeros ("3.50" -> "3.5"),
 * ordinals in figures lose their ending ("80th" -> "80": "the 80th anniversary" / "80 years ago").
 * Expects lower-case terms; the word lists are in {@code number-words.txt}.
 */
final class NumberWordFilter extends TokenFilter {

    // hash maps: only looked up, once per token
    private static final Map<String, BigDecimal> WORDS = Map.copyOf(Lexicons.numbers("number-words.txt", "word"));
    private static final Map<String, BigDecimal> SCALES = Map.copyOf(Lexicons.numbers("number-words.txt", "scale"));

    /**
     * Of each length of a number word (up to 63): bits of the first characters (below 128) that number words
     * of that length start with; a term that cannot be one is not looked up (and not made a string).
     */
    private static final long[] FIRST_LOW = new long[64];
    private static final long[] FIRST_HIGH = new long[64];
    /** Whether a number word is longer than 63 characters or starts with a character from 128 on. */
    private static final boolean ODD_WORDS;

    static {
        boolean odd = false;
        for (String w : WORDS.keySet()) {
            if (w.isEmpty() || w.length() >= 64 || w.charAt(0) >= 128) {
                odd = true;
            } else if (w.charAt(0) < 64) {
                FIRST_LOW[w.length()] |= 1L << w.charAt(0);
            } else {
                FIRST_HIGH[w.length()] |= 1L << (w.charAt(0) - 64);
            }
        }
        ODD_WORDS = odd;
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private State pending;

    NumberWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
        } else if (!input.incrementToken()) {
            return false;
        }
        if (!mayBeNumber(term.buffer(), term.length())) {
            return true;
        }
        BigDecimal n = value(term.toString());
        if (n == null) {
            return true;
        }
        term.setEmpty().append(plain(n));
        State mine = captureState();
        int start = offset.startOffset();
        if (input.incrementToken()) {
            BigDecimal scale = SCALES.get(term.toString());
            if (scale != null) {
                int end = offset.endOffset();
                restoreState(mine);
                term.setEmpty().append(plain(n.multiply(scale)));
                offset.setOffset(start, end);
                return true;
            }
            pending = captureState();
        }
        restoreState(mine);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }

    /** The value of a number term ("5", "5000", "2.5", "five", "80th"), or null. */
    static BigDecimal value(String t) {
        if (t.isEmpty()) {
            return null;
        }
        char first = t.charAt(0);
        if (mayBeWord(first, t.length())) {
            BigDecimal word = WORDS.get(t);
            if (word != null) {
                return word;
            }
        }
        if (!Character.isDigit(first)) {
            return null;
        }
        if (isOrdinal(t)) {
            return new BigDecimal(t.substring(0, t.length() - 2));
        }
        return isDecimal(t) ? new BigDecimal(t) : null;
    }

    /**
     * False when the term of {@code length} characters in {@code buffer} surely has no {@link #value}: it is
     * no number word and does not start with a digit.
     */
    static boolean mayBeNumber(char[] buffer, int length) {
        return length > 0 && (Character.isDigit(buffer[0]) || mayBeWord(buffer[0], length));
    }

    // false when no number word has this length and first character
    private static boolean mayBeWord(char first, int length) {
        if (length >= 64 || first >= 128) {
            return ODD_WORDS;
        }
        return ((first < 64 ? FIRST_LOW[length] >>> first : FIRST_HIGH[length] >>> (first - 64)) & 1) != 0;
    }

    /** Whether {@code t} is ASCII digits, perhaps with a point and more digits: the regex \d+(\.\d+)?. */
    static boolean isDecimal(String t) {
        int n = t.length();
        int i = digits(t, 0);
        if (i == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (t.charAt(i) != '.') {
            return false;
        }
        int j = digits(t, i + 1);
        return j == n && j > i + 1;
    }

    /** Whether {@code t} is ASCII digits and an ordinal suffix: the regex \d+(st|nd|rd|th). */
    static boolean isOrdinal(String t) {
        int n = t.length();
        if (n < 3 || digits(t, 0) != n - 2) {
            return false;
        }
        String suffix = t.substring(n - 2);
        return suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th");
    }

    // the end of the run of ASCII digits from {@code from}
    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}

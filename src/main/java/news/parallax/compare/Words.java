package news.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.text.Lexicon;

/**
 * A small, deterministic, locale-independent word tokenizer for the framing analysis.
 *
 * <p>A word is a run of letters and digits; an apostrophe or hyphen inside it joins ("don't",
 * "war-fighting", "covid-19"), and so does a dot between single letters ("U.S." is "u.s"). Words are
 * lower-cased with {@link Locale#ROOT}, curly apostrophes become straight ones and a possessive "'s" is
 * dropped ("Japan's" is "japan"). Words without a letter (numbers such as "50,000" or "2025") are left
 * out: figures are compared as number differences, not as vocabulary.
 */
final class Words {
    private static final Set<String> STOP = Set.copyOf(Lexicon.lines("compare/stopwords.txt"));

    private Words() {}

    /** Every word of {@code text} in order, stop words included. */
    static List<String> all(CharSequence text) {
        List<String> out = new ArrayList<>();
        String s = text.toString();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isLetterOrDigit(s.charAt(i)) || joins(s, i))) {
                i++;
            }
            String w = word(s.substring(start, i));
            if (w != null) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The words of {@code text} in one pass: all of them ({@link #all}) into {@code all}, and those outside
     * quotations into {@code outside}, the same words as {@code all(QuotedText.blankQuotes(text))}: a blanked
     * stretch starts and ends with a quotation mark (or the text's end), which is no letter, digit or joining
     * mark, so no word runs across its edge, and blanking it changes neither what a character outside it is
     * nor whether one joins (the characters it looks at across the edge are the marks, which stay no letter or
     * digit): the words of the blanked text are the words of the text that lie outside quotations.
     */
    static void allAndOutsideQuotes(String text, List<String> all, List<String> outside) {
        String s = text;
        int i = 0;
        int n = s.length();
        boolean inside = false; // as QuotedText.blankQuotes: whether the characters here are blanked
        while (i < n) {
            char c = s.charAt(i);
            if (!isLetterOrDigit(c)) {
                if (c == '\u201C' || c == '\u201D' || c == '"' || c == '\u201E') {
                    inside = c == '\u201C' || c == '\u201E' || (c == '"' && !inside);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (isLetterOrDigit(s.charAt(i)) || joins(s, i))) {
                i++;
            }
            String w = word(s.substring(start, i));
            if (w != null) {
                all.add(w);
                if (!inside) {
                    outside.add(w);
                }
            }
        }
    }

    /** Whether a word of {@link #all} carries content, as {@link #content} keeps it (no stop word, two letters or more). */
    static boolean isContent(String w) {
        return w.length() > 1 && !STOP.contains(w);
    }

    /** The words of {@code text} that carry content: stop words and one-letter words left out. */
    static List<String> content(CharSequence text) {
        List<String> out = new ArrayList<>();
        for (String w : all(text)) {
            if (isContent(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The plural-folding key of a word, by the "S" stemmer of Harman (1991, "How effective is suffixing?"):
     * "-ies" to "-y" (not "-eies", "-aies"), "-es" to "-e" (not "-aes", "-ees", "-oes"), "-s" dropped
     * (not "-us", "-ss"). Words of three letters or fewer and abbreviations with dots are kept.
     */
    static String stem(String w) {
        if (w.length() <= 3 || w.indexOf('.') >= 0) {
            return w;
        }
        if (w.endsWith("ies") && !w.endsWith("eies") && !w.endsWith("aies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("es") && !w.endsWith("aes") && !w.endsWith("ees") && !w.endsWith("oes")) {
            return w.substring(0, w.length() - 1);
        }
        if (w.endsWith("s") && !w.endsWith("us") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Whether {@code w} is on the stop word list. */
    static boolean isStopWord(String w) {
        return STOP.contains(w);
    }

    // Character.isLetterOrDigit, at once for ASCII
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    // an apostrophe, hyphen or abbreviation dot with a letter or digit on both sides joins a word
    private static boolean joins(String text, int i) {
        char c = text.charAt(i);
        if (i == 0 || i + 1 >= text.length()
                || !Character.isLetterOrDigit(text.charAt(i - 1)) || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        if (c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011') {
            return true;
        }
        // "U.S.", "U.N.": a dot between single letters
        return c == '.' && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))
                && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)) || text.charAt(i - 2) == '.')
                && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    // the word as kept (straight apostrophes and hyphens, lower case, no possessive "'s"); null without a letter
    private static String word(String raw) {
        String w = raw.replace('\u2019', '\'').replace('\u2010', '-').replace('\u2011', '-').toLowerCase(Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLetter(w.charAt(k))) {
                return w;
            }
        }
        return null;
    }
}

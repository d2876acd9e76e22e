package news.parallax.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level diff of one wording against a base wording, as HTML: words only in the base are
 * {@code <del>}, words only in this wording {@code <ins>}; case, curly versus straight marks and
 * the amount of white space do not count as differences.
 */
final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}'\u2019]+|[^\\s\\p{L}\\p{N}]");

    private WordDiff() {}

    /**
     * The tokens (words, single punctuation marks and runs of white space) of {@code text}: what the
     * regex {@link #TOKEN} finds, one match after another (it matches at every code point), found
     * without it, as {@link #regexTokens} checks.
     */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int start = i;
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
            } else if (isWordPart(cp)) {
                while (i < n && isWordPart(cp = text.codePointAt(i))) {
                    i += Character.charCount(cp);
                }
            } else {
                i += Character.charCount(cp);
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    /** {@link #tokens} by the regex itself (for tests). */
    static List<String> regexTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    // the regex class \s: ASCII white space only
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    // the regex class [\p{L}\p{N}'\u2019]
    private static boolean isWordPart(int cp) {
        if (cp == '\'' || cp == '\u2019' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The normal form two tokens are compared in. */
    static String key(String token) {
        if (token.isBlank()) {
            return " ";
        }
        if (isAscii(token)) {
            return token.toLowerCase(Locale.ROOT); // NFKC leaves ASCII as it is, and it holds no curly marks
        }
        String k = Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return k.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    private static boolean isAscii(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** True when the two wordings are the same once compared as {@link #key} tokens. */
    static boolean same(String a, String b) {
        return keys(a).equals(keys(b));
    }

    /**
     * The compared tokens: punctuation at either end ("it," against "it") does not count. The keys of
     * {@link #tokens}, in one loop (what {@link #streamKeys} makes with a stream, as tests check).
     */
    static List<String> keys(String text) {
        List<String> tokens = tokens(text.strip());
        int n = tokens.size();
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key(tokens.get(i));
        }
        int from = 0;
        int to = n;
        while (from < to && !isWord(keys[from])) {
            from++;
        }
        while (to > from && !isWord(keys[to - 1])) {
            to--;
        }
        return List.of(Arrays.copyOfRange(keys, from, to));
    }

    /** {@link #keys} as it was made, through a stream (for tests). */
    static List<String> streamKeys(String text) {
        List<String> keys = tokens(text.strip()).stream().map(WordDiff::key).toList();
        int from = 0;
        int to = keys.size();
        while (from < to && !streamIsWord(keys.get(from))) {
            from++;
        }
        while (to > from && !streamIsWord(keys.get(to - 1))) {
            to--;
        }
        return keys.subList(from, to);
    }

    /** Whether {@code key} holds a letter or digit (a code point at a time, as {@code codePoints()} gives them). */
    private static boolean isWord(String key) {
        int n = key.length();
        for (int i = 0; i < n;) {
            int cp = key.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean streamIsWord(String key) {
        return key.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** {@code text} as HTML, with its differences from {@code base} marked (both deleted and inserted words). */
    static String html(String base, String text) {
        return html(base, text, true);
    }

    /**
     * {@code text} as HTML for a reader comparing it with {@code base}: the full diff (deleted and inserted
     * words) when the two are one wording with some words changed, as quotes printed differently are; only
     * the inserted words, in {@code text} as printed, when {@code text} is a rewording ({@code paraphrase}:
     * a claim, which each outlet writes in its own words) or when fewer than half of its words are the base's
     * (deleted words interleaved with as many inserted ones make an unreadable sentence).
     */
    static Marked readable(String base, String text, boolean paraphrase) {
        List<String> from = tokens(base.strip());
        List<String> to = tokens(text.strip());
        Patch<String> patch = diff(from, to);
        boolean reworded = paraphrase || 2 * keptWords(to, patch) < words(to);
        return new Marked(html(from, to, patch, !reworded), reworded);
    }

    /**
     * A wording as HTML.
     *
     * @param html     the text, escaped, its differences marked
     * @param reworded true when only its own words are marked (no deleted words shown)
     */
    record Marked(String html, boolean reworded) {}

    private static String html(String base, String text, boolean deletions) {
        List<String> from = tokens(base.strip());
        List<String> to = tokens(text.strip());
        return html(from, to, diff(from, to), deletions);
    }

    // the diff of the keys (each token's key computed once), mapped back to the tokens by position
    private static Patch<String> diff(List<String> from, List<String> to) {
        return DiffUtils.diff(from.stream().map(WordDiff::key).toList(), to.stream().map(WordDiff::key).toList());
    }

    private static int words(List<String> tokens) {
        int n = 0;
        for (String t : tokens) {
            n += isWord(t) ? 1 : 0;
        }
        return n;
    }

    /** The words of {@code to} outside every delta of {@code patch}: those it shares with the base, in order. */
    private static int keptWords(List<String> to, Patch<String> patch) {
        int changed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getTarget().getPosition();
            changed += words(to.subList(at, at + delta.getTarget().size()));
        }
        return words(to) - changed;
    }

    private static String html(List<String> from, List<String> to, Patch<String> patch, boolean deletions) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int at = delta.getTarget().getPosition();
            append(out, to.subList(next, at));
            int removedAt = delta.getSource().getPosition();
            List<String> removed = from.subList(removedAt, removedAt + delta.getSource().size());
            List<String> added = to.subList(at, at + delta.getTarget().size());
            String gone = deletions ? String.join("", removed) : "";
            if (!gone.isBlank()) {
                // keep the words apart where the deleted run held the only space between them
                if (Character.isWhitespace(gone.charAt(0)) && out.length() > 0
                        && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                out.append("<del>").append(Html.escape(gone.strip())).append("</del>");
                if (!String.join("", added).isBlank() || Character.isWhitespace(gone.charAt(gone.length() - 1))) {
                    out.append(' ');
                }
            }
            wrap(out, added);
            next = at + added.size();
        }
        append(out, to.subList(next, to.size()));
        return joinRuns(out.toString());
    }

    /**
     * One {@code <ins>} for a run of inserted words that only white space kept in common with the base
     * separates ({@code <ins>a</ins> <ins>b</ins>} becomes {@code <ins>a b</ins>}): the shared space is
     * no shared word, and a reader sees one underlined phrase.
     */
    static String joinRuns(String html) {
        int close = html.indexOf("</ins>");
        if (close < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        while (close >= 0) {
            int after = close + "</ins>".length();
            int open = after;
            while (open < html.length() && Character.isWhitespace(html.charAt(open))) {
                open++;
            }
            if (open > after && html.startsWith("<ins>", open)) {
                out.append(html, from, close).append(html, after, open);
                from = open + "<ins>".length();
            } else {
                out.append(html, from, after);
                from = after;
            }
            close = html.indexOf("</ins>", from);
        }
        return out.append(html, from, html.length()).toString();
    }

    /** Appends added tokens as {@code <ins>}, with white space at either end left outside it. */
    private static void wrap(StringBuilder out, List<String> added) {
        int first = 0;
        int last = added.size();
        while (first < last && added.get(first).isBlank()) {
            first++;
        }
        while (last > first && added.get(last - 1).isBlank()) {
            last--;
        }
        append(out, added.subList(0, first));
        if (first < last) {
            out.append("<ins>").append(Html.escape(String.join("", added.subList(first, last)))).append("</ins>");
        }
        append(out, added.subList(last, added.size()));
    }

    private static void append(StringBuilder out, List<String> tokens) {
        out.append(Html.escape(String.join("", tokens)));
    }
}

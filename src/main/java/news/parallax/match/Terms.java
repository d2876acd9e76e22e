package news.parallax.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A statement as the matcher sees it.
 *
 * @param terms   the analysed terms, in order (stemmed, stop words removed, numbers normalised)
 * @param numbers the terms that are numbers
 * @param names   the terms whose word is written with a capital inside the statement, or all in capitals
 * @param words   the words as written, lower-cased, punctuation removed (for containment and word order)
 * @param negatedTerms the terms of the clauses (parts between commas, semicolons, colons, brackets or
 *                dashes) that hold a negation ("not", "no", "-n't" ...): what the negation may be about
 * @param negated whether the words hold a negation ({@link Similarity#negated} of {@code words}, as {@link #of}
 *                computes it)
 * @param aside   for each term, whether it lies in a relative clause set off by a comma ({@link #asides}: ", where
 *                the jury met"), what the statement says in passing about something else it names
 */
record Terms(List<String> terms, Set<String> numbers, Set<String> names, List<String> words, Set<String> negatedTerms,
        boolean negated, List<Boolean> aside) {

    static final String FIELD = "t";
    // what ends a clause: a comma, semicolon or colon before a space, a bracket, a dash, a sentence's end
    static final Pattern CLAUSE_END = Pattern.compile("[,;:!?](?=\\s)|\\.(?=\\s)|[()\\[\\]\\u2013\\u2014]|\\s-\\s");

    Terms {
        terms = List.copyOf(terms);
        numbers = Collections.unmodifiableSet(new TreeSet<>(numbers));
        names = Collections.unmodifiableSet(new TreeSet<>(names));
        words = List.copyOf(words);
        negatedTerms = Collections.unmodifiableSet(new TreeSet<>(negatedTerms));
        aside = List.copyOf(aside);
        if (aside.size() != terms.size()) {
            throw new IllegalArgumentException("one aside flag per term needed: " + aside.size() + " for " + terms.size());
        }
    }

    /** The words that open a relative clause set off by a comma: what it says describes what comes before. */
    static final Set<String> ASIDE_OPENERS = Set.of("who", "whose", "which", "where");

    /** Analyses {@code text} with {@code analyzer}. */
    static Terms of(String text, Analyzer analyzer) {
        List<String> terms = new ArrayList<>();
        Set<String> numbers = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        Set<String> negatedTerms = new TreeSet<>();
        List<Boolean> aside = new ArrayList<>();
        List<int[]> asides = asides(text);
        List<String> words = words(text);
        boolean negated = Similarity.negated(words);
        // a clause's words are words of the whole text (no word runs across a clause's end), so a text
        // without a negation has no negated clause
        List<int[]> negatedClauses = negated ? negatedClauses(text) : List.of();
        Analyzer chain = analyzer instanceof NewsAnalyzer news ? news.forText(text) : analyzer;
        try (TokenStream ts = chain.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                terms.add(t);
                if (NumberWordFilter.value(t) != null) {
                    numbers.add(t);
                } else if (isName(text, offset.startOffset(), offset.endOffset())) {
                    names.add(t);
                }
                for (int[] c : negatedClauses) {
                    if (offset.startOffset() >= c[0] && offset.startOffset() < c[1]) {
                        negatedTerms.add(t);
                    }
                }
                boolean inAside = false;
                for (int[] c : asides) {
                    inAside |= offset.startOffset() >= c[0] && offset.startOffset() < c[1];
                }
                aside.add(inAside);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new Terms(terms, numbers, names, words, negatedTerms, negated, aside);
    }

    /**
     * The start and end offsets of the clauses of {@code text} that open, after a comma, with a relative word
     * ({@link #ASIDE_OPENERS}): ", where the jury met", ", who served two terms"; or that open with "a", "an" or
     * "the" between two commas after a capitalised word (an appositive: "Ann Lee, a retired admiral, said"; not
     * "..., the official said." at a sentence's end). What they say is said about something else in the
     * sentence, in passing.
     */
    static List<int[]> asides(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int found = clauseEnd(text, start);
            int end = found >= 0 ? found : text.length();
            if (start >= 1 && text.charAt(start - 1) == ',') {
                // only the clause's first word is read: the first of words(text.substring(start, end))
                String first = firstWord(text.substring(start, end));
                if (first != null && (ASIDE_OPENERS.contains(first) || appositive(text, start, end, first))) {
                    out.add(new int[] {start, end});
                }
            }
            start = end;
        }
        return out;
    }

    // an appositive after a name: ", a former mayor of the city," between commas, after a capitalised word
    private static boolean appositive(String text, int start, int end, String first) {
        if (!(first.equals("a") || first.equals("an") || first.equals("the")) || end >= text.length()
                || text.charAt(end - 1) != ',') {
            return false;
        }
        int i = start - 2;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return i + 1 < start - 1 && Character.isUpperCase(text.charAt(i + 1));
    }

    /** The start and end offsets of the clauses of {@code text} that hold a negation. */
    static List<int[]> negatedClauses(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int found = clauseEnd(text, start);
            int end = found >= 0 ? found : text.length();
            if (Similarity.negated(words(text.substring(start, end)))) {
                out.add(new int[] {start, end});
            }
            start = end;
        }
        return out;
    }

    /**
     * Where the first clause end at or after {@code from} ends, or -1: what {@link #CLAUSE_END} finds from
     * {@code from} (its {@code \s} is a space, tab, line feed, vertical tab, form feed or carriage return), read
     * without the regular expression ({@code TermsClausesTest} compares the two).
     */
    static int clauseEnd(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case ',', ';', ':', '!', '?', '.' -> {
                    if (i + 1 < n && isRegexSpace(text.charAt(i + 1))) {
                        return i + 1;
                    }
                }
                case '(', ')', '[', ']', '\u2013', '\u2014' -> {
                    return i + 1;
                }
                case ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                    if (i + 2 < n && text.charAt(i + 1) == '-' && isRegexSpace(text.charAt(i + 2))) {
                        return i + 3;
                    }
                }
                default -> {
                    // not a clause end
                }
            }
        }
        return -1;
    }

    // what \s matches in a regular expression without UNICODE_CHARACTER_CLASS
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The words of {@code text} as written, lower-cased, without punctuation: what the regular expression
     * {@code [\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*} finds, left to right, read code point by
     * code point without the regular expression ({@code TermsWordsTest} compares the two).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (int i = wordStart(text, 0); i < text.length(); i = wordStart(text, i)) {
            int end = wordEnd(text, i);
            out.add(word(text, i, end));
            i = end;
        }
        return out;
    }

    /**
     * The first of {@link #words}{@code (text)}, or null when it has none: the same word, found without
     * reading the words after it.
     */
    static String firstWord(String text) {
        int i = wordStart(text, 0);
        return i < text.length() ? word(text, i, wordEnd(text, i)) : null;
    }

    /** Where the next word starts at or after {@code i}: the next letter or digit, or the text's length. */
    private static int wordStart(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The end of the word that starts at {@code i}: a joining mark with a letter or digit after it continues it. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int e = run(text, i);
        while (e + 1 < n && isJoiner(text.charAt(e)) && isLetterOrNumber(text.codePointAt(e + 1))) {
            e = run(text, e + 1);
        }
        return e;
    }

    private static String word(String text, int start, int end) {
        return fold(text.substring(start, end).toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** The word with its accents dropped as the analyzer drops them ("peña" -> "pena"; ASCIIFoldingFilter). */
    static String fold(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) >= 0x80) {
                char[] in = word.toCharArray();
                char[] out = new char[in.length * 4];
                int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
                return new String(out, 0, n);
            }
        }
        return word;
    }

    // the end of the run of letters and digits from i
    private static int run(String text, int i) {
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == '-';
    }

    /** What the regular expression classes {@code \p{L}} and {@code \p{N}} match. */
    static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    // a name: a capitalised word that does not open the statement or a sentence (a period after a title or
    // an initial does not end one), or a word in capitals
    private static boolean isName(String text, int start, int end) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        String word = text.substring(start, Math.min(end, text.length()));
        if (word.length() > 1 && lettersAllUpperCase(word)) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018([".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && (".!?:".indexOf(text.charAt(i)) < 0 || text.charAt(i) == '.' && abbreviation(text, i));
    }

    // whether every letter of the word (each char, as String.chars() gives them) is upper case: true for no letter
    private static boolean lettersAllUpperCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    // whether the period at i ends a short capitalised word (a title or an initial: "Sen.", "Rev.", "L."),
    // not a sentence
    private static boolean abbreviation(String text, int i) {
        int j = i;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        return i - j >= 1 && i - j <= 3 && Character.isUpperCase(text.charAt(j))
                && (j == 0 || !Character.isLetterOrDigit(text.charAt(j - 1)) && text.charAt(j - 1) != '.');
    }

    /** The distinct terms. */
    Set<String> termSet() {
        return new TreeSet<>(terms);
    }
}

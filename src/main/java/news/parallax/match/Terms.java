package news.parallax.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
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
 */
record Terms(List<String> terms, Set<String> numbers, Set<String> names, List<String> words, Set<String> negatedTerms) {

    static final String FIELD = "t";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\u2019.,-][\\p{L}\\p{N}]+)*");
    // what ends a clause: a comma, semicolon or colon before a space, a bracket, a dash, a sentence's end
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?](?=\\s)|\\.(?=\\s)|[()\\[\\]\\u2013\\u2014]|\\s-\\s");

    Terms {
        terms = List.copyOf(terms);
        numbers = Collections.unmodifiableSet(new TreeSet<>(numbers));
        names = Collections.unmodifiableSet(new TreeSet<>(names));
        words = List.copyOf(words);
        negatedTerms = Collections.unmodifiableSet(new TreeSet<>(negatedTerms));
    }

    /** Analyses {@code text} with {@code analyzer}. */
    static Terms of(String text, Analyzer analyzer) {
        List<String> terms = new ArrayList<>();
        Set<String> numbers = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        Set<String> negatedTerms = new TreeSet<>();
        List<int[]> negatedClauses = negatedClauses(text);
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
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new Terms(terms, numbers, names, words(text), negatedTerms);
    }

    /** The start and end offsets of the clauses of {@code text} that hold a negation. */
    private static List<int[]> negatedClauses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = CLAUSE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = m.find() ? m.end() : text.length();
            if (Similarity.negated(words(text.substring(start, end)))) {
                out.add(new int[] {start, end});
            }
            start = end;
        }
        return out;
    }

    /** The words of {@code text} as written, lower-cased, without punctuation. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        }
        return out;
    }

    // a name: a capitalised word that does not open the statement or a sentence (a period after a title or
    // an initial does not end one), or a word in capitals
    private static boolean isName(String text, int start, int end) {
        if (start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        String word = text.substring(start, Math.min(end, text.length()));
        if (word.length() > 1 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201c\u2018([".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && (".!?:".indexOf(text.charAt(i)) < 0 || text.charAt(i) == '.' && abbreviation(text, i));
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

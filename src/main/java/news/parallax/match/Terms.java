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
 */
record Terms(List<String> terms, Set<String> numbers, Set<String> names, List<String> words) {

    static final String FIELD = "t";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\u2019.,-][\\p{L}\\p{N}]+)*");

    Terms {
        terms = List.copyOf(terms);
        numbers = Collections.unmodifiableSet(new TreeSet<>(numbers));
        names = Collections.unmodifiableSet(new TreeSet<>(names));
        words = List.copyOf(words);
    }

    /** Analyses {@code text} with {@code analyzer}. */
    static Terms of(String text, Analyzer analyzer) {
        List<String> terms = new ArrayList<>();
        Set<String> numbers = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
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
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return new Terms(terms, numbers, names, words(text));
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

    // a name: a capitalised word that does not open the statement or a sentence, or a word in capitals
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
        return i >= 0 && ".!?:".indexOf(text.charAt(i)) < 0;
    }

    /** The distinct terms. */
    Set<String> termSet() {
        return new TreeSet<>(terms);
    }
}

package news.parallax.match;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer chain for news statements, composed from Lucene parts:
 *
 * <pre>
 * acronym expansions -> acronym (MappingCharFilter, per story)
 * an acronym's variant one letter apart -> the acronym (PatternReplaceCharFilter, per story)
 * "50,000" / "50 000" -> "50000"  (PatternReplaceCharFilter)
 * "e-mail" -> "email", "co-operate" -> "cooperate" (PatternReplaceCharFilter)
 * StandardTokenizer -> EnglishPossessiveFilter -> LowerCaseFilter -> ASCIIFoldingFilter ("Peña" / "Pena",
 *   "café" / "cafe": outlets that drop an accent) -> NumberWordFilter
 *   -> StopFilter (Lucene's English stop words) -> PorterStemFilter (each word's stem remembered: CachedStemFilter)
 * </pre>
 *
 * Offsets of the terms point into the original text (the char filters correct them).
 */
final class NewsAnalyzer extends Analyzer {

    // a thousands separator: a comma, a space or a no-break space between digit groups of three. Written
    // separator first, then the digit before it as a look-behind: the same matches as the look-behind first
    // (NewsAnalyzerTest compares them), but a search rules out most places at their first character
    static final Pattern DIGIT_GROUP = Pattern.compile("[,\\u00a0\\u202f ](?<=\\d[,\\u00a0\\u202f ])(?=\\d{3}(?!\\d))");
    // a hyphen between two letters joins them: hyphenated and solid spellings give one term (hyphen first,
    // as above)
    static final Pattern HYPHEN = Pattern.compile("[-\\u2010\\u2011](?<=\\p{L}[-\\u2010\\u2011])(?=\\p{L})");

    private final Acronyms acronyms;
    /** The same chain without the digit-group and hyphen filters, for texts they leave as they are; null in it. */
    private final NewsAnalyzer plain;

    NewsAnalyzer(Acronyms acronyms) {
        this.acronyms = acronyms;
        this.plain = new NewsAnalyzer(acronyms, null);
    }

    private NewsAnalyzer(Acronyms acronyms, NewsAnalyzer plain) {
        this.acronyms = acronyms;
        this.plain = plain;
    }

    /**
     * This analyzer, or for a text with no hyphen and no digit group (most statements) the same chain
     * without the two filters that would find nothing to replace in it: the same terms and offsets, without
     * copying the text twice through a regular expression. Acronym expansions put only letters (and
     * "&amp;") in place of words that start with a capital, so they create no hyphen and no digit group.
     */
    NewsAnalyzer forText(String text) {
        if (plain == null) {
            return this;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return this;
            }
            if ((c == ',' || c == ' ' || c == '\u00a0' || c == '\u202f') && i > 0 && isDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && isDigit(text.charAt(i + 1))) {
                return this;
            }
        }
        return plain;
    }

    // a digit as the digit-group pattern reads one (0-9)
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        Reader r = reader;
        if (!acronyms.isEmpty()) {
            r = new MappingCharFilter(acronyms.charMap(), r);
            for (Map.Entry<Pattern, String> v : acronyms.variantPatterns().entrySet()) {
                r = new PatternReplaceCharFilter(v.getKey(), v.getValue(), r);
            }
        }
        if (plain == null) {
            return r;
        }
        r = new PatternReplaceCharFilter(DIGIT_GROUP, "", r);
        return new PatternReplaceCharFilter(HYPHEN, "", r);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = new EnglishPossessiveFilter(source);
        chain = new LowerCaseFilter(chain);
        chain = new ASCIIFoldingFilter(chain);
        chain = new NumberWordFilter(chain);
        chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        chain = new CachedStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }
}

package news.parallax.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms a search index is built from: text through the same analyzer chain as matching
 * ({@link NewsAnalyzer}, without a story's acronyms): standard tokens, possessives dropped, lower case,
 * number words as digits, stop words removed, Porter stems. Used by the site's search index so that
 * the render package needs no Lucene of its own. Thread-safe.
 */
public final class SearchTerms {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(Acronyms.none());

    private SearchTerms() {}

    /** The analysed terms of {@code text}, in order, repeats kept. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = ANALYZER.forText(text).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return terms;
    }
}

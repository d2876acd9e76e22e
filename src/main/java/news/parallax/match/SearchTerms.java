package news.parallax.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Per thread: the statement texts of the story the thread clustered last, when that story spells out no
     * acronym (its analyzer is then this chain), with their terms ({@link Terms#terms}): the same terms
     * {@link #terms} gives them, already made. Replaced for each story ({@link #analysed}).
     */
    private static final ThreadLocal<Map<String, List<String>>> ANALYSED = ThreadLocal.withInitial(HashMap::new);

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

    /**
     * Remembers, for this thread, the terms of a story's statement texts when they were analysed with this
     * chain ({@code acronymFree}: the story spells out no acronym); otherwise forgets the last story's.
     */
    static void analysed(List<String> texts, List<Terms> terms, boolean acronymFree) {
        Map<String, List<String>> known = ANALYSED.get();
        known.clear();
        if (acronymFree) {
            for (int i = 0; i < texts.size(); i++) {
                known.putIfAbsent(texts.get(i), terms.get(i).terms());
            }
        }
    }

    /** A new {@link Entries}, for the search index of one story, on this thread. */
    public static Entries entries() {
        return new Entries(ANALYSED.get());
    }

    /**
     * The terms of search entries, each a text and a detail: {@link #terms}{@code (text + " " + detail)},
     * the same list, with less analysis. Where the space between them cannot join or part anything (the
     * text does not end with a digit or a number, the detail starts with an ASCII letter or digit) the terms
     * of the whole are the text's followed by the detail's: a text's terms are taken from the statements
     * the thread has just clustered when it is one of them ({@link #analysed}), and each distinct detail (a
     * speaker and outlets, repeated from entry to entry) is analysed once. Not thread-safe: one per index.
     */
    public static final class Entries {
        private final Map<String, List<String>> known;
        private final Map<String, List<String>> details = new HashMap<>();

        private Entries(Map<String, List<String>> known) {
            this.known = known;
        }

        /** {@link SearchTerms#terms}{@code (text + " " + detail)}. */
        public List<String> terms(String text, String detail) {
            if (!apart(text, detail)) {
                return SearchTerms.terms(text + " " + detail);
            }
            List<String> head = known.get(text);
            if (head == null) {
                head = SearchTerms.terms(text);
            }
            // a number at the text's end would take a scale word at the detail's start ("5" "million")
            if (!head.isEmpty() && NumberWordFilter.value(head.get(head.size() - 1)) != null) {
                return SearchTerms.terms(text + " " + detail);
            }
            List<String> tail = details.get(detail);
            if (tail == null) {
                tail = SearchTerms.terms(detail);
                details.put(detail, tail);
            }
            List<String> out = new ArrayList<>(head.size() + tail.size());
            out.addAll(head);
            out.addAll(tail);
            return out;
        }

        /**
         * Whether the space between text and detail surely only parts two tokens: a word break on both sides
         * (it is followed by an ASCII letter or digit, so nothing attaches to it), no digit group across it
         * (the text does not end with a digit 0-9), no hyphen to join across it.
         */
        static boolean apart(String text, String detail) {
            if (text.isEmpty() || detail.isEmpty()) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            char first = detail.charAt(0);
            return !(last >= '0' && last <= '9')
                    && (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first >= '0' && first <= '9');
        }
    }
}

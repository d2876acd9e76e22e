package news.parallax.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link PorterStemFilter}, with each word's stem remembered: the same terms, each word stemmed
 * once per thread rather than once per occurrence (the stemmer was about a twentieth of a large build's CPU:
 * the matcher's terms and the site's search index analyse the same words again and again). A stem depends on
 * the word alone ({@code PorterStemFilter} stems each term by itself, unless it is marked a keyword, which
 * nothing in {@link NewsAnalyzer}'s chain does), so a remembered stem is the stem. A word that is not in the
 * thread's table is stemmed by a {@code PorterStemFilter} of its own, over a one-term stream. The table keeps
 * up to {@value #LIMIT} words a thread and is emptied when full.
 */
final class CachedStemFilter extends TokenFilter {

    static final int LIMIT = 50_000;

    /** Each thread's words and their stems (the analyzer's filters are per thread already; the table outlives them). */
    private static final ThreadLocal<Stems> STEMS = ThreadLocal.withInitial(Stems::new);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    /**
     * The table of the thread that made this filter: an analyzer's filters are made and used by one thread
     * (its reuse strategy keeps them per thread), so that is the thread that uses it; one look-up, not one a token.
     */
    private final Stems stems = STEMS.get();

    CachedStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] stem = stems.of(term.buffer(), term.length());
        if (stem != null) {
            term.copyBuffer(stem, 0, stem.length);
        }
        return true;
    }

    /** The stem of the word of {@code length} characters in {@code word} as {@link PorterStemFilter} makes it. */
    static String stem(char[] word, int length) {
        char[] stem = new Stems().of(word, length);
        return stem == null ? new String(word, 0, length) : new String(stem);
    }

    /** One thread's table, and a Porter filter over a one-term stream for the words it lacks. */
    private static final class Stems {
        /** A word's stem, or this array when the stem is the word itself. */
        private static final char[] SAME = new char[0];

        private final CharArrayMap<char[]> known = new CharArrayMap<>(1024, false);
        private final OneTerm one = new OneTerm();
        private final PorterStemFilter porter = new PorterStemFilter(one);

        Stems() {
            try {
                porter.reset();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no input to read
            }
        }

        /** The stem of the word, or null when it is the word itself. */
        char[] of(char[] word, int length) {
            char[] stem = known.get(word, 0, length);
            if (stem == null) {
                stem = stemAnew(word, length);
                if (known.size() >= LIMIT) {
                    known.clear();
                }
                known.put(Arrays.copyOf(word, length), stem);
            }
            return stem == SAME ? null : stem;
        }

        private char[] stemAnew(char[] word, int length) {
            one.term.copyBuffer(word, 0, length);
            one.ready = true;
            try {
                if (!porter.incrementToken()) {
                    throw new IllegalStateException("the one-term stream gave no term");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no input to read
            }
            char[] stem = Arrays.copyOf(one.term.buffer(), one.term.length());
            return Arrays.equals(stem, 0, stem.length, word, 0, length) ? SAME : stem;
        }
    }

    /** A stream of the one term set in it before each call. */
    private static final class OneTerm extends TokenStream {
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        boolean ready;

        @Override
        public boolean incrementToken() {
            boolean was = ready;
            ready = false;
            return was;
        }
    }
}

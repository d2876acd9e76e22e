package news.parallax.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Tokens with offsets and part-of-speech tags, by OpenNLP's English tokenizer and tagger. Thread-safe:
 * the models are shared, each thread gets its own tokenizer and tagger.
 *
 * <p>Bounded on any input: the tokenizer reads each whitespace-separated word on its own (its cost
 * grows with the square of a word's length), so the text is handed to it in pieces cut at whitespace,
 * and a word longer than {@value #MAX_WORD} characters (no news word is) is cut into pieces of that
 * length; a "sentence" of more than {@value #MAX_TAGGED} tokens is tagged in windows of that many.
 * Text of ordinary sentences is tokenized and tagged exactly as a whole.
 *
 * <p>Each thread remembers the tokens of the last {@value #REMEMBERED} texts it tagged (of at most
 * {@value #MAX_REMEMBERED} characters), keyed by the text itself: the quote finder and the claim
 * finder read the same sentences of a story on the same worker, and the tokens of a text depend on
 * nothing but its characters, so the second reading costs a lookup and returns what tagging again
 * would.
 */
public final class Tagger {

    /** The longest run of non-whitespace the tokenizer sees at once. */
    static final int MAX_WORD = 100;
    /** The most characters handed to the tokenizer at once (cut at whitespace). */
    static final int MAX_PIECE = 2_000;
    /** The most tokens the tagger tags as one sentence. */
    static final int MAX_TAGGED = 400;
    /** Texts whose tokens each thread remembers. */
    static final int REMEMBERED = 1_024;
    /** The longest text whose tokens are remembered. */
    static final int MAX_REMEMBERED = 2_000;

    private final ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(Models.tokens()));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(Models.greedyTags()));
    private final ThreadLocal<Map<String, List<Token>>> remembered = ThreadLocal.withInitial(Recent::new);

    private static final Tagger STANDARD = new Tagger();

    private Tagger() {}

    /** The standard tagger, shared (so that its threads' remembered tokens serve every caller). */
    public static Tagger standard() {
        return STANDARD;
    }

    /**
     * Reads the tokenizer's and the tagger's models now (once per JVM), so that the first sentence does
     * not wait for them: for a warm-up thread.
     */
    public static void preload() {
        Models.tokens();
        Models.greedyTags();
    }

    /** The tagged tokens of {@code text} between {@code start} and {@code end} (best: one sentence); unmodifiable. */
    public List<Token> tag(String text, int start, int end) {
        if (end - start > MAX_REMEMBERED) {
            return List.copyOf(tagAnew(text, start, end));
        }
        String part = text.substring(start, end);
        Map<String, List<Token>> recent = remembered.get();
        List<Token> tokens = recent.get(part);
        if (tokens == null) {
            tokens = List.copyOf(tagAnew(part, 0, part.length()));
            recent.put(part, tokens);
        }
        if (start == 0) {
            return tokens;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(new Token(start + t.start(), start + t.end(), t.text(), t.tag()));
        }
        return Collections.unmodifiableList(out);
    }

    private List<Token> tagAnew(String text, int start, int end) {
        List<int[]> spans = new ArrayList<>();
        int s = start;
        while (s < end) {
            int e = pieceEnd(text, s, end);
            String part = text.substring(s, e);
            for (Span span : tokenizer.get().tokenizePos(part)) {
                spans.add(new int[] {s + span.getStart(), s + span.getEnd()});
            }
            s = e;
        }
        List<Token> out = new ArrayList<>(spans.size());
        for (int from = 0; from < spans.size(); from += MAX_TAGGED) {
            int to = Math.min(spans.size(), from + MAX_TAGGED);
            String[] words = new String[to - from];
            for (int i = from; i < to; i++) {
                words[i - from] = text.substring(spans.get(i)[0], spans.get(i)[1]);
            }
            String[] tags = tagger.get().tag(words);
            for (int i = from; i < to; i++) {
                out.add(new Token(spans.get(i)[0], spans.get(i)[1], words[i - from], tags[i - from]));
            }
        }
        return out;
    }

    /** A map that forgets the least recently used entry beyond {@link #REMEMBERED}. */
    private static final class Recent extends LinkedHashMap<String, List<Token>> {
        private static final long serialVersionUID = 1L;

        Recent() {
            super(256, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Token>> eldest) {
            return size() > REMEMBERED;
        }
    }

    /**
     * Where the piece of text starting at {@code start} ends: at {@code end} when the rest is short and
     * has no over-long word, else after the last whitespace before {@link #MAX_PIECE} characters, or
     * after {@link #MAX_WORD} characters of a word that long.
     */
    static int pieceEnd(String text, int start, int end) {
        int limit = (int) Math.min(end, (long) start + MAX_PIECE);
        int lastSpace = -1;
        int run = 0;
        for (int i = start; i < limit; i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                lastSpace = i + 1;
                run = 0;
            } else if (++run > MAX_WORD) {
                int wordStart = i - run + 1;
                return wordStart > start ? wordStart : keepPairs(text, i, start);
            }
        }
        if (limit == end) {
            return end;
        }
        return lastSpace > start ? lastSpace : keepPairs(text, limit, start);
    }

    /** {@code cut}, moved back one when it would split a surrogate pair (never to {@code start}). */
    private static int keepPairs(String text, int cut, int start) {
        return cut - 1 > start && Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))
                ? cut - 1 : cut;
    }
}

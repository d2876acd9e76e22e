package news.parallax.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.StringUtil;

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
 *
 * <p>OpenNLP's tokenizer decides, word by word (whitespace-separated), where to split a word ("said,"
 * -> "said" ","; "U.S." stays whole), and a word's tokens depend on that word alone: the tagger
 * remembers, for all threads, the tokens of the first {@value #WORDS} words it split (of at most
 * {@value #MAX_REMEMBERED_WORD} characters). Words recur in any English text, so most words of a new
 * article (nine in ten in the BASIL articles) are split without the model, with the same result
 * whichever thread split them first. A new word is split by {@link WordSplitter}, which asks the
 * tokenizer's model the same questions with the features' weights found per character. In front of
 * that shared map, each thread keeps the words it met last in {@value #RECENT_WORDS} slots by hash:
 * the frequent words of any text are found there, without the shared map's look-up.
 *
 * <p>The tagger's beam search is replaced by {@link GreedySearch}, which gives the same tags.
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
    /** Texts tagged last on each thread whose tags a part of them can take (see {@link GreedySearch.Known}). */
    static final int LATEST = 4;
    /** Words whose tokens the tagger remembers (about 10 MB). */
    static final int WORDS = 100_000;
    /** The longest word whose tokens are remembered. */
    static final int MAX_REMEMBERED_WORD = 64;
    /** Slots of each thread's cache of recent words' tokens, in front of the shared one (a power of two). */
    static final int RECENT_WORDS = 1 << 14;

    private final ThreadLocal<WordSplitter> splitter = ThreadLocal.withInitial(() -> WordSplitter.of(Models.tokens()));
    private final ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(Models.greedyTags()));
    private final ThreadLocal<Map<String, List<Token>>> remembered = ThreadLocal.withInitial(() -> new Lru<>(REMEMBERED));
    private final ThreadLocal<Deque<Tagged>> latest = ThreadLocal.withInitial(ArrayDeque::new);
    private final Map<String, Split> words = new ConcurrentHashMap<>(1 << 16);
    private final ThreadLocal<Recent> recentWords = ThreadLocal.withInitial(Recent::new);
    /** The weights of the features of the one-character ASCII tokens, found on first use. */
    private final PosFeatures.Word[] asciiWords = new PosFeatures.Word[128];
    /** The one-character tokens of ASCII, each one string for all (the common punctuation). */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private static final Tagger STANDARD = new Tagger();

    private Tagger() {}

    /** The standard tagger, shared (so that its threads' remembered tokens serve every caller). */
    public static Tagger standard() {
        return STANDARD;
    }

    /**
     * Reads the sentence detector's, the tokenizer's and the tagger's models now (once per JVM), in the
     * order a story needs them, so that the first sentence does not wait for them: for a warm-up thread.
     */
    public static void preload() {
        Models.sentences();
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
        Deque<Tagged> last = latest.get();
        if (last.isEmpty() || last.peekFirst().text() != part) {
            last.addFirst(new Tagged(part, tokens));
            if (last.size() > LATEST) {
                last.removeLast();
            }
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
        Spans spans = new Spans();
        int s = start;
        while (s < end) {
            int e = pieceEnd(text, s, end);
            tokenize(text, s, e, spans);
            s = e;
        }
        List<Token> out = new ArrayList<>(spans.size);
        for (int from = 0; from < spans.size; from += MAX_TAGGED) {
            int to = Math.min(spans.size, from + MAX_TAGGED);
            String[] tokens = new String[to - from];
            for (int i = from; i < to; i++) {
                tokens[i - from] = spans.text(i);
            }
            // the model knows contractions and possessives with a straight apostrophe ("he'd", "I'm"): it read
            // "he’d" as punctuation and "I’m" as a name; the tokens keep the text's own apostrophe
            String[] plain = plainApostrophes(tokens);
            GreedySearch.Known known = from == 0 && to == spans.size && start == 0 && end == text.length()
                    ? known(text, spans) : null;
            PosFeatures features = posFeatures();
            Object[] hint;
            if (features != null) {
                PosFeatures.Word[] words = new PosFeatures.Word[to - from];
                for (int i = from; i < to; i++) {
                    words[i - from] = plain[i - from] == tokens[i - from] ? spans.word(i, features)
                            : features.word(plain[i - from]);
                }
                hint = new Object[] {new GreedySearch.Words(features, words, known)};
            } else {
                hint = known == null ? null : new Object[] {known};
            }
            String[] tags = tagger.get().tag(plain, hint);
            for (int i = from; i < to; i++) {
                out.add(new Token(spans.start(i), spans.end(i), tokens[i - from], tags[i - from]));
            }
        }
        return out;
    }

    /** The endings after the apostrophe of a contraction that {@link #plainApostrophes} makes straight. */
    private static final Set<String> CONTRACTIONS = Set.of("d", "ll", "m", "re", "ve", "t");

    /**
     * {@code tokens} with the right single quotation mark of a contraction made a straight apostrophe ("he’d",
     * "I’m", "they’ll", "we’ve", "you’re", "don’t"; not "’s", which the model reads right as a possessive and
     * as "is" only with a straight mark where it is a possessive): the same array when there is none, else a
     * copy in which only those tokens are new strings.
     */
    static String[] plainApostrophes(String[] tokens) {
        String[] out = tokens;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            int a = t.indexOf('\u2019');
            if (a <= 0 || !Character.isLetter(t.charAt(a - 1)) || !CONTRACTIONS.contains(t.substring(a + 1).toLowerCase(Locale.ROOT))
                    || t.endsWith("t") && Character.toLowerCase(t.charAt(a - 1)) != 'n') {
                continue;
            }
            if (out == tokens) {
                out = tokens.clone();
            }
            out[i] = t.replace('\u2019', '\'');
        }
        return out;
    }

    /**
     * The tokens of the piece {@code text[start, end)}, as OpenNLP's tokenizer finds them: it cuts the
     * piece at whitespace (its own definition: also no-break spaces) and then decides, word by word,
     * where to split a word ("said," -> "said" ","); each word's tokens depend on that word alone, so
     * they are remembered per word.
     */
    private void tokenize(String text, int start, int end, Spans out) {
        TextKey key = new TextKey();
        Recent recent = recentWords.get();
        int i = start;
        while (i < end) {
            while (i < end && isWhitespace(text.charAt(i))) {
                i++;
            }
            int w = i;
            int hash = 0; // the word's String.hashCode, found as it is read
            while (i < end) {
                char c = text.charAt(i);
                if (isWhitespace(c)) {
                    break;
                }
                hash = 31 * hash + c;
                i++;
            }
            if (i - w == 1) {
                char c = text.charAt(w);
                if (c < ASCII.length) {
                    out.add(w, i, ASCII[c], asciiWord(c));
                } else {
                    out.add(w, i, String.valueOf(c), null);
                }
            } else if (i > w) {
                Split split = i - w <= MAX_REMEMBERED_WORD ? wordTokens(text, w, i, hash, key, recent) : split(text.substring(w, i));
                int[] bounds = split.bounds;
                PosFeatures.Word[] features = split.features;
                for (int k = 0; k < split.tokens.length; k++) {
                    out.add(w + bounds[2 * k], w + bounds[2 * k + 1], split.tokens[k], features == null ? null : features[k]);
                }
            }
        }
    }

    /**
     * The tokens of the word {@code text[w, i)}, whose hash ({@link String#hashCode}) is {@code h}: from this thread's recent words, else from the words
     * remembered for all threads, else split now (and remembered). A word's tokens depend on the word alone,
     * so wherever they are found they are the same.
     */
    private Split wordTokens(String text, int w, int i, int h, TextKey key, Recent recent) {
        key.of(text, w, i, h);
        int slot = (h ^ (h >>> 16)) & (RECENT_WORDS - 1);
        Split split;
        if (recent.hashes[slot] == h) {
            split = recent.splits[slot];
            if (split != null && split.word.length() == i - w && split.word.regionMatches(0, text, w, i - w)) {
                return split;
            }
        }
        split = words.get(key);
        if (split == null) {
            split = split(text.substring(w, i));
            if (words.size() < WORDS) {
                Split first = words.putIfAbsent(split.word, split);
                split = first == null ? split : first;
            }
        }
        recent.splits[slot] = split;
        recent.hashes[slot] = h;
        return split;
    }

    /**
     * {@link StringUtil#isWhitespace} (the tokenizer's whitespace), answered at once for the printable ASCII
     * characters, none of which is whitespace, and for the common letters and punctuation past ASCII.
     */
    static boolean isWhitespace(char c) {
        return c == ' ' || (c < ' ' || c >= '\u007f') && !isNeverWhitespace(c) && StringUtil.isWhitespace(c);
    }

    /**
     * {@link Character#isWhitespace(char)}, answered at once for the space and the printable ASCII
     * characters (none of which but the space is whitespace), and for the common letters and punctuation
     * past ASCII.
     */
    static boolean isJavaWhitespace(char c) {
        return c == ' ' || (c < ' ' || c >= '\u007f') && !isNeverWhitespace(c) && Character.isWhitespace(c);
    }

    /**
     * True for characters past ASCII that are neither whitespace nor space separators (so no whitespace
     * of Java's or of the tokenizer's): from U+00A1 to U+167F and from U+200B to U+2027, where the
     * punctuation of news text lies (dashes, curly quotes and apostrophes, accented letters).
     */
    private static boolean isNeverWhitespace(char c) {
        return c > '\u00a0' && c < '\u1680' || c > '\u200a' && c < '\u2028';
    }

    /** The tokens of one word (no whitespace) by OpenNLP's tokenizer. */
    private Split split(String word) {
        int[] bounds = splitter.get().split(word);
        String[] tokens = new String[bounds.length / 2];
        for (int k = 0; k < tokens.length; k++) {
            tokens[k] = word.substring(bounds[2 * k], bounds[2 * k + 1]);
        }
        PosFeatures features = posFeatures();
        return new Split(word, bounds, tokens, features == null ? null : features.words(tokens));
    }

    /**
     * The tagger's features per word ({@link PosFeatures}), or null when its model's are not found per word.
     */
    private static PosFeatures posFeatures() {
        return Models.posFeatures();
    }

    /** The weights of the features of the one-character token {@code c} (ASCII), found once. */
    private PosFeatures.Word asciiWord(char c) {
        PosFeatures.Word w = asciiWords[c];
        if (w == null) {
            PosFeatures features = posFeatures();
            if (features == null) {
                return null;
            }
            // a word's fields are final: another thread that reads it here sees it whole
            w = features.word(ASCII[c]);
            asciiWords[c] = w;
        }
        return w;
    }

    /**
     * The tokens of a word: the word, its hash, their offsets in it (start and end in turn), their text
     * and the weights of their features for the tagger (null when its features are not found per word).
     */
    private static final class Split {
        final String word;
        final int hash;
        final int[] bounds;
        final String[] tokens;
        final PosFeatures.Word[] features;

        Split(String word, int[] bounds, String[] tokens, PosFeatures.Word[] features) {
            this.word = word;
            this.hash = word.hashCode();
            this.bounds = bounds;
            this.tokens = tokens;
            this.features = features;
        }
    }

    /**
     * A thread's splits of recent words, each in the slot of its hash (a later word of the same slot takes
     * its place): most words of a text are frequent ones, found here without a look-up in the shared map.
     */
    private static final class Recent {
        final Split[] splits = new Split[RECENT_WORDS];
        /** The hash of each slot's word (its {@link String#hashCode}), read before the split itself. */
        final int[] hashes = new int[RECENT_WORDS];
    }

    /**
     * The tags of the same words in a text tagged just before on this thread that contains {@code part}
     * (the sentence of a clause), for {@link GreedySearch}; null if there is none.
     */
    private GreedySearch.Known known(String part, Spans spans) {
        int size = spans.size;
        if (size == 0) {
            return null;
        }
        for (Tagged whole : latest.get()) {
            List<Token> tokens = whole.tokens();
            if (whole.text().length() <= part.length() || tokens.size() > MAX_TAGGED) {
                continue;
            }
            for (int at = whole.text().indexOf(part); at >= 0; at = whole.text().indexOf(part, at + 1)) {
                int from = firstAt(tokens, at + spans.start(0));
                if (from >= 0 && from + size <= tokens.size() && sameTokens(tokens, from, spans, at)) {
                    String[] tags = new String[size];
                    for (int j = 0; j < size; j++) {
                        tags[j] = tokens.get(from + j).tag();
                    }
                    return new GreedySearch.Known(tags, from, tokens.size());
                }
            }
        }
        return null;
    }

    /** The index of the token starting at {@code offset}, or -1. */
    private static int firstAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s < offset) {
                lo = mid + 1;
            } else if (s > offset) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Whether {@code tokens} from {@code from} are {@code spans} moved by {@code shift} (so the same words). */
    private static boolean sameTokens(List<Token> tokens, int from, Spans spans, int shift) {
        for (int j = 0; j < spans.size; j++) {
            Token t = tokens.get(from + j);
            if (t.start() != shift + spans.start(j) || t.end() != shift + spans.end(j)) {
                return false;
            }
        }
        return true;
    }

    /** A text and its tokens. */
    private record Tagged(String text, List<Token> tokens) {}

    /**
     * Token offsets, start and end in turn, texts and the weights of their features (null where not
     * found yet), in growing arrays.
     */
    private static final class Spans {
        private int[] bounds = new int[64];
        private String[] texts = new String[32];
        private PosFeatures.Word[] words = new PosFeatures.Word[32];
        private int size;

        void add(int start, int end, String text, PosFeatures.Word word) {
            if (2 * size + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, 2 * bounds.length);
                texts = Arrays.copyOf(texts, bounds.length / 2);
                words = Arrays.copyOf(words, bounds.length / 2);
            }
            bounds[2 * size] = start;
            bounds[2 * size + 1] = end;
            texts[size] = text;
            words[size] = word;
            size++;
        }

        /** The weights of token {@code i}'s features, looked up in {@code features} if not found yet. */
        PosFeatures.Word word(int i, PosFeatures features) {
            PosFeatures.Word w = words[i];
            return w != null ? w : features.word(texts[i]);
        }

        int start(int i) {
            return bounds[2 * i];
        }

        int end(int i) {
            return bounds[2 * i + 1];
        }

        String text(int i) {
            return texts[i];
        }
    }

    /** A map that forgets the least recently used entry beyond a capacity. */
    private static final class Lru<V> extends LinkedHashMap<String, V> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        Lru(int capacity) {
            super(256, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > capacity;
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
            if (isJavaWhitespace(text.charAt(i))) {
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

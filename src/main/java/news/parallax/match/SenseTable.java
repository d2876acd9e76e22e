package news.parallax.match;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What {@link Synonyms} needs of WordNet, worked out once at build time ({@link SenseTableBuilder}, run
 * by Maven from the WordNet 3.1 data of Maven Central) and read at run time in one go: every string a
 * word's senses are made of ({@code n01234567} for a synset, {@code w:lemma} for a lemma), numbered, and
 * for every word WordNet can answer (after its morphology: "announced" is answered as "announce"), the
 * numbers of its senses. Reading it is one read of a few arrays, where opening the dictionary read and
 * parsed 37 MB of text files; a lookup is a binary search, where WordNet parsed index and data lines.
 *
 * <p>Layout of {@value #RESOURCE} (big-endian ints): the magic number and version; the words, then the
 * lemmas that are not words of the table (without their {@code w:}), each sorted (so a string's number
 * is found by binary search) as: count, start of each in the text and the text's length, the ASCII
 * text; the synsets' codes, sorted ({@link #code}); for each word the number of its list of senses;
 * the count of lists, the start of each list and the end of the last, and the lists (words with the
 * same senses share a list). A word's own lemma has the word's number. Immutable and thread-safe.
 */
final class SenseTable {

    static final String RESOURCE = "wordnet-senses.bin";
    static final int MAGIC = 0x50585745; // "PXWE"
    static final int VERSION = 2;
    /** The keys of WordNet's parts of speech, in the order of their number in a synset's code. */
    static final String POS_KEYS = "nvar";
    /** A synset's code: the number of its part of speech times this, plus its offset. */
    static final int POS_CODE = 1 << 28;

    private static final int[] NONE = new int[0];

    private final ByteBuffer data;
    /** The bytes of {@link #data}: a look-up reads them directly (a buffer's reads check bounds and byte order each). */
    private final byte[] bytes;
    private final Part words;
    private final Part lemmas;
    private final int synsetCount;
    private final int synsets;
    private final int listOf;
    private final int listStart;
    private final int lists;

    private SenseTable(ByteBuffer data) {
        this.data = data;
        this.bytes = data.array();
        if (data.arrayOffset() != 0) {
            throw new IllegalArgumentException("a sense table reads a whole array");
        }
        if (data.getInt(0) != MAGIC || data.getInt(4) != VERSION) {
            throw new IllegalStateException("news/parallax/match/" + RESOURCE + " is not a sense table of version "
                    + VERSION + ": rebuild with Maven");
        }
        words = new Part(data, 8);
        lemmas = new Part(data, words.end);
        synsetCount = data.getInt(lemmas.end);
        synsets = lemmas.end + 4;
        listOf = synsets + 4 * synsetCount;
        int listCount = data.getInt(listOf + 4 * words.count);
        listStart = listOf + 4 * words.count + 4;
        lists = listStart + 4 * (listCount + 1);
    }

    private static final class Holder {
        static final SenseTable STANDARD = read();
    }

    /** The table in the jar, read on first use. */
    static SenseTable standard() {
        return Holder.STANDARD;
    }

    private static SenseTable read() {
        try (InputStream in = SenseTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource news/parallax/match/" + RESOURCE
                        + " (made by the Maven build from the WordNet data: run mvn package)");
            }
            return new SenseTable(ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read news/parallax/match/" + RESOURCE, e);
        }
    }

    /** Whether the table answers for {@code word}: a word of letters a-z only (any other word has no entry). */
    static boolean holds(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** How many strings are numbered: their numbers are 0 to {@code size() - 1}. */
    int size() {
        return words.count + lemmas.count + synsetCount;
    }

    /**
     * The number of {@code s} (a lemma {@code w:...} or a synset id such as {@code n1234567}), or -1.
     * The lemmas that are words of the table are numbered as the words, the others after them, and the
     * synsets after those.
     */
    int id(String s) {
        if (s.startsWith("w:")) {
            String lemma = s.substring(2);
            int k = holds(lemma) ? words.find(bytes, lemma) : -1;
            if (k >= 0) {
                return k;
            }
            int i = lemmas.find(bytes, lemma);
            return i < 0 ? -1 : words.count + i;
        }
        int code = code(s);
        if (code < 0) {
            return -1;
        }
        int lo = 0;
        int hi = synsetCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = data.getInt(synsets + 4 * mid);
            if (c < code) {
                lo = mid + 1;
            } else if (c > code) {
                hi = mid - 1;
            } else {
                return words.count + lemmas.count + mid;
            }
        }
        return -1;
    }

    /** The string numbered {@code id}. */
    String string(int id) {
        if (id < 0 || id >= size()) {
            throw new IllegalArgumentException("no string numbered " + id);
        }
        if (id < words.count) {
            return "w:" + words.text(data, id);
        }
        if (id < words.count + lemmas.count) {
            return "w:" + lemmas.text(data, id - words.count);
        }
        int code = data.getInt(synsets + 4 * (id - words.count - lemmas.count));
        return POS_KEYS.charAt(code / POS_CODE) + Integer.toString(code % POS_CODE);
    }

    /** The code of a synset id such as {@code n1234567} (its part of speech's key, then its offset), or -1. */
    static int code(String synset) {
        if (synset.length() < 2 || synset.length() > 10 || POS_KEYS.indexOf(synset.charAt(0)) < 0) {
            return -1;
        }
        long offset = 0;
        for (int i = 1; i < synset.length(); i++) {
            char c = synset.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            offset = offset * 10 + (c - '0');
        }
        if (offset >= POS_CODE || !Long.toString(offset).equals(synset.substring(1))) {
            return -1;
        }
        return POS_KEYS.indexOf(synset.charAt(0)) * POS_CODE + (int) offset;
    }

    /**
     * The numbers of the senses of {@code word} (letters a-z only, see {@link #holds}), sorted; empty when
     * WordNet knows no sense of it. A fresh array.
     */
    int[] senses(String word) {
        return sensesOfWord(words.find(bytes, word));
    }

    /**
     * The number of {@code word} (letters a-z only, see {@link #holds}) as a word of the table, or -1: its own
     * lemma's number ({@link #id} of {@code "w:" + word}) when it is not -1.
     */
    int word(String word) {
        return words.find(bytes, word);
    }

    /**
     * {@link #id} of {@code "w:" + lemma} for a lemma that is not a word of the table ({@link #word} gave -1):
     * its number among the other lemmas, or -1.
     */
    int otherLemma(String lemma) {
        int i = lemmas.find(bytes, lemma);
        return i < 0 ? -1 : words.count + i;
    }

    /** {@link #senses} of the word numbered {@code k} by {@link #word} (-1: none, an empty array). A fresh array. */
    int[] sensesOfWord(int k) {
        if (k < 0) {
            return NONE;
        }
        int list = intAt(bytes, listOf + 4 * k);
        int from = intAt(bytes, listStart + 4 * list);
        int to = intAt(bytes, listStart + 4 * list + 4);
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = intAt(bytes, lists + 4 * (from + i));
        }
        return out;
    }

    /** The big-endian int at {@code at} (as {@link ByteBuffer#getInt(int)} of a buffer of its default order). */
    static int intAt(byte[] b, int at) {
        return b[at] << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    /** Sorted, numbered ASCII strings: count, starts (count + 1: the last is the text's length), text. */
    private static final class Part {
        final int count;
        final int starts;
        final int text;
        final int end;

        Part(ByteBuffer data, int at) {
            count = data.getInt(at);
            starts = at + 4;
            text = starts + 4 * (count + 1);
            end = text + data.getInt(starts + 4 * count);
            if (count < 0 || end > data.limit()) {
                throw new IllegalStateException("damaged sense table news/parallax/match/" + RESOURCE);
            }
        }

        /** The number of {@code s}, or -1: a binary search (the strings are in {@link String#compareTo} order). */
        int find(byte[] data, String s) {
            char[] chars = s.toCharArray(); // read at each step of the search
            int lo = 0;
            int hi = count - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(data, mid, chars);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** String {@code i} compared with {@code s}, as {@link String#compareTo} would. */
        private int compare(byte[] data, int i, char[] s) {
            int from = text + intAt(data, starts + 4 * i);
            int length = text + intAt(data, starts + 4 * i + 4) - from;
            int n = Math.min(length, s.length);
            for (int j = 0; j < n; j++) {
                int d = (data[from + j] & 0xff) - s[j];
                if (d != 0) {
                    return d;
                }
            }
            return length - s.length;
        }

        String text(ByteBuffer data, int i) {
            if (i < 0 || i >= count) {
                throw new IllegalArgumentException("no string numbered " + i);
            }
            int from = text + data.getInt(starts + 4 * i);
            int to = text + data.getInt(starts + 4 * i + 4);
            byte[] b = new byte[to - from];
            data.get(from, b);
            return new String(b, StandardCharsets.US_ASCII);
        }
    }
}

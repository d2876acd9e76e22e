package news.parallax.render;

import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * Where a page is rendered to: its UTF-8 bytes, encoded straight into one buffer as the template writes
 * each piece. The same bytes as building the page as a string and encoding it at the end, with less
 * work: no string of the page (which one curly quote widens to two bytes a character), no array per
 * piece; the templates' text comes already encoded ({@link PageNodes}), and an escaped value is escaped
 * as it is encoded. A high surrogate that ends a piece waits for the next one, so that a pair split
 * between two pieces is encoded as one character, as in the whole page; a lone surrogate becomes
 * {@code ?}, as {@link String#getBytes} makes it. One page at a time: {@link #bytes} gives the page and
 * empties the writer, which keeps its buffer for the next page. Not thread-safe.
 */
final class PageWriter extends Writer implements SpecializedWriter {
    private byte[] bytes = new byte[1 << 13];
    private int size;
    private char pending;
    /** The characters of the piece being encoded (reused). */
    private char[] chars = new char[1 << 10];

    @Override
    public void write(char[] cbuf, int offset, int length) {
        // the template's own text, when not encoded ahead, comes as characters, mostly ASCII: copied as bytes
        int ascii = 0;
        if (pending == 0) {
            ensure(length);
            while (ascii < length && cbuf[offset + ascii] < 0x80) {
                bytes[size++] = (byte) cbuf[offset + ascii];
                ascii++;
            }
        }
        if (ascii < length) {
            put(new String(cbuf, offset + ascii, length - ascii), false);
        }
    }

    @Override
    public void write(String s) {
        put(s, false);
    }

    @Override
    public void write(String s, int offset, int length) {
        write(s.substring(offset, offset + length));
    }

    @Override
    public void write(int c) {
        write(String.valueOf((char) c));
    }

    @Override
    public PageWriter append(CharSequence s) {
        write(String.valueOf(s));
        return this;
    }

    @Override
    public PageWriter append(CharSequence s, int start, int end) {
        CharSequence chars = s == null ? "null" : s;
        write(chars.subSequence(start, end).toString());
        return this;
    }

    @Override
    public PageWriter append(char c) {
        write(c);
        return this;
    }

    /** A value a template prints: escaped as it is encoded when it is {@link PageNodes.Escaped}. */
    @Override
    public void write(Object value) {
        if (value instanceof PageNodes.Escaped e) {
            put(e.text(), true);
        } else {
            SpecializedWriter.super.write(value);
        }
    }

    @Override
    public void writeSpecialized(int i) {
        write(Integer.toString(i));
    }

    @Override
    public void writeSpecialized(long l) {
        write(Long.toString(l));
    }

    @Override
    public void writeSpecialized(double d) {
        write(Double.toString(d));
    }

    @Override
    public void writeSpecialized(float f) {
        write(Float.toString(f));
    }

    @Override
    public void writeSpecialized(short s) {
        write(Short.toString(s));
    }

    @Override
    public void writeSpecialized(byte b) {
        write(Byte.toString(b));
    }

    @Override
    public void writeSpecialized(char c) {
        write(String.valueOf(c));
    }

    @Override
    public void writeSpecialized(String s) {
        write(s);
    }

    /**
     * Text already encoded in UTF-8, with no lone surrogate (a template's text: {@link PageNodes}). A
     * high surrogate left waiting has no pair in it, so it becomes {@code ?} first.
     */
    void writeUtf8(byte[] utf8) {
        ensure(utf8.length + 1);
        if (pending != 0) {
            bytes[size++] = '?';
            pending = 0;
        }
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /**
     * Appends {@code s} in UTF-8, escaped for HTML when {@code escape} is set as {@link HtmlEscaping}
     * escapes it ({@code < > & " '} as entities, nothing else).
     */
    private void put(String s, boolean escape) {
        int n = s.length();
        if (n > chars.length) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        s.getChars(0, n, chars, 0); // one copy, then array reads: cheaper than charAt per character
        put(chars, n, escape);
    }

    /** {@link #put(String, boolean)} of the first {@code n} characters of {@code c}. */
    private void put(char[] c, int n, boolean escape) {
        ensure(6 * n + 4); // "&quot;" is the most one character becomes; a pair with the one waiting, 4
        byte[] b = bytes;
        int p = size;
        int i = 0;
        if (pending != 0) {
            if (n > 0 && Character.isLowSurrogate(c[0])) {
                p = putCodePoint(b, p, Character.toCodePoint(pending, c[0]));
                i = 1;
            } else if (n > 0) {
                b[p++] = '?';
            } else {
                return; // nothing yet to pair it with
            }
            pending = 0;
        }
        boolean[] plain = escape ? PLAIN_ESCAPED : PLAIN;
        for (; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80 && plain[ch]) { // most characters: one look-up, copied as a byte
                b[p++] = (byte) ch;
            } else if (ch < 0x80) {
                if (escape && HtmlEscaping.isSpecial(ch)) {
                    p = putEntity(b, p, ch);
                } else {
                    b[p++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                b[p++] = (byte) (0xc0 | ch >> 6);
                b[p++] = (byte) (0x80 | ch & 0x3f);
            } else if (!Character.isSurrogate(ch)) {
                b[p++] = (byte) (0xe0 | ch >> 12);
                b[p++] = (byte) (0x80 | ch >> 6 & 0x3f);
                b[p++] = (byte) (0x80 | ch & 0x3f);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                p = putCodePoint(b, p, Character.toCodePoint(ch, c[i + 1]));
                i++;
            } else if (Character.isHighSurrogate(ch) && i + 1 == n) {
                pending = ch;
            } else {
                b[p++] = '?';
            }
        }
        size = p;
    }

    /** Of each ASCII character, whether it is written as its one byte (every one). */
    private static final boolean[] PLAIN = new boolean[0x80];
    /** Of each ASCII character, whether it is written as its one byte when escaping (not the five specials). */
    private static final boolean[] PLAIN_ESCAPED = new boolean[0x80];

    static {
        for (char ch = 0; ch < 0x80; ch++) {
            PLAIN[ch] = true;
            PLAIN_ESCAPED[ch] = !HtmlEscaping.isSpecial(ch);
        }
    }

    private static int putCodePoint(byte[] b, int at, int cp) {
        int p = at;
        b[p++] = (byte) (0xf0 | cp >> 18);
        b[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
        b[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
        b[p++] = (byte) (0x80 | cp & 0x3f);
        return p;
    }

    private static int putEntity(byte[] b, int at, char c) {
        String entity = switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            default -> "&#39;";
        };
        int p = at;
        for (int k = 0; k < entity.length(); k++) {
            b[p++] = (byte) entity.charAt(k);
        }
        return p;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }

    @Override
    public void flush() {
        // nothing is buffered elsewhere
    }

    @Override
    public void close() {
        // nothing to release
    }

    /** Empties the writer (keeps its buffer). */
    void reset() {
        size = 0;
        pending = 0;
    }

    /** The page's bytes: what was written since the last call, encoded in UTF-8. Empties the writer. */
    byte[] bytes() {
        if (pending != 0) {
            ensure(1);
            bytes[size++] = '?'; // a lone surrogate, as String.getBytes encodes it
            pending = 0;
        }
        byte[] page = Arrays.copyOf(bytes, size);
        reset();
        return page;
    }
}

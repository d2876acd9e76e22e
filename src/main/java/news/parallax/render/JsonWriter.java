package news.parallax.render;

import java.util.Arrays;
import java.util.Optional;

/**
 * JSON written as it goes, in the exact text {@link Json} makes with Jackson from a tree (tested against
 * it): compact, or pretty with two-space indents, {@code " : "} after a name and {@code "{ }"} /
 * {@code "[ ]"} for empty containers. Strings are escaped as Jackson escapes them by default: {@code "}
 * and {@code \}, the control characters below U+0020 ({@code \b \t \n \f \r} short, the others
 * {@code \}{@code u00XX}), nothing else. For the files each story writes (its data file, the JSON-LD of
 * its clusters, its search index), without building a tree of nodes and serialising it. Not
 * thread-safe; one document per writer.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    /** Of each ASCII character, whether a string holds it as it is: not a control, {@code "} or backslash. */
    private static final boolean[] PLAIN = new boolean[0x80];
    /** The same in a script-safe writer: nor any of {@code < > &}. */
    private static final boolean[] SCRIPT_PLAIN = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            PLAIN[c] = c >= 0x20 && c != '"' && c != '\\';
            SCRIPT_PLAIN[c] = PLAIN[c] && !JsonLd.unsafe(c);
        }
    }

    private final StringBuilder out = new StringBuilder(1 << 12);
    private final boolean pretty;
    /** Whether strings also escape what {@link JsonLd#safe} replaces (see {@link #scriptSafe}). */
    private final boolean scriptSafe;
    /** Of each open container, how many entries it has so far (index: depth). */
    private int[] entries = new int[16];
    private int depth;
    private boolean afterName;

    private JsonWriter(boolean pretty, boolean scriptSafe) {
        this.pretty = pretty;
        this.scriptSafe = scriptSafe;
    }

    /** A writer of compact JSON ({@link Json#compact}). */
    static JsonWriter compact() {
        return new JsonWriter(false, false);
    }

    /**
     * A writer of compact JSON that can sit inside a script element: the text {@link JsonLd#safe} makes of
     * {@link #compact}'s, in one pass. Only strings (names and values) can hold the five characters it
     * replaces ({@code < > &} and U+2028/9), and each is written as the same six-character escape.
     */
    static JsonWriter scriptSafe() {
        return new JsonWriter(false, true);
    }

    /** A writer of indented JSON ({@link Json#pretty}, without its final line end). */
    static JsonWriter pretty() {
        return new JsonWriter(true, false);
    }

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next entry of the object open. */
    JsonWriter name(String name) {
        entry();
        string(name);
        out.append(pretty ? " : " : ":");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) {
        entry();
        string(s);
        return this;
    }

    JsonWriter value(long n) {
        entry();
        out.append(n);
        return this;
    }

    JsonWriter value(boolean b) {
        entry();
        out.append(b);
        return this;
    }

    JsonWriter nullValue() {
        entry();
        out.append("null");
        return this;
    }

    /** The value, or null when absent. */
    JsonWriter value(Optional<String> s) {
        return s.isPresent() ? value(s.get()) : nullValue();
    }

    /** {@code "name": "s"}. */
    JsonWriter field(String name, String s) {
        return name(name).value(s);
    }

    /** {@code "name": n}. */
    JsonWriter field(String name, long n) {
        return name(name).value(n);
    }

    /** The text written (every container closed). */
    @Override
    public String toString() {
        if (depth != 0) {
            throw new IllegalStateException(depth + " JSON containers are still open");
        }
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        entry();
        out.append(bracket);
        depth++;
        if (depth == entries.length) {
            entries = Arrays.copyOf(entries, 2 * depth);
        }
        entries[depth] = 0;
        return this;
    }

    private JsonWriter close(char bracket) {
        if (depth == 0) {
            throw new IllegalStateException("no JSON container open to close with " + bracket);
        }
        int n = entries[depth--];
        if (pretty) {
            if (n > 0) {
                indent();
            } else {
                out.append(' ');
            }
        }
        out.append(bracket);
        return this;
    }

    /** Before a value or a name: the separator and indent a new entry takes (none for a named value). */
    private void entry() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth == 0) {
            return;
        }
        if (entries[depth]++ > 0) {
            out.append(',');
        }
        if (pretty) {
            indent();
        }
    }

    private void indent() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    private void string(String s) {
        out.append('"');
        boolean[] plain = scriptSafe ? SCRIPT_PLAIN : PLAIN;
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? plain[c] : !scriptSafe || !JsonLd.unsafe(c)) {
                continue; // most characters: one look-up
            }
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '<' -> out.append("\\u003c"); // these five only when script-safe
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        out.append(s, start, n).append('"');
    }
}

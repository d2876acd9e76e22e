package news.parallax.text;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A key of a map of strings that stands for {@code name + text.substring(from, to)} without making that
 * string: its hash is the string's ({@link String#hashCode}) and it equals that string. {@link Map#get}
 * finds the entry whose key {@code k} has {@code Objects.equals(key, k)}, that is {@code key.equals(k)}:
 * the entry of the string. For looking up many pieces of a text where most are found, or most are
 * absent, and a string per look-up would be made only to be dropped. Reused: a key stands for one
 * string at a time; not thread-safe.
 */
final class TextKey {
    private String name = "";
    private String text = "";
    private int from;
    private int to;
    private int hash;

    /**
     * Whether {@code map} looks its keys up as {@link Map#get} says (by the key's hash and
     * {@code key.equals(k)}), so that a text key finds the entry of its string: the hash maps of the JDK
     * do; a sorted map, for one, would compare.
     */
    static boolean fits(Map<String, ?> map) {
        Class<?> c = map.getClass();
        return c == HashMap.class || c == LinkedHashMap.class || c == ConcurrentHashMap.class;
    }

    /** This key, standing for {@code name + text.substring(from, to)} ({@code name} may be empty). */
    TextKey of(String name, String text, int from, int to) {
        int h = name.hashCode();
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        this.name = name;
        this.text = text;
        this.from = from;
        this.to = to;
        this.hash = h;
        return this;
    }

    /**
     * This key, standing for {@code text.substring(from, to)}, whose hash ({@link String#hashCode}) the
     * caller found already: {@code hash}.
     */
    TextKey of(String text, int from, int to, int hash) {
        this.name = "";
        this.text = text;
        this.from = from;
        this.to = to;
        this.hash = hash;
        return this;
    }

    /**
     * This key, standing for {@code name + text.substring(from, to)}, whose hash ({@link String#hashCode})
     * the caller found already: {@code hash}.
     */
    TextKey of(String name, String text, int from, int to, int hash) {
        this.name = name;
        this.text = text;
        this.from = from;
        this.to = to;
        this.hash = hash;
        return this;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof String s && s.length() == name.length() + to - from
                && (name.isEmpty() || s.startsWith(name)) && s.regionMatches(name.length(), text, from, to - from);
    }

    /** The string this key stands for. */
    @Override
    public String toString() {
        return name + text.substring(from, to);
    }
}

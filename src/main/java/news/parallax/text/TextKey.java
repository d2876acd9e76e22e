package news.parallax.text;

import java.util.Map;

/**
 * A key of a map of strings that stands for {@code name + text.substring(from, to)} without making that
 * string: its hash is the string's ({@link String#hashCode}) and it equals that string. {@link Map#get}
 * finds the entry whose key {@code k} has {@code Objects.equals(key, k)}, that is {@code key.equals(k)}:
 * the entry of the string. For looking up many pieces of a text where most are found, or most are
 * absent, and a string per look-up would be made only to be dropped. Reused: a key stands for one
 * string at a time; not thread-safe.
 */
final class TextKey {
    private final String name;
    private final int nameHash;
    private String text = "";
    private int from;
    private int to;
    private int hash;

    /** A key whose strings all start with {@code name} (may be empty). */
    TextKey(String name) {
        this.name = name;
        this.nameHash = name.hashCode();
    }

    /** This key, standing for {@code name + text.substring(from, to)}. */
    TextKey of(String text, int from, int to) {
        int h = nameHash;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        this.text = text;
        this.from = from;
        this.to = to;
        this.hash = h;
        return this;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof String s && s.length() == name.length() + to - from && s.startsWith(name)
                && s.regionMatches(name.length(), text, from, to - from);
    }

    /** The string this key stands for. */
    @Override
    public String toString() {
        return name + text.substring(from, to);
    }
}

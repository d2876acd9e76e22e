package news.parallax.text;

import java.util.Objects;

/**
 * A word or punctuation token: offsets [start, end) into a source's text, and its universal
 * part-of-speech tag ("PROPN", "VERB", "PRON", ...).
 */
public record Token(int start, int end, String text, String tag) {
    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token [" + start + ", " + end + ") must have 0 <= start < end");
        }
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(tag, "tag must not be null");
    }

    /** True for a proper noun (also "PROPN+PART", the tag of a possessive such as "Smith’s"). */
    public boolean proper() {
        return tag.startsWith("PROPN");
    }

    /** True when the token starts with an upper-case letter. */
    public boolean capitalized() {
        char c = text.charAt(0);
        if (c < 0x80) {
            // ASCII (most tokens): A-Z are its only upper-case letters
            return c >= 'A' && c <= 'Z';
        }
        return Character.isUpperCase(text.codePointAt(0));
    }
}

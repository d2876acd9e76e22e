package news.parallax.text;

/** A sentence: offsets [start, end) into a source's text. */
public record Sentence(int start, int end) {
    public Sentence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence [" + start + ", " + end + ") must have 0 <= start <= end");
        }
    }

    /** The sentence's text in {@code text}. */
    public String textIn(String text) {
        return text.substring(start, end);
    }
}

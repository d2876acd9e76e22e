package news.parallax.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a story, as read by ingest.
 *
 * @param id        the file name without its extension; unique within the story
 * @param file      the file's path relative to the story folder, with '/' separators
 * @param label     what pages call the source: the outlet where known, else a neutral label
 * @param outlet    the outlet, only where the text or {@code story.json} names it
 * @param headline  the headline, where one was found
 * @param byline    the byline without "By", where one was found
 * @param published the publication date or time as written (ISO 8601 where the input gave one)
 * @param url       the article's address, where given
 * @param text      the article text that all offsets index (see README: for a .json article, its "text")
 * @param blocks    the recognised parts of {@code text}, in order
 */
public record Source(
        String id,
        String file,
        String label,
        Optional<String> outlet,
        Optional<String> headline,
        Optional<String> byline,
        Optional<String> published,
        Optional<String> url,
        String text,
        List<Block> blocks) {

    public Source {
        Checks.id("source id", id);
        Checks.nonBlank("file", file);
        Checks.nonBlank("label", label);
        Objects.requireNonNull(outlet, "outlet must not be null");
        Objects.requireNonNull(headline, "headline must not be null");
        Objects.requireNonNull(byline, "byline must not be null");
        Objects.requireNonNull(published, "published must not be null");
        Objects.requireNonNull(url, "url must not be null");
        Objects.requireNonNull(text, "text must not be null");
        blocks = Checks.list("blocks", blocks);
        for (Block b : blocks) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " ends past the text of " + file
                        + " (" + text.length() + " chars)");
            }
        }
    }

    /** The body paragraphs, in order. */
    public List<Block> body() {
        return blocks.stream().filter(b -> b.kind() == Block.Kind.BODY).toList();
    }

    /** The number of words in the body (runs of letters or digits). */
    public int words() {
        int words = 0;
        for (Block b : body()) {
            boolean inWord = false;
            for (int i = b.start(); i < b.end(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019'));
            }
        }
        return words;
    }
}

package news.parallax.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quote or a factual claim found in one source.
 *
 * @param id      stable id, unique within the story
 * @param source  the id of the source it was found in
 * @param kind    quote (words inside quotation marks) or claim
 * @param text    exactly {@code source.text().substring(start, end)}
 * @param start   offset into the source text
 * @param end     offset into the source text, exclusive
 * @param speaker the speaker's id, if known
 * @param partial true for a quote of a few words inside a sentence of the writer's
 * @param verb    the reporting verb ("said", "told"), if any
 * @param score   how check-worthy a claim is, 0..1; 1 for quotes
 */
public record Statement(
        String id,
        String source,
        Kind kind,
        String text,
        int start,
        int end,
        Optional<String> speaker,
        boolean partial,
        Optional<String> verb,
        double score) {

    /** The two kinds of statement of the data contract. */
    public enum Kind {
        QUOTE, CLAIM;

        /** The name used in data files. */
        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Statement {
        Checks.id("statement id", id);
        Checks.id("statement source", source);
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Checks.span("statement " + id, start, end);
        if (end - start != text.length()) {
            throw new IllegalArgumentException("statement " + id + ": text length " + text.length()
                    + " does not match span [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(speaker, "speaker must not be null");
        Objects.requireNonNull(verb, "verb must not be null");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("statement " + id + ": score " + score + " must be in 0..1");
        }
    }
}

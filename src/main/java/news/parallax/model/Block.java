package news.parallax.model;

import java.util.Objects;

/**
 * A part of an article's text that ingest recognised: the headline, the byline, a body paragraph and so
 * on. {@code start} and {@code end} index the source's {@link Source#text()} (end exclusive).
 */
public record Block(Kind kind, int start, int end) {

    /** What a block of published news text is. */
    public enum Kind {
        /** The article's title line. */
        HEADLINE,
        /** "By ..." or "Outlet Staff Name". */
        BYLINE,
        /** A date or timestamp line. */
        DATE,
        /** The "CITY, Month Day (AGENCY) -" prefix of the first paragraph. */
        DATELINE,
        /** A photo caption, usually with a credit in parentheses. */
        CAPTION,
        /** A paragraph of the article's body. */
        BODY,
        /** Trailing boilerplate such as "X contributed to this report". */
        BOILERPLATE
    }

    public Block {
        Objects.requireNonNull(kind, "kind must not be null");
        Checks.span("block " + kind, start, end);
    }

    /** The block's text, cut from the source text it indexes. */
    public String textIn(String sourceText) {
        return sourceText.substring(start, end);
    }
}

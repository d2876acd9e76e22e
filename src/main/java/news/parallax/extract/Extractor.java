package news.parallax.extract;

import java.util.List;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

/**
 * The extract stage: the speakers and statements of a story. Thread-safe; build once, reuse for every
 * story.
 */
public final class Extractor {

    private Extractor() {}

    /** An extractor with the models and lexicons shipped in the jar. */
    public static Extractor standard() {
        return new Extractor();
    }

    /** Quotes, claims and speakers of every source of {@code story}, speakers merged across sources. */
    public Extraction extract(Story story) {
        return new Extraction(List.of(), List.of());
    }
}

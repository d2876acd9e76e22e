package news.parallax.extract;

import java.util.List;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

/**
 * Direct quotes, their speakers and reported speech in the sources of a story, with speakers merged
 * across sources. Statement ids: {@code <source>-q<n>} for quotes, {@code <source>-r<n>} for reported
 * speech (claims with a speaker). Thread-safe.
 */
final class QuoteFinder {

    static QuoteFinder standard() {
        return new QuoteFinder();
    }

    Extraction find(Story story) {
        return new Extraction(List.of(), List.of());
    }
}

package news.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A person or organisation quoted in a story, merged across its sources.
 *
 * @param id      stable id, derived from the name
 * @param name    the fullest form of the name found
 * @param aliases other forms used for the same speaker (short forms, misspellings)
 * @param titles  the titles outlets gave the speaker ("Defense Minister"), as written
 * @param kind    person or organisation
 */
public record Speaker(String id, String name, List<String> aliases, List<String> titles, Kind kind) {

    /** What sort of speaker. */
    public enum Kind { PERSON, ORGANIZATION }

    public Speaker {
        Checks.id("speaker id", id);
        Checks.nonBlank("speaker name", name);
        aliases = Checks.list("aliases", aliases);
        titles = Checks.list("titles", titles);
        Objects.requireNonNull(kind, "kind must not be null");
    }
}

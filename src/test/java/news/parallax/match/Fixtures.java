package news.parallax.match;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/** Small stories written for tests: each source one paragraph, each statement a span of it. */
public final class Fixtures {
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final List<String[]> statements = new ArrayList<>();
    private final List<Speaker> speakers = new ArrayList<>();

    /** A person the extraction knows, under this id and name ("jane-doe", "Jane Doe"; "a spokeswoman"). */
    public Fixtures person(String id, String name) {
        speakers.add(new Speaker(id, name, List.of(), List.of(), Speaker.Kind.PERSON));
        return this;
    }

    /** A claim credited to a speaker id (reported speech). */
    public Fixtures organisation(String id, String name) {
        speakers.add(new Speaker(id, name, List.of(), List.of(), Speaker.Kind.ORGANIZATION));
        return this;
    }

    public Fixtures claim(String source, String words, String speaker) {
        statements.add(new String[] {source, "CLAIM", words, "false", speaker});
        return this;
    }

    /** A source with this text. */
    public Fixtures source(String id, String text) {
        texts.put(id, text);
        return this;
    }

    /** A quote: the first occurrence of {@code words} in the source's text. */
    public Fixtures quote(String source, String words) {
        statements.add(new String[] {source, "QUOTE", words, "false", null});
        return this;
    }

    /** A quote credited to a speaker id. */
    public Fixtures quote(String source, String words, String speaker) {
        statements.add(new String[] {source, "QUOTE", words, "false", speaker});
        return this;
    }

    /** A partial quote. */
    public Fixtures partial(String source, String words) {
        statements.add(new String[] {source, "QUOTE", words, "true", null});
        return this;
    }

    /** A partial quote credited to {@code speaker}. */
    public Fixtures partial(String source, String words, String speaker) {
        statements.add(new String[] {source, "QUOTE", words, "true", speaker});
        return this;
    }

    /** A claim. */
    public Fixtures claim(String source, String words) {
        statements.add(new String[] {source, "CLAIM", words, "false", null});
        return this;
    }

    public Story story() {
        List<Source> sources = new ArrayList<>();
        texts.forEach((id, text) -> sources.add(new Source(id, id + ".txt", "Outlet " + id.toUpperCase(java.util.Locale.ROOT),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), text,
                List.of(new Block(Block.Kind.BODY, 0, text.length())))));
        return new Story("test", "Test story", sources);
    }

    public Extraction extraction() {
        List<Statement> out = new ArrayList<>();
        int n = 0;
        for (String[] s : statements) {
            String text = texts.get(s[0]);
            int start = text.indexOf(s[2]);
            if (start < 0) {
                throw new IllegalArgumentException(s[2] + " is not in source " + s[0]);
            }
            out.add(new Statement(String.format(java.util.Locale.ROOT, "%s-%02d", s[0], n++), s[0],
                    Statement.Kind.valueOf(s[1]), s[2], start, start + s[2].length(), Optional.ofNullable(s[4]),
                    Boolean.parseBoolean(s[3]), Optional.empty(), s[1].equals("QUOTE") ? 1 : 0.5));
        }
        return new Extraction(List.copyOf(speakers), out);
    }
}

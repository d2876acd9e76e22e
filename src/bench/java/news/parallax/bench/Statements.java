package news.parallax.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * Benchmark input that does not depend on the extractor: every sentence of every body paragraph of a
 * story, as a claim. Sentences end at ". ", "? " or "! " (good enough to make realistic statements).
 */
final class Statements {
    private Statements() {}

    /** The seed story (or the story folder named by {@code -Dparallax.bench.story}). */
    static Story story() {
        try {
            return StoryReader.standard().readStory(Path.of(System.getProperty("parallax.bench.story", "seeds")));
        } catch (BadInputException e) {
            throw new IllegalStateException("cannot read the benchmark story: " + e.getMessage(), e);
        }
    }

    /** Up to {@code perSource} sentences of each source, as claims. */
    static Extraction sentences(Story story, int perSource) {
        List<Statement> out = new ArrayList<>();
        for (Source source : story.sources()) {
            int n = 0;
            for (Block b : source.body()) {
                int start = b.start();
                for (int i = b.start(); i < b.end() && n < perSource; i++) {
                    char c = source.text().charAt(i);
                    boolean end = i == b.end() - 1
                            || ((c == '.' || c == '?' || c == '!') && source.text().charAt(i + 1) == ' ');
                    if (end) {
                        int stop = i + 1;
                        String text = source.text().substring(start, stop);
                        if (!text.isBlank()) {
                            out.add(new Statement(source.id() + "-c" + n++, source.id(), Statement.Kind.CLAIM,
                                    text, start, stop, Optional.empty(), false, Optional.empty(), 0.5));
                        }
                        start = stop + 1;
                    }
                }
            }
        }
        return new Extraction(List.of(), out);
    }
}

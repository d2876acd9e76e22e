package news.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;

/** Small hand-written stories for the compare tests. */
final class Fixtures {
    private Fixtures() {}

    /** A source whose body is the given paragraphs, separated by blank lines. */
    static Source source(String id, String outlet, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            blocks.add(new Block(Block.Kind.BODY, text.length(), text.length() + p.length()));
            text.append(p);
        }
        return new Source(id, id + ".txt", outlet == null ? id : outlet, Optional.ofNullable(outlet), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), text.toString(), blocks);
    }

    /** An analysis of a story of these sources, with no statements yet. */
    static Analysis analysis(Source... sources) {
        return new Analysis(new Story("test-story", "Test story", List.of(sources)), List.of(), List.of(), List.of());
    }
}

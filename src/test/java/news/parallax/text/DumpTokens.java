package news.parallax.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;

/**
 * Writes every sentence of every block of every story under a folder with its tokens and tags, one
 * sentence per line, to compare the tokenizer and tagger of two versions with {@code diff}. A tool,
 * never a test. Usage (test classpath): {@code DumpTokens STORIES_DIR OUT.txt}
 */
public final class DumpTokens {
    private DumpTokens() {}

    public static void main(String[] args) throws IOException, BadInputException {
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (Story story : StoryReader.standard().read(Path.of(args[0]))) {
                for (Source source : story.sources()) {
                    String text = source.text();
                    for (Block b : source.blocks()) {
                        for (Sentence s : SentenceSplitter.standard().split(text, b.start(), b.end())) {
                            StringBuilder line = new StringBuilder().append(story.slug()).append(' ')
                                    .append(s.start()).append(':');
                            for (Token t : Tagger.standard().tag(text, s.start(), s.end())) {
                                line.append(' ').append(t.start()).append('-').append(t.end()).append('/')
                                        .append(t.tag());
                            }
                            out.write(line.append('\n').toString());
                        }
                    }
                }
            }
        }
    }
}

package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

class GreedySearchTest {

    /** Every sentence of the seed articles, as tokens. */
    private static List<String[]> seedSentences() throws IOException {
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Sentence s : SentenceSplitter.standard().split(text, 0, text.length())) {
                    out.add(tokenizer.tokenize(s.textIn(text)));
                }
            }
        }
        return out;
    }

    @Test
    void theGreedyTaggerTagsEverySeedSentenceAsTheModelsBeamSearchDoes() throws IOException {
        POSTaggerME beam = new POSTaggerME(Models.tags());
        POSTaggerME greedy = new POSTaggerME(Models.greedyTags());
        List<String[]> sentences = seedSentences();

        assertThat(sentences).hasSizeGreaterThan(50);
        for (String[] words : sentences) {
            assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(beam.tag(words));
        }
    }

    @Test
    void theKBestSequencesAreStillTheBeamSearchs() {
        String[] words = {"The", "ministry", "said", "20", "soldiers", "were", "wounded", "."};
        POSTaggerME beam = new POSTaggerME(Models.tags());
        POSTaggerME greedy = new POSTaggerME(Models.greedyTags());

        assertThat(greedy.topKSequences(words)).hasSize(beam.topKSequences(words).length);
        assertThat(greedy.topKSequences(words)[0].getOutcomes()).isEqualTo(beam.topKSequences(words)[0].getOutcomes());
    }
}

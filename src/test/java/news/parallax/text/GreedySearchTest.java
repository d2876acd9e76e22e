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

    /** Every sentence of the seed articles, as tokens (shared by this package's tests). */
    static List<String[]> seedSentences() throws IOException {
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

    /** Every seed sentence as text. */
    static List<String> seedTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Sentence s : SentenceSplitter.standard().split(text, 0, text.length())) {
                    out.add(s.textIn(text));
                }
            }
        }
        return out;
    }

    @Test
    void aPartOfASentenceTaggedJustAfterItIsTaggedAsIfAlone() throws IOException {
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        POSTaggerME alone = new POSTaggerME(Models.greedyTags());
        int parts = 0;
        for (String sentence : seedTexts()) {
            List<Token> words = Tagger.standard().tag(sentence, 0, sentence.length());
            // every part that starts and ends at a word: prefixes, suffixes and pieces between them
            for (int a = 0; a < words.size(); a += 3) {
                for (int b = words.size() - 1; b >= a; b -= a % 2 == 0 ? 1 : 4) {
                    String part = sentence.substring(words.get(a).start(), words.get(b).end());
                    Tagger.standard().tag(sentence, 0, sentence.length());
                    List<Token> tagged = Tagger.standard().tag(part, 0, part.length());
                    String[] tokens = tokenizer.tokenize(part);
                    assertThat(tagged).extracting(Token::text).as(part).containsExactly(tokens);
                    assertThat(tagged).extracting(Token::tag).as(part).containsExactly(alone.tag(tokens));
                    parts++;
                }
            }
        }
        assertThat(parts).isGreaterThan(1_000);
    }
}

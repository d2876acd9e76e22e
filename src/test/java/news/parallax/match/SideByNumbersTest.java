package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;

/**
 * A statement's alignment side made with the story's word numbers (a word's stop-word test, stem and senses
 * found once per number, {@link Alignment.Side#of(List, int[], Synonyms, Similarity.Numbering)}) is the side
 * made word by word ({@link Alignment.Side#of(List, Synonyms)}, the oracle).
 */
class SideByNumbersTest {

    @Test
    void everySeedSentenceHasTheSameSideByNumbersAsWordByWord() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        List<String> sentences = new ArrayList<>();
        for (Source s : story.sources()) {
            for (String sentence : s.text().split("(?<=[.!?\u201d\"])\\s+")) {
                sentences.add(sentence);
            }
        }
        sentences.addAll(List.of("", "The the THE a an of.", "Na\u00efve caf\u00e9 owners didn't close \ud835\udc00 50,000 shops.",
                "Pe\u00f1a said pe\u00f1a, Pe\u00f1a's"));
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(story.sources().stream().map(Source::text).toList()));
        Synonyms synonyms = new Synonyms();
        Similarity.Numbering numbering = new Similarity.Numbering();
        int words = 0;
        for (String sentence : sentences) {
            List<String> w = Terms.of(sentence, analyzer).words();
            int[] numbers = w.stream().mapToInt(numbering::of).toArray();
            Alignment.Side byNumbers = Alignment.Side.of(w, numbers, synonyms, numbering);
            Alignment.Side byWords = Alignment.Side.of(w, synonyms);
            assertThat(byNumbers.joined()).isEqualTo(byWords.joined());
            assertThat(byNumbers.content()).isEqualTo(byWords.content());
            assertThat(byNumbers.stems()).isEqualTo(byWords.stems());
            assertThat(byNumbers.senses()).hasSameSizeAs(byWords.senses());
            for (int i = 0; i < byWords.senses().size(); i++) {
                assertThat(byNumbers.senses().get(i)).containsExactly(byWords.senses().get(i));
            }
            assertThat(byNumbers.union().numbers()).containsExactly(byWords.union().numbers());
            for (int k = 0; k < 3; k++) {
                assertThat(byNumbers.keys()[k]).containsExactly(byWords.keys()[k]);
            }
            words += w.size();
        }
        assertThat(words).isGreaterThan(1500);
    }

    @Test
    void aNumberingAskedWithAnotherSynonymsGivesThatInstancesSenses() {
        Similarity.Numbering numbering = new Similarity.Numbering();
        Synonyms first = new Synonyms();
        Synonyms second = new Synonyms();
        int id = numbering.of("announced");
        assertThat(numbering.senses(id, "announced", first)).isSameAs(first.numbers("announced"));
        assertThat(numbering.senses(id, "announced", second)).isSameAs(second.numbers("announced"));
        assertThat(numbering.isContent(id, "announced")).isTrue();
        assertThat(numbering.isContent(numbering.of("the"), "the")).isFalse();
        assertThat(numbering.stem(id, "announced")).isEqualTo(Alignment.stem("announced"));
    }
}

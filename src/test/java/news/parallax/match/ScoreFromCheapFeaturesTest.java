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
 * The clusterer scores a pair the bound lets through from the features it computed for the bound
 * ({@link Similarity#score(Similarity.Profile, Similarity.Profile, double[])}): the same score, to the bit, as
 * {@link Similarity#score(Similarity.Profile, Similarity.Profile)}, which computes every feature again.
 */
class ScoreFromCheapFeaturesTest {

    @Test
    void everyPairOfSeedSentencesScoresTheSameFromItsCheapFeaturesInEitherOrder() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        List<String> sentences = new ArrayList<>();
        for (Source s : story.sources()) {
            for (String sentence : s.text().split("(?<=[.!?\u201d\"])\\s+")) {
                sentences.add(sentence);
            }
        }
        sentences.addAll(List.of("", "No.", "Not 5, but 7 of them did not go.", "\u00e9t\u00e9 \ud835\udc00 50,000"));
        Similarity similarity = Similarity.standard();
        NewsAnalyzer analyzer = new NewsAnalyzer(Acronyms.in(story.sources().stream().map(Source::text).toList()));
        Similarity.Numbering numbering = new Similarity.Numbering();
        List<Similarity.Profile> profiles = new ArrayList<>();
        for (String sentence : sentences.subList(0, Math.min(130, sentences.size()))) {
            profiles.add(similarity.profile(Terms.of(sentence, analyzer), numbering));
        }
        for (String odd : List.of("", "No.", "Not 5, but 7 of them did not go.", "\u00e9t\u00e9 \ud835\udc00 50,000")) {
            profiles.add(similarity.profile(Terms.of(odd, analyzer), numbering));
        }
        Similarity.Scratch scratch = new Similarity.Scratch(numbering);
        int pairs = 0;
        int reaching = 0;
        for (int i = 0; i < profiles.size(); i++) {
            scratch.load(profiles.get(i));
            for (int j = 0; j < profiles.size(); j++) {
                Similarity.Profile a = profiles.get(Math.min(i, j));
                Similarity.Profile b = profiles.get(Math.max(i, j));
                double full = similarity.score(a, b);
                // the loaded profile may be either side of the pair
                double fromScratch = similarity.score(a, b, scratch.features(profiles.get(j)));
                double fromMerges = similarity.score(a, b, Similarity.features(a, b, false));
                assertThat(Double.doubleToRawLongBits(fromScratch)).as("pair %d, %d", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(full));
                assertThat(Double.doubleToRawLongBits(fromMerges)).as("pair %d, %d", i, j)
                        .isEqualTo(Double.doubleToRawLongBits(full));
                assertThat(Similarity.withAlignment(a, b, Similarity.features(a, b, false)))
                        .containsExactly(Similarity.features(a, b));
                pairs++;
                reaching += full >= similarity.threshold() ? 1 : 0;
            }
        }
        assertThat(pairs).isGreaterThan(10_000);
        assertThat(reaching).isGreaterThan(profiles.size()); // not only each sentence with itself
    }
}

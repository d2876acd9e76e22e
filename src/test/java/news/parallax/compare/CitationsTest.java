package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import news.parallax.model.Block;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import org.junit.jupiter.api.Test;

class CitationsTest {

    @Test
    void namesOfOneAgencyAreMergedAndCounted() {
        Source a = Fixtures.source("a", "Example Daily",
                "The talks ended, AP reported.",
                "According to The Associated Press, the envoy left. Reuters said the same.");
        assertThat(Citations.of(Fixtures.analysis(a))).containsExactly(
                new Comparison.Citation("a", "The Associated Press", "wire", 2),
                new Comparison.Citation("a", "Reuters", "wire", 1));
    }

    @Test
    void aSourceDoesNotCiteItsOwnOutlet() {
        Source a = Fixtures.source("a", "The New York Times",
                "Aides told The New York Times that the plan was dead, and told The Times again later.",
                "CNN reported the same.");
        assertThat(Citations.of(Fixtures.analysis(a))).containsExactly(new Comparison.Citation("a", "CNN", "outlet", 1));
    }

    @Test
    void citationsAreSortedBySourceKindCountAndName() {
        Source b = Fixtures.source("b", null,
                "The Defense Ministry said the drill ended. CNN reported it. NBC News reported it. NBC reported it again.",
                "Reuters reported the drill.");
        Source a = Fixtures.source("a", null, "The State Department said nothing, Reuters reported.");
        assertThat(Citations.of(Fixtures.analysis(a, b))).extracting(c -> c.source() + " " + c.kind() + " " + c.cited() + " " + c.count())
                .containsExactly(
                        "a wire Reuters 1",
                        "a official State Department 1",
                        "b wire Reuters 1",
                        "b outlet NBC News 2",
                        "b outlet CNN 1",
                        "b official Defense Ministry 1");
    }

    @Test
    void theAgencyOfADatelineIsCited() {
        String text = "SEOUL (Yonhap) -\n\nThe talks ended.";
        Source s = new Source("a", "a.txt", "a", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), text, List.of(new Block(Block.Kind.DATELINE, 0, 16), new Block(Block.Kind.BODY, 18, text.length())));
        assertThat(Citations.of(Fixtures.analysis(s))).containsExactly(new Comparison.Citation("a", "Yonhap", "wire", 1));
    }

    @Test
    void captionsAndBylinesAreNotSearched() {
        String text = "(AP Photo/John Doe)\n\nThe talks ended.";
        Source s = new Source("a", "a.txt", "a", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), text, List.of(new Block(Block.Kind.CAPTION, 0, 19), new Block(Block.Kind.BODY, 21, text.length())));
        assertThat(Citations.of(Fixtures.analysis(s))).isEmpty();
    }

    @Test
    void aShortNameJoinsTheOneFullNameItEnds() {
        Source a = Fixtures.source("a", null,
                "The Washington Post reported the leak. The Post later said the memo was real.",
                "Two Justice Department officials said the memo was real. The U.S. Justice Department said so too.");
        assertThat(Citations.of(Fixtures.analysis(a))).extracting(c -> c.kind() + " " + c.cited() + " " + c.count())
                .containsExactly("outlet The Washington Post 2", "official U.S. Justice Department 2");
    }

    @Test
    void namesInsideQuotationMarksAreTheSpeakersNotCitations() {
        Source a = Fixtures.source("a", null, "“CNN is fake news,” he said, Reuters reported.");
        assertThat(Citations.of(Fixtures.analysis(a))).containsExactly(new Comparison.Citation("a", "Reuters", "wire", 1));
    }
}

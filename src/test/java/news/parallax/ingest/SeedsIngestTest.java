package news.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The header rules on the five seed articles: what a reader sees at the top of each. */
class SeedsIngestTest {

    private static Story story;

    @BeforeAll
    static void read() throws BadInputException {
        story = StoryReader.standard().readStory(Path.of("seeds"));
    }

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_d6a91e89b9e2968c", null, "Blake Wolf", "2025-03-30", "OAN", null),
                Arguments.of("001_d34dff1efd2e6c7e", null, null, null, null, null),
                Arguments.of("002_778f94a180eceaa4",
                        "\u2018Japan is our indispensable partner in deterring communist Chinese military aggression,\u2019 Hegseth said.",
                        null, null, null, null),
                Arguments.of("003_c214a940a85c6a3b", null, null, "2025-03-30", "EIRNS", "March 30, 2025 (EIRNS)\u2014"),
                Arguments.of("004_185c4b00b52cfb06", "US Upgrades Japan Military Command Amid Growing China Concerns", null,
                        "2025-03-30T15:43:42Z", null, "**Tokyo, March 30, 2025** \u2013 "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void eachSeedHasTheHeadlineBylineDateOutletAndDatelineItsTextGives(String id, String headline, String byline,
            String published, String outlet, String dateline) {
        Source s = story.source(id);
        assertThat(s.headline()).isEqualTo(Optional.ofNullable(headline));
        assertThat(s.byline()).isEqualTo(Optional.ofNullable(byline));
        assertThat(s.published()).isEqualTo(Optional.ofNullable(published));
        assertThat(s.outlet()).isEqualTo(Optional.ofNullable(outlet));
        assertThat(s.label()).isEqualTo(outlet != null ? outlet : "Source " + (char) ('A' + story.sources().indexOf(s)));
        List<String> datelines = s.blocks().stream().filter(b -> b.kind() == Block.Kind.DATELINE)
                .map(b -> b.textIn(s.text())).toList();
        assertThat(datelines).isEqualTo(dateline == null ? List.of() : List.of(dateline));
    }

    @Test
    void theCaptionBylineAndDateOfTheFirstSeedAreKeptApartFromTheBody() {
        Source s = story.source("000_d6a91e89b9e2968c");
        assertThat(s.blocks().subList(0, 3)).extracting(Block::kind)
                .containsExactly(Block.Kind.CAPTION, Block.Kind.BYLINE, Block.Kind.DATE);
        assertThat(s.blocks().get(0).textIn(s.text())).endsWith("(Kiyoshi Ota/Pool \u2013 Getty Images)");
    }

    @Test
    void theContributionLineOfASeedIsBoilerplate() {
        Source s = story.source("002_778f94a180eceaa4");
        Block last = s.blocks().get(s.blocks().size() - 1);
        assertThat(last.kind()).isEqualTo(Block.Kind.BOILERPLATE);
        assertThat(last.textIn(s.text())).isEqualTo("Reuters contributed to this report.");
    }

    @Test
    void bodyBlocksNeverHoldCaptionBylineDateOrBoilerplateText() {
        for (Source s : story.sources()) {
            List<String> body = s.body().stream().map(b -> b.textIn(s.text())).toList();
            for (Block b : s.blocks()) {
                if (b.kind() != Block.Kind.BODY) {
                    String meta = b.textIn(s.text()).strip();
                    assertThat(body).as("%s: body holds the %s \"%s\"", s.id(), b.kind(), meta)
                            .noneMatch(p -> p.contains(meta));
                }
            }
            assertThat(body).as("%s has body text", s.id()).isNotEmpty();
        }
    }

    @Test
    void everyBlockIsASliceOfTheFileTextAndBlocksDoNotOverlap() {
        for (Source s : story.sources()) {
            for (int i = 1; i < s.blocks().size(); i++) {
                assertThat(s.blocks().get(i).start()).isGreaterThanOrEqualTo(s.blocks().get(i - 1).end());
            }
            assertThat(s.blocks()).allMatch(b -> b.end() <= s.text().length());
        }
    }
}

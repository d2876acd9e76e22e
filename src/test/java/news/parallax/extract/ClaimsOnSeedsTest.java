package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Claims of the seed articles, through the whole extract stage. */
class ClaimsOnSeedsTest {

    private static Story story;
    private static Extraction extraction;

    @BeforeAll
    static void extract() throws Exception {
        story = StoryReader.standard().readStory(Path.of("seeds"));
        extraction = Extractor.standard().extract(story);
    }

    @Test
    void everySeedHasClaimsWithExactSpansInsideItsBody() {
        for (Source source : story.sources()) {
            List<Statement> claims = claims(source);
            assertThat(claims).as(source.file()).hasSizeGreaterThanOrEqualTo(3);
            for (Statement c : claims) {
                assertThat(c.text()).as(c.id()).isEqualTo(source.text().substring(c.start(), c.end()))
                        .isEqualTo(c.text().strip()).doesNotEndWith(",").doesNotEndWith(";");
                assertThat(source.body()).as(c.id() + " lies inside one body paragraph")
                        .anyMatch(b -> b.start() <= c.start() && c.end() <= b.end());
                assertThat(c.text()).as(c.id() + " holds no quotation mark").doesNotContain("\u201c", "\u201d", "\"");
            }
        }
    }

    @Test
    void claimIdsAreNumberedInTextOrderPerSource() {
        for (Source source : story.sources()) {
            List<Statement> claims = claims(source);
            for (int i = 0; i < claims.size(); i++) {
                assertThat(claims.get(i).id()).isEqualTo(source.id() + "-c" + (i + 1));
            }
        }
    }

    @Test
    void noClaimOverlapsAQuoteOrACaption() {
        for (Source source : story.sources()) {
            List<Statement> quotes = extraction.statements().stream()
                    .filter(s -> s.source().equals(source.id()) && s.kind() == Statement.Kind.QUOTE).toList();
            List<Block> captions = source.blocks().stream().filter(b -> b.kind() != Block.Kind.BODY).toList();
            for (Statement c : claims(source)) {
                assertThat(quotes).noneMatch(q -> q.start() < c.end() && c.start() < q.end());
                assertThat(captions).noneMatch(b -> b.start() < c.end() && c.start() < b.end());
            }
        }
    }

    @Test
    void extractingTwiceGivesTheSameClaims() {
        assertThat(Extractor.standard().extract(story).statements()).isEqualTo(extraction.statements());
    }

    private static List<Statement> claims(Source source) {
        return extraction.statements().stream()
                .filter(s -> s.source().equals(source.id()) && s.kind() == Statement.Kind.CLAIM
                        && s.id().contains("-c"))
                .toList();
    }
}

package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import news.parallax.model.Analysis;
import org.junit.jupiter.api.Test;

class HostileTextTest {

    private static final String ALPHABET = "aAbBzZ  \u201C\u201D\"'\u2019-.,;()<>/&\u00E9\u0130\u4E2D1 \n";

    @Test
    void randomAndHostileTextGivesResultsAndNoException() {
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        String html = "<script>alert('Reuters reported')</script> The Defense Ministry said <b>\u201Cregime</b>";
        String capitals = "The " + "Very Long Name Of ".repeat(400) + "Ministry said so.";
        Analysis analysis = Fixtures.analysis(
                Fixtures.source("a", null, noise.toString(), html),
                Fixtures.source("b", null, capitals, "\u201C\u201C\u201D\"\"", ""),
                Fixtures.source("c", null, "x"));
        assertThat(Framing.distinctive(analysis)).containsOnlyKeys("a", "b", "c");
        assertThat(Framing.loadedTerms(analysis)).allSatisfy(t -> assertThat(t.neutralSources()).isNotEmpty());
        assertThat(Citations.of(analysis)).extracting(c -> c.source() + " " + c.cited())
                .contains("a Reuters", "a Defense Ministry");
    }
}

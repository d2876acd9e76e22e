package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcronymsKnownAsTest {

    @ParameterizedTest
    @ValueSource(strings = {"the Irish Republican Army, known as the IRA", "a group\tcalled  ABC", "an agency, or NSA",
        "the party, also known\nas the PRI", "x or\u000bThe"})
    void aTextThePatternMatchesMayBeKnownAs(String text) {
        assertThat(Acronyms.KNOWN_AS.matcher(text).find()).isTrue();
        assertThat(Acronyms.mayBeKnownAs(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"known as the", "more or less", "so-called FBI", "either\u00a0or NATO", "or NATO",
        "the band, known as\u00a0the IRA"})
    void aTextWithoutTheCuesIsNot(String text) {
        assertThat(Acronyms.KNOWN_AS.matcher(text).find()).isFalse();
        assertThat(Acronyms.mayBeKnownAs(text)).isFalse();
    }

    @Test
    void everyTextThePatternMatchesMayBeKnownAs() {
        List<String> parts = List.of("known", "as", "called", "or", "the", "also", "NATO", "Ab", "a", " ", "  ", "\t",
                "\n", "\r", "\u000b", "\f", "\u00a0", ",", "(", "k", "o", "c", "IRA", "TheX", "A&B");
        Random random = new Random(5);
        int matched = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(10);
            for (int k = 0; k < length; k++) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            String t = text.toString();
            if (Acronyms.KNOWN_AS.matcher(t).find()) {
                matched++;
                assertThat(Acronyms.mayBeKnownAs(t)).as(t).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(100);
    }

    @Test
    void theSeedArticlesAreFoundAlike() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (Acronyms.KNOWN_AS.matcher(text).find()) {
                    assertThat(Acronyms.mayBeKnownAs(text)).isTrue();
                }
            }
        }
    }
}

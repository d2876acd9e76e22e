package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ASCII name's slug by the one scan is the slug of the normaliser and the regex passes. */
class SlugsAsciiTest {

    private static String byRegex(String name) {
        String ascii = Pattern.compile("\\p{M}+").matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = ascii.replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-_.]+|[-.]+$", "");
        if (slug.isEmpty()) {
            slug = "x" + Integer.toHexString(name.hashCode());
        }
        return slug.length() > 80 ? slug.substring(0, 80) : slug;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Harbor Authority", "Jane Roe", "--", "._.", "a - b", "R&D", "co-op.", "_lead_", ".x.",
        "end-.", "Dr. Owen Tully, Jr.", "tab\there", "line\nbreak", "Émile Roux", "naïve", "ﬁsh", "日本",
        "a very long name that goes on and on and on past the eighty characters a slug may have, by some way"})
    void slugsAsTheRegexPasses(String name) {
        assertThat(Slugs.of(name)).isEqualTo(byRegex(name));
        if (name.chars().allMatch(c -> c < 0x80)) {
            assertThat(Slugs.ofAscii(name)).isEqualTo(byRegex(name));
        } else {
            assertThat(Slugs.ofAscii(name)).isNull();
        }
    }

    @Test
    void everyShortAsciiNameSlugsAsTheRegexPasses() {
        String alphabet = "aZ09_.- -,&'\t\n\u0000~";
        Random random = new Random(23);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = b.toString();
            assertThat(Slugs.ofAscii(name)).as("[%s]", name).isEqualTo(byRegex(name));
        }
    }
}

package news.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationFinderShortcutsTest {
    private static final CitationFinder FINDER = CitationFinder.standard();
    private static final List<String> PARTS = List.of("newspaper", "Newspaper", "NEWS", "news", "agency", "state",
            "media", "tv", "Tv", "daily", "the", "x", "\u00e9", "\u212a", "7", " ", "  ", "\t", "\n", "\r", "\u000b",
            "\u00a0", "\u0085", "\u2028", "\u2029", ",", "-", "'", "\ud835\udc00", "NHK");

    @ParameterizedTest
    @ValueSource(strings = {"the broadcaster ", "by state\nmedia  ", "public BROADCASTER \u0085", "a news   agency\r\n"})
    void aNounBeforeTheNameIsFound(String before) {
        assertThat(FINDER.mediaNounBefore.matcher(before).find()).isTrue();
        assertThat(FINDER.mayEndWithNoun(before)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"the broadcaster", "xbroadcaster ", "newspapers ", "a\u00e9tv ", "the station "})
    void otherWordsBeforeTheNameAreNot(String before) {
        assertThat(FINDER.mediaNounBefore.matcher(before).find()).isFalse();
        assertThat(FINDER.mayEndWithNoun(before)).isFalse();
    }

    @Test
    void everyTextTheNounPatternsMatchMayHoldANoun() {
        Random random = new Random(3);
        int before = 0;
        int after = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(7);
            for (int k = 0; k < length; k++) {
                text.append(PARTS.get(random.nextInt(PARTS.size())));
            }
            String t = text.toString();
            if (FINDER.mediaNounBefore.matcher(t).find()) {
                before++;
                assertThat(FINDER.mayEndWithNoun(t)).as(t).isTrue();
            }
            if (FINDER.mediaNounAfter.matcher(t).lookingAt()) {
                after++;
                assertThat(FINDER.mayStartWithNoun(t)).as(t).isTrue();
            }
        }
        assertThat(before).isGreaterThan(1000);
        assertThat(after).isGreaterThan(1000);
    }

    @Test
    void theNamesFoundFromCapitalToCapitalAreTheRegexsOwn() {
        List<String> parts = List.of("The", "State", "Department", " ", "  ", "of", "for", "the", "U.S.", "Japan\u2019s",
                "Self-Defense", "\u00c9lys\u00e9e", "\u00e9", "\ud835\udc00", "\ud835\udc1a", "\ud800", "\udc00", "\u01c5",
                "\u2160", "A", "b", ",", ".", "\n", "&", "x", "7", "\u0130");
        Random random = new Random(4);
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(parts.get(random.nextInt(parts.size())));
            }
            String t = text.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = CitationFinder.NAME.matcher(t);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> found = new ArrayList<>();
            Matcher n = CitationFinder.NAME.matcher(t);
            for (int from = CitationFinder.nextCapital(t, 0); from >= 0 && n.find(from);
                    from = CitationFinder.nextCapital(t, n.end())) {
                found.add(n.start() + "-" + n.end());
            }
            assertThat(found).as(t).isEqualTo(expected);
        }
    }
}

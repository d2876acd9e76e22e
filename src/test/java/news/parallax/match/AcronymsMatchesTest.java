package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AcronymsMatchesTest {

    private static final String[] PARTS = {"(", ")", "((", " ", "\t", "\n", "\u00a0", "the ", "the", "The ", "A", "AB",
        "NATO", "Nato", "nato", "A&B", "ABCDEFGHIJKLM", "x", "7", "\u00c9", "\ud83d\ude00", "\ud800", "-", ",", "(the ",
        "( NATO )", "(AB)", "(A)", "known as ", "or ", "called ", "also ", "commonly ", "better ", "widely ", "known",
        "as ", ", ", ",", "\u000b", "\f", "\r", "  ", ", also known as ", " or the ", "k", "c", "o", "ork"};

    private static List<String> described(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1));
        }
        return out;
    }

    private static List<MatchResult> found(String text, Pattern p) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.toMatchResult());
        }
        return out;
    }

    @Test
    void acronymsTriedWhereAMatchCanStartAreTheSearchsOnRandomText() {
        Random random = new Random(51);
        int matches = 0;
        int knownAs = 0;
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int k = 0; k < length; k++) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String t = text.toString();
            List<String> expected = described(found(t, Acronyms.bracketed()));
            assertThat(described(Acronyms.matches(t, Acronyms.bracketed()))).as(t).isEqualTo(expected);
            List<String> known = described(found(t, Acronyms.KNOWN_AS));
            assertThat(described(Acronyms.matches(t, Acronyms.KNOWN_AS))).as(t).isEqualTo(known);
            knownAs += known.size();
            matches += expected.size();
        }
        assertThat(matches).isGreaterThan(5_000);
        assertThat(knownAs).isGreaterThan(1_000);
    }

    @Test
    void bracketedAcronymsOfTheSeedArticlesAreTheSearchs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(described(Acronyms.matches(text, Acronyms.bracketed())))
                        .isEqualTo(described(found(text, Acronyms.bracketed())));
                assertThat(described(Acronyms.matches(text, Acronyms.KNOWN_AS)))
                        .isEqualTo(described(found(text, Acronyms.KNOWN_AS)));
            }
        }
    }
}

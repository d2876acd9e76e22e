package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TermsClausesTest {

    private static final String[] PARTS = {"a", "Z", "\u00e9", "7", " ", "  ", "\t", "\n", "\r", "\u000b", "\f",
        "\u00a0", "\u2003", "\u0085", "\u2028", "-", "--", " - ", "\t-\n", "- ", " -", ".", ",", ";", ":", "!", "?",
        "(", ")", "[", "]", "{", "\u2013", "\u2014", "\u2012", "\"", "'", "\ud83d\ude00", "\ud800", "\udc00", "not",
        "no", "U.S.", "50,000", "e.g. ", "end. "};

    // every clause end the regular expression finds, from each end found before, as negatedClauses reads them
    private static List<Integer> regexEnds(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = Terms.CLAUSE_END.matcher(text);
        while (m.find()) {
            out.add(m.end());
        }
        return out;
    }

    private static List<Integer> scannedEnds(String text) {
        List<Integer> out = new ArrayList<>();
        for (int end = Terms.clauseEnd(text, 0); end >= 0; end = Terms.clauseEnd(text, end)) {
            out.add(end);
        }
        return out;
    }

    @Test
    void theClauseEndsAreTheRegexsOnRandomTextOfEveryKindOfCharacter() {
        Random random = new Random(31);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int k = 0; k < length; k++) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            String t = text.toString();
            assertThat(scannedEnds(t)).as(t).isEqualTo(regexEnds(t));
        }
    }

    @Test
    void theClauseEndsOfTheSeedArticlesAreTheRegexs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(scannedEnds(text)).hasSizeGreaterThan(10).isEqualTo(regexEnds(text));
            }
        }
    }

    @Test
    void aClauseEndsAtACommaBeforeASpaceAtABracketAndAtASpacedHyphen() {
        assertThat(scannedEnds("one, two (three) four - five,six")).containsExactly(4, 10, 16, 24);
    }
}

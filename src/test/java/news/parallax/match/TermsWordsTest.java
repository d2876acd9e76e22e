package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TermsWordsTest {

    /** What {@link Terms#words} implements without a regular expression. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\\u2019.,-][\\p{L}\\p{N}]+)*");

    private static final String[] PARTS = {"a", "Z", "\u00e9", "\u00df", "7", "\u0663", "\u00bd", "\u2167", "'",
        "\u2019", "\u2018", " ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "\u2003", "\u0085", "-", ".", ",", ";",
        ":", "!", "?", "(", ")", "[", "]", "\u2013", "\u2014", " - ", "\"", "\ud835\udc00", "\ud83d\ude00", "\ud800",
        "\udc00", "\u0301", "\u200d", "\u4e2d", "x1", "not", "No", " never ", "didn't", "can\u2019t", "without",
        "U.S.", "50,000"};

    private static List<String> regexWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(Terms.fold(m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'')));
        }
        return out;
    }

    private static String random(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(14);
        for (int k = 0; k < length; k++) {
            text.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return text.toString();
    }

    @Test
    void accentsAreDroppedAsTheAnalyzerDropsThem() {
        assertThat(Terms.words("Peña, Calderón and the café’s straße")).containsExactly("pena", "calderon", "and", "the",
                "cafe's", "strasse");
    }

    @Test
    void theWordsAreTheRegexsOnEveryKindOfCharacter() {
        Random random = new Random(11);
        for (int round = 0; round < 30_000; round++) {
            String t = random(random);
            assertThat(Terms.words(t)).as(t).isEqualTo(regexWords(t));
        }
    }

    @Test
    void theFirstWordIsTheFirstOfTheWords() {
        assertThat(Terms.firstWord(", where the jury met")).isEqualTo("where");
        assertThat(Terms.firstWord(" - ; ")).isNull();
        Random random = new Random(13);
        for (int round = 0; round < 30_000; round++) {
            String t = random(random);
            List<String> words = Terms.words(t);
            assertThat(Terms.firstWord(t)).as(t).isEqualTo(words.isEmpty() ? null : words.get(0));
        }
    }

    @Test
    void theWordsOfTheSeedArticlesAreTheRegexs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(Terms.words(text)).isEqualTo(regexWords(text));
            }
        }
    }

    @Test
    void aTextWithoutANegationHasNoNegatedClause() {
        Random random = new Random(12);
        int negatedClauses = 0;
        for (int round = 0; round < 30_000; round++) {
            String t = random(random);
            List<int[]> clauses = Terms.negatedClauses(t);
            if (!Similarity.negated(Terms.words(t))) {
                assertThat(clauses).as(t).isEmpty();
            }
            negatedClauses += clauses.size();
        }
        assertThat(negatedClauses).isGreaterThan(1000); // the texts do hold negations
    }
}

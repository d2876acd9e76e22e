package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordShapesTest {

    /** Pieces the expressions look for, and characters near them that they must tell apart. */
    private static final String[] PIECES = {
        "0", "1", "2", "6", "9", "19", "20", "16", "s", "-", "year", "years", "old", "olds", "-year-old", ".",
        "J", "a", "de", "di", "Genova", "V", "ries", "\u00c9", "\u00e9", "\u01c5", "\u2160", "\u0660", "\uff11",
        " ", "\t", "\n", "\r", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u00a0", "\u2003",
        "\ud835\udc00", "\ud835\udc1a", "\ud801", "\udc01", "and", "or", ",", "x",
    };

    /** Short random strings made of {@link #PIECES}, and the pieces alone. */
    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of(PIECES));
        out.add("");
        Random random = new Random(11);
        for (int k = 0; k < 100_000; k++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.add(b.toString());
        }
        return out;
    }

    private static void assertSame(String regex, Predicate<String> shape) {
        Pattern p = Pattern.compile(regex);
        int matched = 0;
        for (String s : samples()) {
            boolean expected = p.matcher(s).matches();
            assertThat(shape.test(s)).as("%s on [%s]", regex, s).isEqualTo(expected);
            matched += expected ? 1 : 0;
        }
        assertThat(matched).as("samples matching " + regex).isGreaterThan(10);
    }

    @Test
    void hasDigitIsTheDigitExpression() {
        assertSame(".*\\d.*", WordShapes::hasDigit);
    }

    @Test
    void isYearIsTheYearExpression() {
        assertSame("(?:1[6-9]|20)\\d\\d(?:s)?", WordShapes::isYear);
    }

    @Test
    void isInitialIsTheInitialExpression() {
        assertSame("\\p{Lu}\\.", WordShapes::isInitial);
    }

    @Test
    void isAgeIsEachOfTheAgeExpressions() {
        assertSame("\\d+-year-old", s -> WordShapes.isAge(s, false, false));
        assertSame("\\d+-years?-old", s -> WordShapes.isAge(s, true, false));
        assertSame("\\d+-year-olds?", s -> WordShapes.isAge(s, false, true));
    }

    @Test
    void isLowerParticleNameIsTheParticleExpression() {
        assertSame("\\p{Ll}{2,3}\\p{Lu}\\p{Ll}{2,}", WordShapes::isLowerParticleName);
    }

    @Test
    void splitCountIsTheLengthOfASplitAtWhitespace() {
        for (String s : samples()) {
            assertThat(WordShapes.splitCount(s)).as("[%s]", s).isEqualTo(s.split("\\s+").length);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "year", "x", "and", "s"})
    void endsWithWordIsTheQuotedWordExpression(String word) {
        assertSame("(.* )?" + Pattern.quote(word), s -> SourceReading.endsWithWord(s, word));
    }
}

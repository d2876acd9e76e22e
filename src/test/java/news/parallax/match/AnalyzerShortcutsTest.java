package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

/** The analyzer's faster forms give what the forms they replace gave. */
class AnalyzerShortcutsTest {

    /** The patterns as they were written before: look-behind first. */
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[,\\u00a0\\u202f ](?=\\d{3}(?!\\d))");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[-\\u2010\\u2011](?=\\p{L})");

    private static final String[] PARTS = {"a", "Z", "\u00e9", "\u00df", "x", "7", "0", "12", "123", "1234", "\u0663",
        "\u00bd", "\u2167", ",", " ", "\u00a0", "\u202f", "\u2003", "\t", "\n", "\r", "\u0085", "-", "\u2010", "\u2011",
        "\u2012", "\u2013", "--", ".", "'", "\ud835\udc00", "\ud801\udc00", "\ud83d\ude00", "\ud800", "\udc00", "\u0301",
        "\u4e2d", "e-mail", "50,000", "12 000", "1,0000", "co\u2010operate", "A-", "-b"};

    private static String random(Random random, int parts) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(parts);
        for (int k = 0; k < length; k++) {
            text.append(PARTS[random.nextInt(PARTS.length)]);
        }
        return text.toString();
    }

    private static List<Integer> matches(Pattern p, String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start());
            out.add(m.end());
        }
        return out;
    }

    // the text a replace filter of the pattern reads out, and the original offset of each of its places
    private static String filtered(Pattern p, String text) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Reader r = new PatternReplaceCharFilter(p, "", new StringReader(text))) {
            for (int c = r.read(); c >= 0; c = r.read()) {
                out.append((char) c);
            }
            int length = out.length();
            for (int i = 0; i <= length; i++) {
                out.append('|').append(((CharFilter) r).correctOffset(i));
            }
        }
        return out.toString();
    }

    @Test
    void theDigitGroupAndHyphenPatternsMatchWhereTheLookBehindFirstOnesDid() throws IOException {
        Random random = new Random(41);
        int found = 0;
        for (int round = 0; round < 60_000; round++) {
            String t = random(random, 12);
            List<Integer> digits = matches(DIGIT_GROUP, t);
            List<Integer> hyphens = matches(HYPHEN, t);
            assertThat(matches(NewsAnalyzer.DIGIT_GROUP, t)).as(t).isEqualTo(digits);
            assertThat(matches(NewsAnalyzer.HYPHEN, t)).as(t).isEqualTo(hyphens);
            if (round % 10 == 0) {
                assertThat(filtered(NewsAnalyzer.DIGIT_GROUP, t)).as(t).isEqualTo(filtered(DIGIT_GROUP, t));
                assertThat(filtered(NewsAnalyzer.HYPHEN, t)).as(t).isEqualTo(filtered(HYPHEN, t));
            }
            found += digits.size() + hyphens.size();
        }
        assertThat(found).isGreaterThan(10_000);
    }

    @Test
    void theDigitGroupAndHyphenPatternsMatchTheSeedArticlesAsBefore() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                assertThat(matches(NewsAnalyzer.DIGIT_GROUP, text)).isEqualTo(matches(DIGIT_GROUP, text));
                assertThat(matches(NewsAnalyzer.HYPHEN, text)).isNotEmpty().isEqualTo(matches(HYPHEN, text));
                assertThat(filtered(NewsAnalyzer.HYPHEN, text)).isEqualTo(filtered(HYPHEN, text));
            }
        }
    }

    /** {@link NumberWordFilter#value} as it was: a look-up of every term, then the digits. */
    private static BigDecimal valueBefore(Map<String, BigDecimal> words, String t) {
        BigDecimal word = words.get(t);
        if (word != null) {
            return word;
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        if (NumberWordFilter.isOrdinal(t)) {
            return new BigDecimal(t.substring(0, t.length() - 2));
        }
        return NumberWordFilter.isDecimal(t) ? new BigDecimal(t) : null;
    }

    @Test
    void aNumberWordIsFoundAndATermThatCannotBeOneIsNotLookedUp() {
        Map<String, BigDecimal> words = Lexicons.numbers("number-words.txt", "word");
        List<String> terms = new ArrayList<>(words.keySet());
        for (String w : words.keySet()) {
            terms.add(w + "s");
            terms.add(w.substring(0, w.length() - 1));
            terms.add(w.toUpperCase(java.util.Locale.ROOT));
            terms.add("x" + w);
        }
        terms.addAll(List.of("", "5", "50000", "2.5", "80th", "1st", "\u0665", "\u0665th", "hundred", "million", "t",
                "o", "on", "twentyfive", "\u00e9ight"));
        Random random = new Random(42);
        for (int round = 0; round < 30_000; round++) {
            terms.add(random(random, 4));
        }
        int numbers = 0;
        for (String t : terms) {
            BigDecimal before = valueBefore(words, t);
            assertThat(NumberWordFilter.value(t)).as(t).isEqualTo(before);
            if (before != null) {
                assertThat(NumberWordFilter.mayBeNumber(t.toCharArray(), t.length())).as(t).isTrue();
                numbers++;
            }
        }
        assertThat(numbers).isGreaterThan(words.size());
    }
}

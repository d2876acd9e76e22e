package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CachedStemFilterTest {

    /** Each term of {@code text} through a tokenizer, {@code tail} and nothing else: text and offsets. */
    private static List<String> terms(Tokenizer source, String text, UnaryOperator<TokenStream> tail) {
        List<String> out = new ArrayList<>();
        source.setReader(new StringReader(text));
        try (TokenStream stream = tail.apply(source)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void assertSameAsPorter(String text) {
        assertThat(terms(new StandardTokenizer(), text, s -> new CachedStemFilter(new LowerCaseFilter(s))))
                .isEqualTo(terms(new StandardTokenizer(), text, s -> new PorterStemFilter(new LowerCaseFilter(s))));
        assertThat(terms(new WhitespaceTokenizer(), text, CachedStemFilter::new))
                .isEqualTo(terms(new WhitespaceTokenizer(), text, PorterStemFilter::new));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "decisions, decis",
        "anniversary, anniversari",
        "report, report",
        "caresses, caress",
        "a, a",
        "'', ''",
    })
    void aWordIsStemmedAsPorterStemsIt(String word, String stem) {
        assertThat(CachedStemFilter.stem(word.toCharArray(), word.length())).isEqualTo(stem);
    }

    @Test
    void everySeedArticleGivesPortersTermsTwiceOver() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("seeds"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (int round = 0; round < 2; round++) { // the second round from the thread's table
            for (Path f : files) {
                assertSameAsPorter(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void randomWordsBeyondTheTablesLimitGivePortersTerms() {
        Random random = new Random(7);
        String letters = "aeiouybcdlmnrstyz'’éß0-";
        StringBuilder text = new StringBuilder();
        int words = CachedStemFilter.LIMIT * 3;
        for (int i = 0; i < words; i++) {
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 30 : 9);
            for (int j = 0; j < length; j++) {
                char c = letters.charAt(random.nextInt(letters.length()));
                text.append(random.nextInt(8) == 0 ? Character.toUpperCase(c) : c);
            }
            text.append(random.nextInt(12) == 0 ? ", " : " ");
            if (i % 5_000 == 4_999) { // the same words again, from the table or after it was emptied
                assertSameAsPorter(text.toString());
                assertSameAsPorter(text.toString());
                text.setLength(0);
            }
        }
        assertSameAsPorter(text.toString());
    }
}

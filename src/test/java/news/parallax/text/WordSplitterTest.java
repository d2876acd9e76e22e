package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;

class WordSplitterTest {

    /** Characters the tokenizer's features tell apart: letters, digits, marks, brackets, quotes, spaces. */
    private static final String TRICKY = "aeinrstAENRST0129.,;:!?'\"`()[]{}<>-_&$%#@/\\*+=~|^"
            + "\u2019\u2018\u201c\u201d\u2014\u2013\u2026\u00e9\u00df\u00c4\u00a0\u2009\u0085\u00b7\u00bd\u0660"
            + "\ud83d\ude00\ud800\udc00";

    private static final String[] ODD = {
        "", "a", "I", "It's", "U.S.", "2,000", "--", "\"", "\u201cWe", "done.\u201d", "São", "e-mail", "A.", "1990s",
        "$5", "5%", "@user", "#tag", "http://example.org/a?b=c", "...", "ALL-CAPS", "x".repeat(70), "&amp;", "&;",
        "(Reuters)", "Trump\u2019s", "don't", "U.S.-led", "Jan.", "p.m.", "\u00a0", "a\u00a0b", "—", "mid-2020s,",
    };

    /** Every whitespace-separated word of the seed articles, the odd words above and random strings. */
    private static List<String> words() throws IOException {
        TreeSet<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String w : Files.readString(file, StandardCharsets.UTF_8).split("\\s+")) {
                    seen.add(w);
                }
            }
        }
        List<String> out = new ArrayList<>(seen);
        out.addAll(List.of(ODD));
        Random random = new Random(7);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(k % 3 == 0 ? 24 : 8);
            for (int i = 0; i < length; i++) {
                w.append(TRICKY.charAt(random.nextInt(TRICKY.length())));
            }
            out.add(w.toString());
        }
        return out;
    }

    @Test
    void theEnglishModelsWordsAreSplitPerCharacter() {
        assertThat(WordSplitter.of(Models.tokens()).perCharacter()).isTrue();
    }

    @Test
    void everyWordIsSplitWhereOpenNlpsTokenizerSplitsIt() throws IOException {
        WordSplitter splitter = WordSplitter.of(Models.tokens());
        TokenizerME tokenizer = new TokenizerME(Models.tokens());
        List<String> words = words();

        assertThat(words).hasSizeGreaterThan(30_000);
        int splits = 0;
        for (String w : words) {
            int[] expected = WordSplitter.bounds(tokenizer.tokenizePos(w));
            assertThat(splitter.split(w)).as(w).containsExactly(expected);
            splits += expected.length > 2 ? 1 : 0;
        }
        assertThat(splits).as("words split in two or more").isGreaterThan(5_000);
    }

    /** Runs {@code check} at every inner position of every test word without whitespace; how many it ran. */
    private static int eachPosition(ObjIntConsumer<String> check) throws IOException {
        int positions = 0;
        for (String w : words()) {
            if (w.chars().anyMatch(c -> StringUtil.isWhitespace((char) c))) {
                continue;
            }
            for (int j = 1; j < w.length(); j++) {
                check.accept(w, j);
                positions++;
            }
        }
        return positions;
    }

    @Test
    void theProbabilitiesAtEveryCharacterAreTheModelsToTheLastBit() throws IOException {
        TokenizerModel model = Models.tokens();
        WordSplitter splitter = WordSplitter.of(model);
        MaxentModel maxent = model.getMaxentModel();
        TokenContextGenerator cg = model.getFactory().getContextGenerator();
        int positions = eachPosition((w, j) -> {
            double[] expected = maxent.eval(cg.getContext(w, j));
            double[] actual = splitter.probabilities(w, j);
            assertThat(bits(actual)).as("%s at %d", w, j).containsExactly(bits(expected));
        });
        assertThat(positions).isGreaterThan(100_000);
    }

    @Test
    void theBestOutcomeFromTheSumsIsTheOneOfHighestProbabilityAtEveryCharacter() throws IOException {
        TokenizerModel model = Models.tokens();
        WordSplitter splitter = WordSplitter.of(model);
        MaxentModel maxent = model.getMaxentModel();
        TokenContextGenerator cg = model.getFactory().getContextGenerator();
        int positions = eachPosition((w, j) -> {
            String expected = maxent.getBestOutcome(maxent.eval(cg.getContext(w, j)));
            assertThat(maxent.getOutcome(splitter.best(w, j))).as("%s at %d", w, j).isEqualTo(expected);
        });
        assertThat(positions).isGreaterThan(100_000);
    }

    @Test
    void theNamesOfThePrefixAndSuffixFeaturesHaveTheirStringsHashesAtEveryCharacter() throws IOException {
        WordSplitter splitter = WordSplitter.of(Models.tokens());
        List<String> words = new ArrayList<>(words());
        words.add("y".repeat(300));
        for (String w : words) {
            splitter.hashes(w);
            for (int j = 0; j <= w.length(); j++) {
                assertThat(splitter.prefixHash(j)).as("%s at %d", w, j).isEqualTo(("p=" + w.substring(0, j)).hashCode());
                assertThat(splitter.suffixHash(j)).as("%s at %d", w, j).isEqualTo(("s=" + w.substring(j)).hashCode());
            }
        }
    }

    @Test
    void aWordWithWhitespaceIsLeftToTheTokenizer() {
        WordSplitter splitter = WordSplitter.of(Models.tokens());

        assertThat(splitter.split("a\u00a0b,")).containsExactly(WordSplitter.bounds(new TokenizerME(Models.tokens()).tokenizePos("a\u00a0b,")));
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(",")).containsExactly(0, 1);
    }

    private static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }
}

package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The table scanner and the detector that uses it against OpenNLP's scanner and detector (the oracle). */
class TableScannerTest {

    private static final SentenceModel ORIGINAL = Models.sentences();
    private static final SentenceModel SCANNED = TableScanner.scanned(ORIGINAL);

    /** Random texts of the model's end characters, letters, digits, quotes, brackets, spaces and odd characters. */
    private static List<String> randomTexts(int count, long seed) {
        StringBuilder alphabet = new StringBuilder("aeinrstAENRST0129 \n\t,;:'\"()-\u2019\u201c\u201d\u2014\u00e9\u00a0\u2028\u0085");
        for (char c : ORIGINAL.getFactory().getEndOfSentenceScanner().getEOSCharacters()) {
            alphabet.append(c).append(c).append(c);
        }
        alphabet.append("\u3002\uff01\u0964\ud83d\ude00");
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(k % 5 == 0 ? 400 : 60);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The paragraphs of the seed articles (lines), and the whole articles. */
    private static List<String> seedTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(text);
                out.addAll(List.of(text.split("\n")));
            }
        }
        return out;
    }

    @Test
    void theScannedModelsDetectorUsesTheTableScannerOfTheSameCharacters() {
        EndOfSentenceScanner original = ORIGINAL.getFactory().getEndOfSentenceScanner();
        EndOfSentenceScanner table = SCANNED.getFactory().getEndOfSentenceScanner();

        assertThat(table).isInstanceOf(TableScanner.class);
        assertThat(table.getEOSCharacters()).isEqualTo(original.getEOSCharacters()).isNotEmpty();
        assertThat(SCANNED.getFactory().isUseTokenEnd()).isEqualTo(ORIGINAL.getFactory().isUseTokenEnd());
        assertThat(SCANNED.getMaxentModel()).isSameAs(ORIGINAL.getMaxentModel());
        assertThat(SCANNED.getAbbreviations()).isEqualTo(ORIGINAL.getAbbreviations());
        // the original model's factory still gives OpenNLP's own scanner
        assertThat(ORIGINAL.getFactory().getEndOfSentenceScanner()).isNotInstanceOf(TableScanner.class);
    }

    @Test
    void everyTextHasTheEndPositionsOfOpenNlpsScanner() throws IOException {
        EndOfSentenceScanner original = ORIGINAL.getFactory().getEndOfSentenceScanner();
        EndOfSentenceScanner table = SCANNED.getFactory().getEndOfSentenceScanner();
        List<String> texts = new ArrayList<>(seedTexts());
        texts.addAll(randomTexts(5_000, 3));
        for (String text : texts) {
            List<Integer> expected = original.getPositions(text);
            assertThat(table.getPositions(text)).as(text).isEqualTo(expected);
            assertThat(table.getPositions(new StringBuffer(text))).as(text).isEqualTo(expected);
            assertThat(table.getPositions(text.toCharArray())).as(text).isEqualTo(expected);
        }
        // every character, alone and between letters
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String text = "a" + (char) c + "b" + (char) c;
            assertThat(table.getPositions(text)).as("U+%04X", c).isEqualTo(original.getPositions(text));
        }
    }

    @Test
    void everyTextIsSplitIntoTheSentencesOfOpenNlpsDetector() throws IOException {
        SentenceDetectorME original = new SentenceDetectorME(ORIGINAL);
        SentenceDetectorME scanned = new SentenceDetectorME(SCANNED);
        List<String> texts = new ArrayList<>(seedTexts());
        texts.addAll(randomTexts(3_000, 5));
        int sentences = 0;
        for (String text : texts) {
            Span[] expected = original.sentPosDetect(text);
            double[] expectedProbs = original.probs();
            Span[] actual = scanned.sentPosDetect(text);
            assertThat(actual).as(text).isEqualTo(expected);
            for (int i = 0; i < expected.length; i++) {
                assertThat(actual[i].getProb()).as(text).isEqualTo(expected[i].getProb());
            }
            assertThat(scanned.probs()).as(text).isEqualTo(expectedProbs);
            sentences += expected.length;
        }
        assertThat(sentences).isGreaterThan(3_000);
    }
}

package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeWordsTest {

    private static final WholeWords WHOLE = new WholeWords(Models.tokens());

    @ParameterizedTest
    @ValueSource(strings = {"said,", "U.S.", "don't", "(AP)", "cannot", "officials.", "\"We", "$20", "2024-25"})
    void aWordTheModelSplitsOrMightSplitIsNeverCalledWhole(String word) {
        if (WHOLE.certainlyWhole(word)) {
            assertThat(modelBounds(word)).containsExactly(0, word.length());
        }
    }

    @Test
    void everyWordOfTheSeedsCalledWholeIsLeftWholeByTheModel() throws IOException {
        Mismatches found = check(List.of(Path.of("seeds")));

        assertThat(found.mismatches()).isEmpty();
        assertThat(found.whole()).as("words told whole without the model").isGreaterThan(found.words() / 2);
    }

    @Test
    void plainWordsAreToldWholeWithoutTheModel() {
        assertThat(WHOLE.certainlyWhole("announced")).isTrue();
        assertThat(modelBounds("announced")).containsExactly(0, "announced".length());
    }

    /** The words of the text files under {@code roots}, those told whole and those the model splits though. */
    static Mismatches check(List<Path> roots) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    int i = 0;
                    while (i < text.length()) {
                        while (i < text.length() && StringUtil.isWhitespace(text.charAt(i))) {
                            i++;
                        }
                        int w = i;
                        while (i < text.length() && !StringUtil.isWhitespace(text.charAt(i))) {
                            i++;
                        }
                        if (i - w >= 2) {
                            words.add(text.substring(w, i));
                        }
                    }
                }
            }
        }
        List<String> mismatches = new ArrayList<>();
        int whole = 0;
        for (String word : words) {
            if (WHOLE.certainlyWhole(word)) {
                whole++;
                int[] bounds = modelBounds(word);
                if (bounds.length != 2 || bounds[0] != 0 || bounds[1] != word.length()) {
                    mismatches.add(word);
                }
            }
        }
        return new Mismatches(words.size(), whole, mismatches);
    }

    private static int[] modelBounds(String word) {
        Span[] spans = new TokenizerME(Models.tokens()).tokenizePos(word);
        int[] bounds = new int[2 * spans.length];
        for (int k = 0; k < spans.length; k++) {
            bounds[2 * k] = spans[k].getStart();
            bounds[2 * k + 1] = spans[k].getEnd();
        }
        return bounds;
    }

    record Mismatches(int words, int whole, List<String> mismatches) {}

    /** One-off check over other folders: {@code WholeWordsTest <folder>...}. */
    public static void main(String[] args) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (String a : args) {
            roots.add(Path.of(a));
        }
        Mismatches m = check(roots);
        System.err.println("words " + m.words() + " told whole " + m.whole() + " mismatches " + m.mismatches());
    }
}

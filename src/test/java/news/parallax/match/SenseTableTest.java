package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SenseTableTest {

    private static Dictionary wordnet;

    @BeforeAll
    static void readWordNet() throws JWNLException {
        wordnet = Dictionary.getDefaultResourceInstance();
    }

    /** What Synonyms looked up in WordNet at run time before the table: every part of speech asked. */
    private static List<String> live(String word) throws JWNLException {
        TreeSet<String> out = new TreeSet<>();
        out.add("w:" + word);
        if (word.chars().allMatch(Character::isLetter)) {
            out.addAll(LiveWordNet.lookup(wordnet, word, null));
        }
        return List.copyOf(out);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource({"announced", "wounded", "said", "boxes", "geese", "better", "went", "children", "axes", "fastest",
        "flies", "running", "Said", "U.S.", "20", "twenty", "xyzzy", "''", "don't", "re-elected", "ministries",
        "café", "clichés", "señores", "naïve", "Ökonom"})
    void aWordHasTheSensesWordNetGivesIt(String word) throws JWNLException {
        assertThat(new Synonyms().senses(word)).isEqualTo(live(word));
    }

    @Test
    void everyNumberedStringIsFoundByItsNumber() {
        SenseTable table = SenseTable.standard();
        for (int id = 0; id < table.size(); id++) {
            assertThat(table.id(table.string(id))).as("%d", id).isEqualTo(id);
        }
        assertThat(table.id("w:no such lemma here")).isEqualTo(-1);
        assertThat(table.id("n99")).isEqualTo(-1);
        assertThat(table.id("x123")).isEqualTo(-1);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({"clichés, second", "clichés, sulfur", "clichés, banana", "naïve, banana", "señores, or", "20, twenty"})
    void aWordWordNetIsAskedAboutIsLinkedAsItsSensesSay(String a, String b) throws JWNLException {
        boolean shared = !Collections.disjoint(live(a), live(b));
        assertThat(new Synonyms().linked(a, b)).isEqualTo(shared);
        assertThat(new Synonyms().linked(b, a)).isEqualTo(shared);
    }

    @Test
    void everyWordOfTheSeedArticlesAndItsInflectionsHasTheSensesWordNetGivesIt() throws IOException, JWNLException {
        TreeSet<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
                    if (!w.isEmpty()) {
                        String lower = w.toLowerCase(Locale.ROOT);
                        words.add(w);
                        for (String end : List.of("", "s", "es", "ed", "ing", "er", "est", "ies", "men")) {
                            words.add(lower + end);
                        }
                    }
                }
            }
        }
        assertThat(words).hasSizeGreaterThan(5_000);
        Synonyms synonyms = new Synonyms();
        List<String> wrong = new ArrayList<>();
        for (String w : words) {
            if (!synonyms.senses(w).equals(live(w))) {
                wrong.add(w);
            }
        }
        assertThat(wrong).isEmpty();
    }
}

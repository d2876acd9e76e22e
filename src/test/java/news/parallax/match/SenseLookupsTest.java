package news.parallax.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Source;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;

/**
 * A word's sense numbers are found with one search of the sense table ({@link SenseTable#word}), read from its
 * bytes: the same numbers as the two searches before ({@link SenseTable#id} of the word's lemma and
 * {@link SenseTable#senses} of the word), kept here as the oracle.
 */
class SenseLookupsTest {

    /** The numbers as Synonyms found them before: two searches, and its own numbers for strings outside the table. */
    private static final class Oracle {
        private final SenseTable table = SenseTable.standard();
        private final Map<String, Integer> ids = new HashMap<>();

        int[] numbers(String word) {
            String lower = word.toLowerCase(Locale.ROOT);
            int own = id("w:" + word);
            int[] senses = SenseTable.holds(lower) ? table.senses(lower) : new int[0];
            int at = Arrays.binarySearch(senses, own);
            if (at >= 0) {
                return senses;
            }
            int[] out = new int[senses.length + 1];
            int insert = -at - 1;
            System.arraycopy(senses, 0, out, 0, insert);
            out[insert] = own;
            System.arraycopy(senses, insert, out, insert + 1, senses.length - insert);
            return out;
        }

        private int id(String s) {
            int id = table.id(s);
            return id >= 0 ? id : ids.computeIfAbsent(s, key -> table.size() + ids.size());
        }
    }

    @Test
    void everySeedWordAndOddWordHasTheSenseNumbersOfTheTwoSearches() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        Set<String> words = new LinkedHashSet<>();
        for (Source s : story.sources()) {
            for (String w : s.text().split("[^\\p{L}\\p{N}'.-]+")) {
                words.add(w);
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        words.addAll(List.of("a", "z", "zzzzzz", "aaaaa", "announced", "Announced", "ANNOUNCED", "u.s", "50,000",
                "80th", "don't", "war-fighting", "x1", "said", "says", "purchase", "buy"));
        Random random = new Random(7);
        for (int k = 0; k < 3000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(9); n > 0; n--) {
                b.append("abcdefghijklmnopqrstuvwxyzABZ019'-.".charAt(random.nextInt(35)));
            }
            words.add(b.toString());
        }
        Synonyms synonyms = new Synonyms();
        Oracle oracle = new Oracle();
        int checked = 0;
        for (String w : words) {
            boolean live = !SenseTable.holds(w.toLowerCase(Locale.ROOT)) && !w.isEmpty()
                    && w.chars().allMatch(Character::isLetter);
            if (w.isEmpty() || live) {
                continue; // looked up in WordNet itself, the same code before and after
            }
            assertThat(synonyms.numbers(w)).as(w).containsExactly(oracle.numbers(w));
            checked++;
        }
        assertThat(checked).isGreaterThan(3000);
    }

    @Test
    void aWordsNumberInTheTableIsItsLemmasNumberAndItsSensesAreThoseOfTheSearch() {
        SenseTable table = SenseTable.standard();
        int inTable = 0;
        for (String w : List.of("announce", "said", "say", "buy", "purchase", "troops", "zzzzzz", "qqq", "a", "the")) {
            int k = table.word(w);
            if (k >= 0) {
                assertThat(table.id("w:" + w)).isEqualTo(k);
                inTable++;
            } else {
                assertThat(table.otherLemma(w)).isEqualTo(table.id("w:" + w));
            }
            assertThat(table.sensesOfWord(k)).containsExactly(table.senses(w));
        }
        assertThat(inTable).isGreaterThan(5);
    }

    @Test
    void anIntReadFromTheBytesIsTheBuffersBigEndianInt() {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<Integer> mismatches = new ArrayList<>();
        for (int at = 0; at + 4 <= bytes.length; at++) {
            if (SenseTable.intAt(bytes, at) != buffer.getInt(at)) {
                mismatches.add(at);
            }
        }
        assertThat(mismatches).isEmpty();
    }
}

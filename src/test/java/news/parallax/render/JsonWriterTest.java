package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import org.junit.jupiter.api.Test;

/** {@link JsonWriter} writes the text Jackson makes of the same tree ({@link Json}), compact and pretty. */
class JsonWriterTest {

    private static final Random RANDOM = new Random(11);

    /** Every ASCII character (all the controls), some others, and both halves of a surrogate pair. */
    private static String text() {
        StringBuilder s = new StringBuilder();
        int n = RANDOM.nextInt(8);
        for (int i = 0; i < n; i++) {
            int pick = RANDOM.nextInt(10);
            s.append(pick < 7 ? (char) RANDOM.nextInt(0x80)
                    : "\u00e9\u2019\u2028\u2029\uD83D\uDE00\u007f".charAt(RANDOM.nextInt(7)));
        }
        return s.toString();
    }

    /** Fills an object of the tree and the writer alike, {@code depth} levels deep at most. */
    private static void object(ObjectNode node, JsonWriter json, int depth) {
        json.beginObject();
        int n = RANDOM.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = text() + i; // distinct names: a tree keeps one value per name
            int kind = RANDOM.nextInt(depth > 0 ? 7 : 5);
            json.name(name);
            switch (kind) {
                case 0 -> {
                    String v = text();
                    node.put(name, v);
                    json.value(v);
                }
                case 1 -> {
                    int v = RANDOM.nextInt() >> RANDOM.nextInt(32);
                    node.put(name, v);
                    json.value(v);
                }
                case 2 -> {
                    boolean v = RANDOM.nextBoolean();
                    node.put(name, v);
                    json.value(v);
                }
                case 3 -> {
                    node.putNull(name);
                    json.nullValue();
                }
                case 4 -> {
                    Optional<String> v = RANDOM.nextBoolean() ? Optional.of(text()) : Optional.empty();
                    if (v.isPresent()) {
                        node.put(name, v.get());
                    } else {
                        node.putNull(name);
                    }
                    json.value(v);
                }
                case 5 -> object(node.putObject(name), json, depth - 1);
                default -> array(node.putArray(name), json, depth - 1);
            }
        }
        json.endObject();
    }

    private static void array(ArrayNode node, JsonWriter json, int depth) {
        json.beginArray();
        int n = RANDOM.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (RANDOM.nextInt(depth > 0 ? 4 : 2)) {
                case 0 -> {
                    String v = text();
                    node.add(v);
                    json.value(v);
                }
                case 1 -> {
                    node.add(i);
                    json.value(i);
                }
                case 2 -> object(node.addObject(), json, depth - 1);
                default -> array(node.addArray(), json, depth - 1);
            }
        }
        json.endArray();
    }

    @Test
    void randomDocumentsAreWrittenAsJacksonWritesTheirTrees() {
        for (int round = 0; round < 2_000; round++) {
            long seed = RANDOM.nextLong();
            RANDOM.setSeed(seed);
            ObjectNode tree = Json.object();
            JsonWriter compact = JsonWriter.compact();
            object(tree, compact, 3);
            RANDOM.setSeed(seed);
            JsonWriter pretty = JsonWriter.pretty();
            object(Json.object(), pretty, 3);

            assertThat(compact.toString()).as("seed %d", seed).isEqualTo(Json.compact(tree));
            assertThat((pretty + "\n").getBytes(StandardCharsets.UTF_8)).as("seed %d", seed)
                    .isEqualTo(Json.pretty(tree));
        }
    }

    @Test
    void aStorysDataFileJsonLdAndSearchIndexAreTheBytesOfTheirTrees() {
        for (Comparison c : List.of(Fixture.comparison(), SeedQuotes.comparison())) {
            assertThat(DataFiles.story(c.analysis(), Source::words))
                    .isEqualTo(DataFiles.storyByTree(c.analysis(), Source::words));
            StoryModel m = new StoryModel(c);
            List<SearchIndex.Entry> entries = new Rows(m).searchEntries();
            assertThat(SearchIndex.json(entries)).isEqualTo(Json.compact(SearchIndex.tree(entries)));
            for (Cluster k : c.analysis().clusters()) {
                List<Source> sources = m.story.sources().stream().filter(s -> k.sources().contains(s.id())).toList();
                for (Optional<Speaker> sp : List.of(Optional.<Speaker>empty(), m.speaker(k))) {
                    assertThat(JsonLd.of(k, m.base(k).text(), sp, sources))
                            .isEqualTo(JsonLd.tree(k, m.base(k).text(), sp, sources));
                }
            }
        }
    }

    @Test
    void aScriptSafeWriterWritesWhatSafeMakesOfACompactWritersText() {
        for (int round = 0; round < 3_000; round++) {
            long seed = RANDOM.nextLong();
            RANDOM.setSeed(seed);
            JsonWriter compact = JsonWriter.compact();
            object(Json.object(), compact, 3);
            RANDOM.setSeed(seed);
            JsonWriter safe = JsonWriter.scriptSafe();
            object(Json.object(), safe, 3);

            assertThat(safe.toString()).as("seed %d", seed).isEqualTo(JsonLd.safe(compact.toString()));
        }
    }

    /** Random search entries: words, numbers and number words, repeats, accents, the five unsafe characters. */
    private static List<SearchIndex.Entry> entries() {
        String[] words = {"the", "minister", "Ministers", "said", "says", "twenty", "five", "1,000", "3.5", "it's",
            "caf\u00e9", "<b>", "&", "\"quoted\"", "running", "runs", "\u2019s", "U.S.", "mid-day", "\u2028", "",
            "\uD83D\uDE00", "000", "two-thirds", "a\\b"};
        List<SearchIndex.Entry> list = new java.util.ArrayList<>();
        int n = RANDOM.nextInt(30);
        for (int i = 0; i < n; i++) {
            String[] parts = new String[4];
            for (int k = 0; k < 4; k++) {
                StringBuilder b = new StringBuilder();
                int m = RANDOM.nextInt(k == 1 ? 14 : 4);
                for (int w = 0; w < m; w++) {
                    b.append(w == 0 ? "" : " ").append(words[RANDOM.nextInt(words.length)]);
                }
                parts[k] = b.toString();
            }
            list.add(new SearchIndex.Entry(parts[0], parts[1], parts[2], parts[3]));
        }
        return list;
    }

    @Test
    void theSearchIndexIsTheTextOfItsTreeForRandomEntries() {
        for (int round = 0; round < 200; round++) {
            long seed = RANDOM.nextLong();
            RANDOM.setSeed(seed);
            List<SearchIndex.Entry> entries = entries();
            String json = SearchIndex.json(entries);
            assertThat(json).as("seed %d", seed).isEqualTo(Json.compact(SearchIndex.tree(entries)));
            assertThat(SearchIndex.script(json)).as("seed %d", seed).isEqualTo(("window.PARALLAX_SEARCH = "
                    + JsonLd.replacingSafe(Json.compact(SearchIndex.tree(entries))) + ";\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scriptSafeTextIsTheFiveReplacementsInOnePass() {
        for (int round = 0; round < 5_000; round++) {
            String s = text() + "<>&" .charAt(round % 3) + text();
            assertThat(JsonLd.safe(s)).isEqualTo(JsonLd.replacingSafe(s));
        }
        String plain = "nothing to make safe";
        assertThat(JsonLd.safe(plain)).isSameAs(plain);
    }
}

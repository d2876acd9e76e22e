package news.parallax.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import news.parallax.match.SearchTerms;

/**
 * The offline search index of one story, built at build time: entries (quotes, claims, speakers) and
 * an inverted map from analysed terms (the same English analysis as matching uses) to entry numbers.
 * Written twice: {@code search-index.json} for {@code fetch}, and {@code search-index.js}, which
 * assigns the same object to {@code window.PARALLAX_SEARCH} so that search also works from
 * {@code file://}, where browsers refuse {@code fetch}.
 */
final class SearchIndex {

    /** One thing search can find. */
    record Entry(String kind, String text, String detail, String href) {}

    private SearchIndex() {}

    /** The index as compact JSON (the text {@link Json#compact} makes of {@link #tree}). */
    static String json(List<Entry> entries) {
        JsonWriter json = JsonWriter.compact().beginObject().name("entries").beginArray();
        Map<String, SortedSet<Integer>> terms = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            json.beginObject().field("kind", e.kind()).field("text", e.text()).field("detail", e.detail())
                    .field("href", e.href()).endObject();
            for (String term : SearchTerms.terms(e.text() + " " + e.detail())) {
                terms.computeIfAbsent(term, t -> new TreeSet<>()).add(i);
            }
        }
        json.endArray().name("terms").beginObject();
        terms.forEach((term, ids) -> {
            json.name(term).beginArray();
            ids.forEach(json::value);
            json.endArray();
        });
        return json.endObject().endObject().toString();
    }

    /** The index as a Jackson tree, as it was made before {@link JsonWriter} (for tests). */
    static ObjectNode tree(List<Entry> entries) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("entries");
        Map<String, SortedSet<Integer>> terms = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            list.addObject().put("kind", e.kind()).put("text", e.text()).put("detail", e.detail())
                    .put("href", e.href());
            for (String term : SearchTerms.terms(e.text() + " " + e.detail())) {
                terms.computeIfAbsent(term, t -> new TreeSet<>()).add(i);
            }
        }
        ObjectNode index = root.putObject("terms");
        terms.forEach((term, ids) -> {
            ArrayNode refs = index.putArray(term);
            ids.forEach(refs::add);
        });
        return root;
    }

    /** {@code search-index.json}, from the index written as compact JSON ({@link #json(List)}). */
    static byte[] file(String compactIndex) {
        return (compactIndex + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@code search-index.js}, from the index written as compact JSON ({@link #json(List)}). */
    static byte[] script(String compactIndex) {
        return ("window.PARALLAX_SEARCH = " + JsonLd.safe(compactIndex) + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}

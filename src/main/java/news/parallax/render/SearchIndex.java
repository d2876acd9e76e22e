package news.parallax.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
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

    /**
     * The index as compact JSON (the text {@link Json#compact} makes of {@link #tree}). The terms are
     * gathered in a hash map, each with the numbers of its entries in the order met (increasing, each
     * once), then written in the order of their sorted names: the text a sorted map of sorted sets
     * gives, with less work per term.
     */
    static String json(List<Entry> entries) {
        JsonWriter json = JsonWriter.compact().beginObject().name("entries").beginArray();
        Map<String, Postings> terms = new HashMap<>();
        SearchTerms.Entries analysis = SearchTerms.entries(); // the terms of text + " " + detail, with less work
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            json.beginObject().field("kind", e.kind()).field("text", e.text()).field("detail", e.detail())
                    .field("href", e.href()).endObject();
            for (String term : analysis.terms(e.text(), e.detail())) {
                Postings p = terms.get(term);
                if (p == null) {
                    p = new Postings();
                    terms.put(term, p);
                }
                p.add(i);
            }
        }
        json.endArray().name("terms").beginObject();
        String[] names = terms.keySet().toArray(new String[0]);
        Arrays.sort(names); // String's natural order, as a TreeMap of them iterates
        for (String term : names) {
            Postings p = terms.get(term);
            json.name(term).beginArray();
            for (int k = 0; k < p.size; k++) {
                json.value(p.ids[k]);
            }
            json.endArray();
        }
        return json.endObject().endObject().toString();
    }

    /** The numbers of the entries a term is in, increasing, each once (they are added in increasing order). */
    private static final class Postings {
        int[] ids = new int[4];
        int size;

        void add(int id) {
            if (size > 0 && ids[size - 1] == id) {
                return; // the term again in the same entry
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, 2 * size);
            }
            ids[size++] = id;
        }
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

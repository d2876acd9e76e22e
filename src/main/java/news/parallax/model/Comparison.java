package news.parallax.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the compare stage draws from an {@link Analysis}.
 *
 * @param analysis       the analysis compared (clusters carry their differences)
 * @param clusterOrder   cluster ids from most to least covered
 * @param exclusives     per source id: clusters only that source carried
 * @param omissions      per source id: clusters most other sources carried and it did not
 * @param distinctive    per source id: words it uses more than the others (weighted log-odds)
 * @param loadedTerms    loaded terms one source uses where others use a neutral one
 * @param citations      who cites whom
 */
public record Comparison(
        Analysis analysis,
        List<String> clusterOrder,
        Map<String, List<String>> exclusives,
        Map<String, List<String>> omissions,
        Map<String, List<TermScore>> distinctive,
        List<TermContrast> loadedTerms,
        List<Citation> citations) {

    public Comparison {
        Objects.requireNonNull(analysis, "analysis must not be null");
        clusterOrder = Checks.list("clusterOrder", clusterOrder);
        exclusives = sortedCopy(exclusives);
        omissions = sortedCopy(omissions);
        distinctive = sortedCopy(distinctive);
        loadedTerms = Checks.list("loadedTerms", loadedTerms);
        citations = Checks.list("citations", citations);
    }

    private static <T> Map<String, List<T>> sortedCopy(Map<String, List<T>> map) {
        Objects.requireNonNull(map, "map must not be null");
        TreeMap<String, List<T>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * A word and how distinctive it is of one source.
     *
     * @param term   the word as the source wrote it most often (plurals are counted with their singular)
     * @param zScore the z-score of its weighted log-odds ratio against the other sources
     * @param count  how often the source uses it
     */
    public record TermScore(String term, double zScore, int count) {
        public TermScore {
            Checks.nonBlank("term", term);
        }
    }

    /**
     * A loaded term one source used where others used a neutral one.
     *
     * @param source         the id of the source that used the loaded term (outside quotation marks)
     * @param loaded         the loaded term as written, lower case
     * @param neutral        the neutral term the others used, or "(no loaded term)" where the neutral
     *                       choice is to leave the word out ("so-called")
     * @param neutralSources the ids of the sources that used the neutral term and no loaded one
     */
    public record TermContrast(String source, String loaded, String neutral, List<String> neutralSources) {
        public TermContrast {
            Checks.id("source", source);
            Checks.nonBlank("loaded", loaded);
            Checks.nonBlank("neutral", neutral);
            neutralSources = Checks.list("neutralSources", neutralSources);
        }
    }

    /**
     * A source citing another outlet, a wire service or an official body.
     *
     * @param source the citing source's id
     * @param cited  the name cited: the list's name for a known wire service, outlet or body ("AP" is
     *               "The Associated Press"), else as written
     * @param kind   "wire", "outlet" or "official"
     * @param count  how often
     */
    public record Citation(String source, String cited, String kind, int count) {
        public Citation {
            Checks.id("source", source);
            Checks.nonBlank("cited", cited);
            Checks.id("kind", kind);
        }
    }
}

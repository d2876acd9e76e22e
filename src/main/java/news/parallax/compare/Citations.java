package news.parallax.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.model.Analysis;
import news.parallax.model.Block;
import news.parallax.model.Comparison;
import news.parallax.model.Source;

/**
 * Who cites whom: wire services, other outlets and officials named as sources in each article's body
 * outside quotation marks (see {@link CitationFinder} for the rules), plus the agency in a dateline
 * ("CITY (AGENCY) -").
 * Mentions are merged by name ("AP" is "The Associated Press"); a source never cites its own outlet.
 * Sorted by source, then kind (wire, outlet, official), then count (most first), then name.
 */
final class Citations {
    private static final CitationFinder FINDER = CitationFinder.standard();
    /**
     * Text past this offset is not searched for citations: several times the longest news article, and
     * the finder's list of names costs time per character (a 20 MB article took half a minute).
     */
    private static final int MAX_TEXT = 100_000;
    // "(AGENCY)" in a dateline
    private static final Pattern DATELINE_AGENCY = Pattern.compile("\\(([^()]{1,40})\\)");
    private static final List<String> KINDS = List.of(CitationFinder.WIRE, CitationFinder.OUTLET, CitationFinder.OFFICIAL);

    private Citations() {}

    static List<Comparison.Citation> of(Analysis analysis) {
        List<Comparison.Citation> out = new ArrayList<>();
        for (Source s : analysis.story().sources()) {
            out.addAll(of(s));
        }
        out.sort(Comparator.comparing(Comparison.Citation::source)
                .thenComparingInt(c -> KINDS.indexOf(c.kind()))
                .thenComparingInt(c -> -c.count())
                .thenComparing(Comparison.Citation::cited));
        return out;
    }

    /** The citations of one source, merged by name. */
    static List<Comparison.Citation> of(Source source) {
        List<CitationFinder.Found> found = new ArrayList<>();
        for (Block b : source.blocks()) {
            if (b.start() >= MAX_TEXT) {
                continue;
            }
            String text = source.text().substring(b.start(), Math.min(b.end(), MAX_TEXT));
            if (b.kind() == Block.Kind.DATELINE) {
                found.addAll(datelineAgency(text));
            } else if (b.kind() == Block.Kind.BODY) {
                // a listed agency in a dateline left in the first paragraph is found like any other mention;
                // names inside quotation marks are the speaker's words, not the outlet's sourcing
                found.addAll(FINDER.find(QuotedText.blankQuotes(text)));
            }
        }
        String self = key(source.outlet().map(o -> FINDER.canonical(o).orElse(o)).orElse(""));
        String label = key(FINDER.canonical(source.label()).orElse(source.label()));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> kinds = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (CitationFinder.Found f : found) {
            String k = key(f.name());
            if (k.isEmpty() || isOwn(k, self) || isOwn(k, label)) {
                continue;
            }
            names.putIfAbsent(k, display(f.name()));
            kinds.putIfAbsent(k, f.kind());
            counts.merge(k, 1, Integer::sum);
        }
        mergeShortNames(counts, kinds);
        List<Comparison.Citation> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Comparison.Citation(source.id(), names.get(k), kinds.get(k), n)));
        return out;
    }

    // "the Post" after "The Washington Post": a name that ends exactly one longer name of the same kind
    // cited by the same source is that name
    private static void mergeShortNames(Map<String, Integer> counts, Map<String, String> kinds) {
        for (String k : List.copyOf(counts.keySet())) {
            List<String> longer = counts.keySet().stream()
                    .filter(l -> l.endsWith(" " + k) && kinds.get(l).equals(kinds.get(k))).toList();
            if (longer.size() == 1) {
                counts.merge(longer.get(0), counts.remove(k), Integer::sum);
            }
        }
    }

    // "the Times" in an article of "The New York Times" is the outlet naming itself
    private static boolean isOwn(String key, String own) {
        return !own.isEmpty() && (key.equals(own) || own.endsWith(" " + key));
    }

    private static List<CitationFinder.Found> datelineAgency(String text) {
        List<CitationFinder.Found> out = new ArrayList<>();
        Matcher m = DATELINE_AGENCY.matcher(text);
        while (m.find()) {
            FINDER.listedOutlet(m.group(1)).ifPresent(out::add);
        }
        return out;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The name pages show: curly apostrophes straightened, a leading "the" of an unlisted name dropped. */
    private static String display(String name) {
        String s = SPACES.matcher(name.replace('\u2019', '\'').strip()).replaceAll(" ");
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** The key names merge on: lower case, straight apostrophes, no leading "the", single spaces. */
    static String key(String name) {
        String s = SPACES.matcher(name.replace('\u2019', '\'').strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}

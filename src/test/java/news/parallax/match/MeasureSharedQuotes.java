package news.parallax.match;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import news.parallax.extract.Extractor;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * The share of quotes two outlets print word for word (or one inside the other, two words at least)
 * that end up in one cluster. Reads every story folder under a folder (e.g. the BASIL stories). Two
 * figures: per pair; and per inner quote, whether it is with at least one of the quotes it is found in
 * (a fragment found in two different quotes can be in one cluster only, so not every pair can be).
 * Usage (test classpath): {@code MeasureSharedQuotes STORIES_DIR OUT.txt [naive|extract]}
 */
public final class MeasureSharedQuotes {
    private MeasureSharedQuotes() {}

    public static void main(String[] args) throws IOException, BadInputException {
        boolean naive = args.length < 3 || args[2].equals("naive");
        int pairs = 0;
        int together = 0;
        // a quote inside several different quotes can be in one cluster only: per inner quote (the shorter of
        // a pair, or both when the two are the same words), is it in one cluster with one of those around it?
        int shared = 0;
        int withOne = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8));
                Stream<Path> dirs = Files.list(Path.of(args[0]))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Story story;
                try {
                    story = StoryReader.standard().readStory(dir);
                } catch (BadInputException | IllegalArgumentException e) {
                    out.println("skipped: " + dir.getFileName() + ": " + e.getMessage());
                    continue;
                }
                Extraction ex = naive ? NaiveStatements.of(story) : Extractor.standard().extract(story);
                Map<String, String> clusterOf = new HashMap<>();
                for (Cluster c : Matcher.standard().cluster(story, ex)) {
                    c.statements().forEach(id -> clusterOf.put(id, c.id()));
                }
                List<Statement> quotes = ex.statements().stream().filter(s -> s.kind() == Statement.Kind.QUOTE).toList();
                Map<String, Boolean> joined = new TreeMap<>();
                for (int i = 0; i < quotes.size(); i++) {
                    for (int j = i + 1; j < quotes.size(); j++) {
                        Statement a = quotes.get(i);
                        Statement b = quotes.get(j);
                        if (a.source().equals(b.source()) || !inside(a.text(), b.text())) {
                            continue;
                        }
                        pairs++;
                        boolean same = clusterOf.get(a.id()).equals(clusterOf.get(b.id()));
                        int wa = Terms.words(a.text()).size();
                        int wb = Terms.words(b.text()).size();
                        if (wa <= wb) {
                            joined.merge(a.id(), same, Boolean::logicalOr);
                        }
                        if (wb <= wa) {
                            joined.merge(b.id(), same, Boolean::logicalOr);
                        }
                        if (same) {
                            together++;
                        } else {
                            out.println("apart: " + dir.getFileName() + ": " + a.text() + " | " + b.text());
                        }
                    }
                }
                joined.forEach((id, with) -> {
                    if (!with) {
                        out.println("alone: " + dir.getFileName() + ": " + id);
                    }
                });
                shared += joined.size();
                withOne += (int) joined.values().stream().filter(Boolean::booleanValue).count();
            }
            out.printf(Locale.ROOT, "%d pairs of shared quotes, %d in one cluster: %.1f%%%n", pairs, together,
                    pairs == 0 ? 0 : 100.0 * together / pairs);
            out.printf(Locale.ROOT, "%d quotes found word for word inside another outlet's quote, %d in one cluster with"
                    + " at least one of those: %.1f%%%n", shared, withOne,
                    shared == 0 ? 0 : 100.0 * withOne / shared);
        }
    }

    /** Whether the words of the shorter text appear, in a row, in the longer (two words at least). */
    static boolean inside(String a, String b) {
        List<String> wa = Terms.words(a);
        List<String> wb = Terms.words(b);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = wa.size() <= wb.size() ? wb : wa;
        return shorter.size() >= 2 && Collections.indexOfSubList(longer, shorter) >= 0;
    }
}

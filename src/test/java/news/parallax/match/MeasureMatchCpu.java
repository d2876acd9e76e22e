package news.parallax.match;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.extract.Extractor;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

/**
 * Single-thread CPU time of the match stage ({@link Matcher#cluster}) over every story folder under a
 * folder: extracts first (untimed), then clusters all stories {@code ROUNDS} times, timing each round
 * with the thread's CPU time (the later rounds are warm). A benchmark, never a test.
 * Usage (test classpath): {@code MeasureMatchCpu STORIES_DIR ROUNDS OUT.txt}
 */
public final class MeasureMatchCpu {
    private MeasureMatchCpu() {}

    public static void main(String[] args) throws IOException, BadInputException {
        List<Story> stories = StoryReader.standard().read(Path.of(args[0]));
        List<Extraction> extractions = extractAll(stories);
        Matcher matcher = Matcher.standard();
        matcher.warmUp();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        for (int r = 1; r <= Integer.parseInt(args[1]); r++) {
            long start = mx.getCurrentThreadCpuTime();
            int clusters = 0;
            for (int i = 0; i < stories.size(); i++) {
                clusters += matcher.cluster(stories.get(i), extractions.get(i)).size();
            }
            long end = mx.getCurrentThreadCpuTime();
            lines.add(String.format(Locale.ROOT, "round %d: match CPU %.0f ms, %d stories, %d clusters", r,
                    (end - start) / 1e6, stories.size(), clusters));
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }

    /** Each story's extraction, in order (shared with {@link MeasureMatchCompareCpu}). */
    static List<Extraction> extractAll(List<Story> stories) {
        Extractor extractor = Extractor.standard();
        List<Extraction> extractions = new ArrayList<>();
        for (Story s : stories) {
            extractions.add(extractor.extract(s));
        }
        return extractions;
    }
}

package news.parallax.match;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import news.parallax.compare.Comparer;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Extraction;
import news.parallax.model.Story;

/**
 * Single-thread CPU time of the match and compare stages ({@link Matcher#cluster}, {@link Comparer#compare})
 * over every story folder under a folder: extracts first (untimed), then matches and compares all stories
 * {@code ROUNDS} times, timing each stage with the thread's CPU time, and prints a digest of every
 * cluster and comparison (their records' text), so that two builds of the code can be checked to give the
 * same results. A benchmark, never a test. Usage (test classpath):
 * {@code MeasureMatchCompareCpu STORIES_DIR ROUNDS OUT.txt}
 */
public final class MeasureMatchCompareCpu {
    private MeasureMatchCompareCpu() {}

    public static void main(String[] args) throws IOException, BadInputException, NoSuchAlgorithmException {
        List<Story> stories = StoryReader.standard().read(Path.of(args[0]));
        List<Extraction> extractions = MeasureMatchCpu.extractAll(stories);
        Matcher matcher = Matcher.standard();
        matcher.warmUp();
        Comparer comparer = Comparer.standard();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        for (int r = 1; r <= Integer.parseInt(args[1]); r++) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long match = 0;
            long compare = 0;
            for (int i = 0; i < stories.size(); i++) {
                Extraction e = extractions.get(i);
                long start = mx.getCurrentThreadCpuTime();
                List<Cluster> clusters = matcher.cluster(stories.get(i), e);
                long matched = mx.getCurrentThreadCpuTime();
                Comparison c = comparer.compare(new Analysis(stories.get(i), e.speakers(), e.statements(), clusters));
                long compared = mx.getCurrentThreadCpuTime();
                match += matched - start;
                compare += compared - matched;
                digest.update(clusters.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(c.toString().getBytes(StandardCharsets.UTF_8));
            }
            lines.add(String.format(Locale.ROOT, "round %d: match CPU %.0f ms, compare CPU %.0f ms, %d stories, digest %s",
                    r, match / 1e6, compare / 1e6, stories.size(), HexFormat.of().formatHex(digest.digest())));
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
    }
}

package news.parallax.text;

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
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * Single-thread CPU time of the ingest and extract stages over every story folder under a folder,
 * {@code ROUNDS} times (the later rounds are warm), and the statements found (to compare the output of
 * two versions with {@code diff}). A benchmark, never a test.
 * Usage (test classpath): {@code MeasureExtractCpu STORIES_DIR ROUNDS OUT.txt [STATEMENTS.txt]}
 */
public final class MeasureExtractCpu {
    private MeasureExtractCpu() {}

    public static void main(String[] args) throws IOException, BadInputException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<String> lines = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int r = 1; r <= Integer.parseInt(args[1]); r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            List<Story> stories = StoryReader.standard().read(Path.of(args[0]));
            long t1 = mx.getCurrentThreadCpuTime();
            Extractor extractor = Extractor.standard();
            int statements = 0;
            for (Story s : stories) {
                Extraction e = extractor.extract(s);
                statements += e.statements().size();
                if (r == 1) {
                    for (Statement st : e.statements()) {
                        found.add(s.slug() + "\t" + st.id() + "\t" + st.start() + "\t" + st.end() + "\t"
                                + st.speaker().orElse("-") + "\t" + st.verb().orElse("-") + "\t"
                                + Double.toHexString(st.score()));
                    }
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            lines.add(String.format(Locale.ROOT, "round %d: ingest CPU %.0f ms, extract CPU %.0f ms, %d stories,"
                    + " %d statements", r, (t1 - t0) / 1e6, (t2 - t1) / 1e6, stories.size(), statements));
            System.out.println(lines.get(lines.size() - 1));
        }
        Files.write(Path.of(args[2]), lines, StandardCharsets.UTF_8);
        if (args.length > 3) {
            Files.write(Path.of(args[3]), found, StandardCharsets.UTF_8);
        }
    }
}

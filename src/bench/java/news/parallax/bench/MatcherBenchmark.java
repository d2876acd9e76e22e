package news.parallax.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import news.parallax.match.Matcher;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The matcher: {@code cluster} over a story of {@code perSource} statements per source (the seed story's
 * sentences as claims), and {@code score} over pairs of those sentences. Comparing the times for 10 and
 * 40 statements per source shows how clustering grows with the size of a story (4x the statements:
 * 16x the time would be quadratic).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatcherBenchmark {

    @Param({"10", "40"})
    int perSource;

    private Matcher matcher;
    private Story story;
    private Extraction extraction;
    private String[] left;
    private String[] right;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        matcher = Matcher.standard();
        story = Statements.story();
        extraction = Statements.sentences(story, perSource);
        List<Statement> all = extraction.statements();
        int pairs = Math.min(256, all.size());
        left = new String[pairs];
        right = new String[pairs];
        for (int i = 0; i < pairs; i++) {
            left[i] = all.get(i).text();
            right[i] = all.get((i * 7 + 3) % all.size()).text();
        }
    }

    /** Clusters every statement of the story. */
    @Benchmark
    public List<Cluster> cluster() {
        return matcher.cluster(story, extraction);
    }

    /** Scores one pair of sentences (a different pair each call). */
    @Benchmark
    public double score() {
        int i = next;
        next = (i + 1) % left.length;
        return matcher.score(left[i], right[i]);
    }
}

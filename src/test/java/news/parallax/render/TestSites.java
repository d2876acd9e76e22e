package news.parallax.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import news.parallax.Pipeline;
import news.parallax.ingest.BadInputException;
import news.parallax.model.SiteFiles;
import news.parallax.publish.Publisher;

/**
 * The generated sites the page-quality tests read from disk: the hand-made fixture story, and the
 * seed story through the whole pipeline. Each is written once per test run under {@code target/}.
 */
final class TestSites {
    static final Path FIXTURE = Path.of("target", "test-sites", "fixture");
    static final Path SEEDS = Path.of("target", "test-sites", "seeds");
    static final Path SEED_QUOTES = Path.of("target", "test-sites", "seed-quotes");
    private static boolean fixtureWritten;
    private static boolean seedQuotesWritten;
    private static boolean seedsWritten;

    private TestSites() {}

    static synchronized Path fixture() {
        if (!fixtureWritten) {
            write(SiteRenderer.create(Optional.empty(), "").render(List.of(Fixture.comparison())), FIXTURE);
            fixtureWritten = true;
        }
        return FIXTURE;
    }

    /** The seed articles with every quoted span as a quote (see {@link SeedQuotes}). */
    static synchronized Path seedQuotes() {
        if (!seedQuotesWritten) {
            write(SiteRenderer.create(Optional.empty(), "").render(List.of(SeedQuotes.comparison())), SEED_QUOTES);
            seedQuotesWritten = true;
        }
        return SEED_QUOTES;
    }

    static synchronized Path seeds() {
        if (!seedsWritten) {
            try {
                Pipeline.standard(Optional.empty(), "").build(Path.of("seeds"), SEEDS);
            } catch (BadInputException e) {
                throw new IllegalStateException("the seeds must build: " + e.problems(), e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            seedsWritten = true;
        }
        return SEEDS;
    }

    private static void write(SiteFiles site, Path dir) {
        try {
            Publisher.deleteTree(dir);
            for (Map.Entry<String, byte[]> e : site.files().entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a written site with this extension, sorted. */
    static List<Path> files(Path site, String extension) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

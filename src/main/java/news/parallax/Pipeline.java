package news.parallax;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import news.parallax.compare.Comparer;
import news.parallax.extract.Extractor;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.match.Matcher;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Extraction;
import news.parallax.model.SiteFiles;
import news.parallax.model.Story;
import news.parallax.publish.Publisher;
import news.parallax.render.SiteRenderer;

/**
 * The whole build, top to bottom: ingest -> extract -> match -> compare -> render -> publish.
 * Every service is built once and reused for every story. Thread-safe.
 */
public final class Pipeline {

    private final StoryReader reader;
    private final Extractor extractor;
    private final Matcher matcher;
    private final Comparer comparer;
    private final SiteRenderer renderer;
    private final Publisher publisher;

    private Pipeline(StoryReader reader, Extractor extractor, Matcher matcher, Comparer comparer,
            SiteRenderer renderer, Publisher publisher) {
        this.reader = reader;
        this.extractor = extractor;
        this.matcher = matcher;
        this.comparer = comparer;
        this.renderer = renderer;
        this.publisher = publisher;
    }

    /**
     * The standard pipeline.
     *
     * @param templateDir templates to read from disk instead of the jar (live preview), if any
     * @param baseUrl     the site's public address, or ""
     */
    public static Pipeline standard(Optional<Path> templateDir, String baseUrl) {
        return new Pipeline(StoryReader.standard(), Extractor.standard(), Matcher.standard(),
                Comparer.standard(), SiteRenderer.create(templateDir, baseUrl), new Publisher());
    }

    /** Builds the site for {@code input} and publishes it to {@code output}. */
    public SiteFiles build(Path input, Path output) throws BadInputException, IOException {
        List<Story> stories = ingest(input);
        List<Comparison> comparisons = stories.stream().map(this::analyse).map(comparer::compare).toList();
        SiteFiles site = renderer.render(comparisons);
        publisher.publish(site, output);
        return site;
    }

    /** Stage 1: read the stories. */
    public List<Story> ingest(Path input) throws BadInputException {
        return reader.read(input);
    }

    /** Stages 2 and 3: extract statements and speakers, then match them across sources. */
    public Analysis analyse(Story story) {
        Extraction extraction = extractor.extract(story);
        List<Cluster> clusters = matcher.cluster(story, extraction);
        return new Analysis(story, extraction.speakers(), extraction.statements(), clusters);
    }

    /** The extract stage alone (for the {@code extract} command). */
    public Extraction extract(Story story) {
        return extractor.extract(story);
    }
}

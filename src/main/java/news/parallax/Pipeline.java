package news.parallax;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import news.parallax.cache.CachedStory;
import news.parallax.cache.StoryCache;
import news.parallax.compare.Comparer;
import news.parallax.extract.Extractor;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.match.Matcher;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Comparison;
import news.parallax.model.Extraction;
import news.parallax.model.Problem;
import news.parallax.model.SiteFiles;
import news.parallax.model.Story;
import news.parallax.publish.Publisher;
import news.parallax.render.SiteRenderer;
import news.parallax.render.StorySummary;
import news.parallax.text.Tagger;

/**
 * The whole build, top to bottom: ingest -> extract -> match -> compare -> render -> publish.
 *
 * <p>Stories are built in parallel, one worker per core, each story start to finish on one worker
 * ({@link #buildStory}): its pages are written as soon as they are rendered, and only a small summary
 * of it is kept for the index of stories, so memory does not grow with the number of stories. A story
 * whose inputs, the code and the site settings are unchanged since the last build is taken from the
 * {@link StoryCache} instead. Every service is built once, on first use, and shared by all workers.
 * Thread-safe.
 */
public final class Pipeline {

    private final Supplier<StoryReader> reader;
    private final Supplier<Extractor> extractor;
    private final Supplier<Matcher> matcher;
    private final Supplier<Comparer> comparer;
    private final Supplier<SiteRenderer> renderer;
    private final Publisher publisher;
    private final Optional<Path> templateDir;
    private final String baseUrl;
    private final boolean cached;
    private final int threads;
    private final AtomicBoolean warming = new AtomicBoolean();
    /** An input that probably changed since the last build, once the check of {@link #warmUpIfChanged} found one. */
    private final AtomicReference<Path> changed = new AtomicReference<>();

    private Pipeline(Supplier<StoryReader> reader, Supplier<Extractor> extractor, Supplier<Matcher> matcher,
            Supplier<Comparer> comparer, Supplier<SiteRenderer> renderer, Publisher publisher,
            Optional<Path> templateDir, String baseUrl, boolean cached, int threads) {
        this.reader = reader;
        this.extractor = extractor;
        this.matcher = matcher;
        this.comparer = comparer;
        this.renderer = renderer;
        this.publisher = publisher;
        this.templateDir = templateDir;
        this.baseUrl = baseUrl;
        this.cached = cached;
        this.threads = threads;
    }

    /**
     * The standard pipeline: the build cache on, one worker per core.
     *
     * @param templateDir templates to read from disk instead of the jar (live preview), if any
     * @param baseUrl     the site's public address, or ""
     */
    public static Pipeline standard(Optional<Path> templateDir, String baseUrl) {
        return new Pipeline(Lazy.of(StoryReader::standard), Lazy.of(Extractor::standard), Lazy.of(Matcher::standard),
                Lazy.of(Comparer::standard), Lazy.of(() -> SiteRenderer.create(templateDir, baseUrl)),
                new Publisher(), templateDir, baseUrl, true, Runtime.getRuntime().availableProcessors());
    }

    /** This pipeline without the build cache: every story is built afresh, and no cache is written. */
    public Pipeline withoutCache() {
        return new Pipeline(reader, extractor, matcher, comparer, renderer, publisher, templateDir, baseUrl,
                false, threads);
    }

    /** This pipeline with {@code count} workers (1: every story on the calling thread). */
    public Pipeline withThreads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("thread count " + count + " must be >= 1");
        }
        return new Pipeline(reader, extractor, matcher, comparer, renderer, publisher, templateDir, baseUrl,
                cached, count);
    }

    /**
     * What a build did.
     *
     * @param stories  stories in the site
     * @param articles article files in them
     * @param files    files written
     * @param reused   stories taken from the build cache
     */
    public record Report(int stories, int articles, int files, int reused) {}

    /**
     * Builds the site for {@code input} and publishes it to {@code output}. On bad input nothing is
     * published, and the exception names every problem of every story.
     */
    public Report build(Path input, Path output) throws BadInputException, IOException {
        if (!cached) {
            warmUp(); // every story will be built: start now, while the reader is made and the folders listed
        } else {
            warmUpIfChanged(input, output);
        }
        List<Path> folders = StoryReader.storyFolders(input); // no reader yet: a rebuild may read no story
        boolean many = folders.size() > 1;
        StoryCache cache = cacheFor(output, many);
        AtomicBoolean failed = new AtomicBoolean();
        try (Publisher.Session session = publisher.open(output, cache.ledger())) {
            List<Built> built = forEachStory(folders, folder -> buildStory(folder, many, cache, session, failed));
            List<Problem> problems = built.stream().flatMap(b -> b.problems().stream()).toList();
            if (!problems.isEmpty()) {
                throw new BadInputException(problems);
            }
            List<StorySummary> index = built.stream().map(b -> b.summary().orElseThrow())
                    .sorted(Comparator.comparing(s -> s.view().slug())).toList();
            // the site-wide files, unless the last build published the same ones and they are still there
            String fixed = cache.siteKey("fixed", List.of());
            if (!session.reuse(fixed)) {
                session.write(fixed, new SiteFiles(renderer.get().renderFixed()));
            }
            String listing = cache.siteKey("listing", index);
            if (!session.reuse(listing)) {
                session.write(listing, new SiteFiles(renderer.get().renderListing(index, many)));
            }
            session.commit();
            cache.retainOnly(built.stream().map(Built::key).toList());
            return new Report(built.size(), built.stream().mapToInt(Built::articles).sum(), session.files(),
                    (int) built.stream().filter(Built::reused).count());
        }
    }

    /**
     * One story, start to finish: ingest -> extract -> match -> compare -> render -> publish; or, when
     * nothing it depends on changed, its files from the cache -> publish.
     */
    private Built buildStory(Path folder, boolean many, StoryCache cache, Publisher.Session session,
            AtomicBoolean failed) throws IOException {
        String key = cache.key(folder);
        Optional<StoryCache.Entry> reused = cache.get(key);
        if (reused.isPresent()) {
            StoryCache.Entry entry = reused.get();
            // the files the last build published for this key, if untouched since; else the cached copy
            String dir = SiteRenderer.storyFolder(entry.summary().view().slug(), many);
            if (!session.reuse(key, dir, entry.paths())) {
                session.write(key, new SiteFiles(entry.files()));
            }
            return new Built(key, Optional.of(entry.summary()), entry.articles(), true, List.of());
        }
        warmUp();
        Story story;
        try {
            story = reader.get().readStory(folder);
        } catch (BadInputException e) {
            failed.set(true);
            return Built.failed(key, e.problems());
        }
        if (failed.get()) {
            return Built.failed(key, List.of()); // the build fails anyway: only collect problems
        }
        Comparison comparison = compare(analyse(story));
        SiteRenderer site = renderer.get();
        SortedMap<String, byte[]> pages = site.renderStory(comparison, many);
        CachedStory done = new CachedStory(site.summary(comparison, pages), story.sources().size(), pages);
        cache.put(key, done);
        session.write(key, new SiteFiles(done.files()));
        return new Built(key, Optional.of(done.summary()), done.articles(), false, List.of());
    }

    /**
     * On the first story that must be built (without the cache: at the start of the build), starts
     * reading the tagger's models and building the services the story needs after the extractor
     * (matcher with its WordNet table, renderer with its templates, comparer) on background threads,
     * while the caller reads the story and makes the extractor: this hides most of their start-up. The
     * story waits for the models first (the extractor needs them), so on two cores or fewer one thread
     * reads the models, then builds the services: two threads there would share the core that the JIT
     * compiler also uses, and the models, on the story's path, would arrive later (a seed build's main
     * thread waited about a tenth less with one thread). On more cores, a thread each. A build that takes
     * every story from the cache loads none of them.
     */
    private void warmUp() {
        if (warming.compareAndSet(false, true)) {
            Runnable models = () -> {
                try {
                    Tagger.preload();
                } catch (RuntimeException e) {
                    // the worker that needs the models reads them again, and that failure is reported
                }
            };
            Runnable services = () -> {
                try {
                    matcher.get().warmUp();
                    renderer.get().warmUp();
                    comparer.get();
                } catch (RuntimeException e) {
                    // the worker that needs the service builds it again, and that failure is reported
                }
            };
            if (Runtime.getRuntime().availableProcessors() > 2) {
                daemon("parallax-warm-up-models", models);
                daemon("parallax-warm-up", services);
            } else {
                daemon("parallax-warm-up", () -> {
                    models.run();
                    services.run();
                });
            }
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * Starts the warm-up ({@link #warmUp}) at once when a story probably changed since the last build (an input
     * modified after the build's ledger: {@link StoryCache#probablyChanged}), rather than when the first key
     * that misses is known: the models then load while the folders are listed and the inputs hashed. Checked
     * on a thread of its own. A rebuild with nothing changed loads nothing, as before; a wrong guess costs
     * the warm-up's CPU, never a different output. The input found newer also names the story the workers start
     * with ({@link #forEachStory}).
     */
    private void warmUpIfChanged(Path input, Path output) {
        Thread check = new Thread(() -> {
            Optional<Path> newer = StoryCache.firstNewer(input, output);
            if (newer.isPresent()) {
                changed.set(newer.get());
                warmUp();
            }
        }, "parallax-change-check");
        check.setDaemon(true);
        check.start();
    }

    /** Stage 1: read the stories. */
    public List<Story> ingest(Path input) throws BadInputException {
        return reader.get().read(input);
    }

    /** Stages 2 and 3: extract statements and speakers, then match them across sources. */
    public Analysis analyse(Story story) {
        Extraction extraction = extractor.get().extract(story);
        List<Cluster> clusters = matcher.get().cluster(story, extraction);
        return new Analysis(story, extraction.speakers(), extraction.statements(), clusters);
    }

    /** Stage 4: coverage, differences, framing and citations. */
    public Comparison compare(Analysis analysis) {
        return comparer.get().compare(analysis);
    }

    /** The extract stage alone (for the {@code extract} command). */
    public Extraction extract(Story story) {
        return extractor.get().extract(story);
    }

    private StoryCache cacheFor(Path output, boolean many) throws IOException {
        if (!cached) {
            return StoryCache.disabled();
        }
        String templates = templateDir.isPresent() ? StoryCache.hashOf(templateDir.get()) : "jar";
        return StoryCache.beside(output, "many=" + many + "\nbaseUrl=" + baseUrl + "\ntemplates=" + templates);
    }

    /** Runs {@code task} for every folder on the workers; results in the order of {@code folders}. */
    private <R> List<R> forEachStory(List<Path> folders, StoryTask<R> task) throws IOException {
        List<R> results = new ArrayList<>(folders.size());
        if (threads == 1 || folders.size() == 1) {
            for (Path folder : folders) {
                results.add(task.run(folder));
            }
            return results;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, folders.size()), new Workers());
        try {
            List<Future<R>> pending = new ArrayList<>(folders.size());
            int first = probablyChanged(folders);
            for (int i = 0; i < folders.size(); i++) {
                pending.add(null);
            }
            if (first >= 0) {
                Path folder = folders.get(first);
                pending.set(first, workers.submit(() -> task.run(folder)));
            }
            for (int i = 0; i < folders.size(); i++) {
                if (i != first) {
                    Path folder = folders.get(i);
                    pending.set(i, workers.submit(() -> task.run(folder)));
                }
            }
            for (Future<R> f : pending) {
                results.add(join(f));
            }
            return results;
        } finally {
            stop(workers);
        }
    }

    /**
     * The index of the story folder that holds the input the change check found newer than the last build, if it
     * has found one by now, else -1: that story is probably the one to build, so it starts first, while the
     * other worker carries the rest over, rather than after the carry-over of every story before it. Only the
     * order the workers take the stories in; the results are collected in folder order.
     */
    private int probablyChanged(List<Path> folders) {
        Path newer = changed.get();
        if (newer == null) {
            return -1;
        }
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            if (!newer.equals(folder.getParent()) && newer.startsWith(folder)) {
                return i;
            }
        }
        return -1;
    }

    /** Stops the workers and waits for the running ones, so none writes after the build has failed. */
    private static void stop(ExecutorService workers) {
        workers.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (workers.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <R> R join(Future<R> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("build interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a story failed", cause);
        }
    }

    /** The work on one story folder. */
    @FunctionalInterface
    private interface StoryTask<R> {
        R run(Path folder) throws IOException;
    }

    /**
     * What the build keeps of one story folder once its files are written: its summary for the index,
     * or the problems of its input. Never the story's files or analysis, so memory does not grow with
     * the number of stories.
     */
    private record Built(String key, Optional<StorySummary> summary, int articles, boolean reused,
            List<Problem> problems) {
        static Built failed(String key, List<Problem> problems) {
            return new Built(key, Optional.empty(), 0, false, problems);
        }
    }

    /** Daemon worker threads, named for stack traces. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "parallax-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }

    /** A value built on first use, once, by whichever thread needs it first. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> factory;
        private volatile T value;

        private Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        static <T> Lazy<T> of(Supplier<T> factory) {
            return new Lazy<>(factory);
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}

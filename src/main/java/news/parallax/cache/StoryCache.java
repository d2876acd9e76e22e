package news.parallax.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import news.parallax.publish.Publisher;
import news.parallax.render.StorySummary;

/**
 * The rendered files of each story of the last build, keyed by a content hash of everything they
 * depend on: the story folder's name and files, the code ({@link CodeVersion}) and the site-wide
 * settings the caller passes (base address, templates, one story or many). A story whose key is found
 * is not read, analysed or rendered again; its files are byte for byte what a full build makes, since
 * the same inputs make the same output (see DESIGN.md: deterministic output).
 *
 * <p>One file per story, {@code <key>.story}, written atomically. A missing, truncated or unreadable
 * entry is a miss, never an error. Thread-safe.
 */
public final class StoryCache {

    private static final String SUFFIX = ".story";
    private static final String LEDGER = "published.ledger";
    private static final int MAGIC = 0x50584333; // "PXC3": the summary field by field

    private final Optional<Path> dir;
    private final String salt;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    private StoryCache(Optional<Path> dir, String salt) {
        this.dir = dir;
        this.salt = salt;
    }

    /** A cache that holds nothing: every story is a miss, and nothing is written. */
    public static StoryCache disabled() {
        return new StoryCache(Optional.empty(), "");
    }

    /**
     * The cache of the site published at {@code output}: {@code <output's parent>/.parallax-cache/<output's
     * name>/}, outside the site.
     *
     * @param settings everything besides the story and the code that the rendered files depend on
     */
    public static StoryCache beside(Path output, String settings) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            return disabled();
        }
        return in(parent.resolve(".parallax-cache").resolve(target.getFileName().toString()), settings);
    }

    /**
     * Whether some story under {@code input} probably changed since the last build to {@code output} with the
     * cache: there is no ledger of it (no such build), or a file or folder under {@code input} (two levels
     * down: a story folder, or a folder of them) was modified after that ledger was written. Only a guess, to
     * start loading what a story's analysis needs before the keys are computed; the keys decide what is built.
     */
    public static boolean probablyChanged(Path input, Path output) {
        return firstNewer(input, output).isPresent();
    }

    /**
     * The first file or folder found under {@code input} (two levels down, as {@link #probablyChanged} looks) that
     * was modified after the ledger of the last build to {@code output} was written: in a folder of stories, one
     * inside the story folder that probably changed (or that folder itself, or {@code input} when a story was
     * added or removed). {@code input} itself when there is no such ledger; empty when nothing is newer. Only a
     * guess, for scheduling; the keys decide what is built.
     */
    public static Optional<Path> firstNewer(Path input, Path output) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            return Optional.of(input);
        }
        Path ledger = parent.resolve(".parallax-cache").resolve(target.getFileName().toString()).resolve(LEDGER);
        try {
            long written = Files.getLastModifiedTime(ledger).toMillis();
            return Optional.ofNullable(newerThan(input, written, 2));
        } catch (IOException | RuntimeException e) {
            return Optional.of(input);
        }
    }

    private static Path newerThan(Path path, long time, int depth) throws IOException {
        if (Files.getLastModifiedTime(path).toMillis() >= time) {
            return path;
        }
        if (depth == 0 || !Files.isDirectory(path)) {
            return null;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
            for (Path child : children) {
                Path newer = newerThan(child, time, depth - 1);
                if (newer != null) {
                    return newer;
                }
            }
        }
        return null;
    }

    /** A cache in folder {@code dir} (created when first written). */
    public static StoryCache in(Path dir, String settings) {
        String salt = new CodeVersion.Hasher().add(CodeVersion.current()).add(settings).hex();
        return new StoryCache(Optional.of(dir), salt);
    }

    /** True unless {@link #disabled()}. */
    public boolean enabled() {
        return dir.isPresent();
    }

    /**
     * The key of a story folder: a hash of the salt, the folder's name, and the name and content (its length and
     * CRC-32C and CRC-32) of each of its files (all of them but hidden ones, sorted
     * by name; sub-folders are not part of a story).
     */
    public String key(Path storyFolder) throws IOException {
        if (dir.isEmpty()) {
            return "";
        }
        CodeVersion.Hasher hash = new CodeVersion.Hasher().add(salt);
        Path name = storyFolder.toAbsolutePath().normalize().getFileName();
        hash.add(name == null ? "" : name.toString());
        for (Path file : filesOf(storyFolder)) {
            hash.add(file.getFileName().toString()).addContent(Files.readAllBytes(file));
        }
        return hash.hex();
    }

    /**
     * The key of site-wide files made from {@code summaries} (in the order given) and the settings alone, such
     * as the index of stories, the feed and the sitemap; {@code part} names which files. "" when the cache is
     * {@link #disabled()}. The same summaries, code and settings make the same files, so a rebuild may carry
     * them over under this key as it does a story's.
     */
    public String siteKey(String part, List<StorySummary> summaries) throws IOException {
        if (dir.isEmpty()) {
            return "";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(summaries.size());
            for (StorySummary s : summaries) {
                SummaryCodec.write(out, s);
            }
        }
        return "site-" + new CodeVersion.Hasher().add(salt).add("site-wide files: " + part).add(bytes.toByteArray())
                .hex();
    }

    /** A content hash of every file under {@code folder} (for settings such as a templates folder). */
    public static String hashOf(Path folder) throws IOException {
        CodeVersion.Hasher hash = new CodeVersion.Hasher();
        for (Path file : CodeVersion.files(folder)) {
            hash.add(folder.relativize(file).toString().replace('\\', '/')).addContent(Files.readAllBytes(file));
        }
        return hash.hex();
    }

    /**
     * The entry for {@code key}, if a build stored one and it can be read: its head is read now, its files
     * only when {@link Entry#files()} is called.
     */
    public Optional<Entry> get(String key) {
        Optional<Entry> found = dir.flatMap(d -> read(d.resolve(key + SUFFIX)));
        (found.isPresent() ? hits : misses).incrementAndGet();
        return found;
    }

    /**
     * A story found in the cache: what the index of stories needs, and its rendered files when asked.
     * Immutable; thread-safe.
     */
    public static final class Entry {
        private final Path file;
        private final long filesAt;
        private final StorySummary summary;
        private final int articles;
        private final List<String> paths;
        private final int[] lengths;

        private Entry(Path file, long filesAt, StorySummary summary, int articles, List<String> paths, int[] lengths) {
            this.file = file;
            this.filesAt = filesAt;
            this.summary = summary;
            this.articles = articles;
            this.paths = List.copyOf(paths);
            this.lengths = lengths.clone();
        }

        /** What the index of stories, the feed and the sitemap need of the story. */
        public StorySummary summary() {
            return summary;
        }

        /** How many article files the story has. */
        public int articles() {
            return articles;
        }

        /** The site paths of the story's rendered files, sorted. */
        public List<String> paths() {
            return paths;
        }

        /** The story's rendered files, by site path, read from the entry now. */
        public SortedMap<String, byte[]> files() throws IOException {
            SortedMap<String, byte[]> files = new TreeMap<>();
            try (InputStream raw = Files.newInputStream(file);
                    DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
                in.skipNBytes(filesAt);
                for (int i = 0; i < paths.size(); i++) {
                    files.put(paths.get(i), readBytes(in, lengths[i]));
                }
            }
            return files;
        }
    }

    /**
     * Stores the entry for {@code key}, replacing any other. Layout: a magic number, the length of the head,
     * the head (the summary, the number of articles, each file's path and length), then the files' bytes,
     * so that a hit reads the head alone unless the files are needed.
     */
    public void put(String key, CachedStory story) throws IOException {
        if (dir.isEmpty()) {
            return;
        }
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(head)) {
            SummaryCodec.write(out, story.summary());
            out.writeInt(story.articles());
            out.writeInt(story.files().size());
            for (Map.Entry<String, byte[]> e : story.files().entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
            }
        }
        Files.createDirectories(dir.get());
        Path temp = Publisher.freshFile(dir.get(), key, ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(head.size());
                head.writeTo(out);
                for (byte[] bytes : story.files().values()) {
                    out.write(bytes);
                }
            }
            move(temp, dir.get().resolve(key + SUFFIX));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Where the publisher keeps what it published under each key (see {@code Publisher.open}), in the
     * cache's folder: empty when the cache is {@link #disabled()}.
     */
    public Optional<Path> ledger() {
        return dir.map(d -> d.resolve(LEDGER));
    }

    /** Deletes every entry but those of {@code keys}: what the cache holds is only the last build. */
    public void retainOnly(Collection<String> keys) throws IOException {
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        Set<String> keep = new HashSet<>();
        keys.forEach(k -> keep.add(k + SUFFIX));
        keep.add(LEDGER);
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir.get())) {
            for (Path p : all) {
                if (!keep.contains(p.getFileName().toString())) {
                    stale.add(p);
                }
            }
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }

    /** How many {@link #get}s found an entry. */
    public int hits() {
        return hits.get();
    }

    /** How many {@link #get}s found none. */
    public int misses() {
        return misses.get();
    }

    private static Optional<Entry> read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer start = ByteBuffer.allocate(8);
            readFully(channel, start);
            int headLength = start.getInt(4);
            if (start.getInt(0) != MAGIC || headLength < 0 || headLength > channel.size()) {
                return Optional.empty();
            }
            ByteBuffer head = ByteBuffer.allocate(headLength);
            readFully(channel, head);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(head.array()));
            StorySummary summary = SummaryCodec.read(in);
            int articles = in.readInt();
            int count = in.readInt();
            if (count < 0 || count > headLength) {
                return Optional.empty();
            }
            List<String> paths = new ArrayList<>(count);
            int[] lengths = new int[count];
            long total = 8L + headLength;
            for (int i = 0; i < count; i++) {
                paths.add(in.readUTF());
                lengths[i] = in.readInt();
                if (lengths[i] < 0) {
                    return Optional.empty();
                }
                total += lengths[i];
            }
            if (in.available() != 0 || total != channel.size()) {
                return Optional.empty(); // torn: the files are not all there
            }
            return Optional.of(new Entry(file, 8L + headLength, summary, articles, paths, lengths));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a torn or outdated entry: build the story again, and the new entry replaces it
            return Optional.empty();
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("entry ends early");
            }
        }
    }

    private static List<Path> filesOf(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static byte[] readBytes(DataInputStream in, int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new EOFException("truncated entry");
        }
        return bytes;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

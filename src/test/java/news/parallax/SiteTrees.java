package news.parallax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: story folders made from the seeds, and whole output folders read back. */
final class SiteTrees {
    static final Path SEEDS = Path.of("seeds");

    private SiteTrees() {}

    /**
     * A folder of {@code count} stories, each a copy of the seed articles; story {@code i} has one extra
     * sentence in its first article so that no two stories are the same.
     */
    static Path stories(Path root, int count) throws IOException {
        Path input = Files.createDirectories(root.resolve("stories"));
        for (int i = 0; i < count; i++) {
            Path story = Files.createDirectories(input.resolve(String.format(Locale.ROOT, "story-%02d", i)));
            List<Path> seeds = seedFiles();
            for (Path seed : seeds) {
                Files.copy(seed, story.resolve(seed.getFileName()));
            }
            Path first = story.resolve(seeds.stream().filter(p -> p.toString().endsWith(".txt")).findFirst()
                    .orElseThrow().getFileName());
            append(first, "\n\nThe council met " + (i + 2) + " times this year.\n");
        }
        return input;
    }

    static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every file under {@code root}, by path relative to it with '/' separators. */
    static SortedMap<String, byte[]> read(Path root) throws IOException {
        SortedMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    /** The files as "path: text" lines, so that a failed comparison shows what differs. */
    static SortedMap<String, String> text(SortedMap<String, byte[]> files) {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}

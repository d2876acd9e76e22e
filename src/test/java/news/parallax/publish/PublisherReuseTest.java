package news.parallax.publish;

import static news.parallax.publish.PublisherPathTest.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session carries over the files the last commit published under a key, unread and unwritten, only
 * while the ledger says they are untouched; otherwise the caller writes them, and the new site holds
 * exactly what was written or carried over.
 */
class PublisherReuseTest {

    private static final List<String> STORY = List.of("a/index.html", "a/sources/one.html", "data/a.json");

    @TempDir
    Path tmp;

    private Path out;
    private Optional<Path> ledger;

    @BeforeEach
    void publishStoryAOnce() throws IOException {
        out = tmp.resolve("site");
        ledger = Optional.of(tmp.resolve("cache/published.ledger"));
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            s.write("key-a", site("a/index.html", "overview", "a/sources/one.html", "source", "data/a.json", "{}"));
            s.write(site("index.html", "home"));
            s.commit();
        }
    }

    private boolean republish(List<String> paths) throws IOException {
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            boolean reused = s.reuse("key-a", "a/", paths);
            if (!reused) {
                s.write("key-a", site("a/index.html", "overview", "a/sources/one.html", "source", "data/a.json", "{}"));
            }
            s.write(site("index.html", "home"));
            s.commit();
            return reused;
        }
    }

    @Test
    void anUntouchedStoryIsCarriedOverAsTheSameFiles() throws Exception {
        Object page = inode(out.resolve("a/sources/one.html"));
        Object data = inode(out.resolve("data/a.json"));
        assumeThat(page).as("the file system reports inode numbers").isNotNull();

        assertThat(republish(STORY)).isTrue();

        assertThat(inode(out.resolve("a/sources/one.html"))).isEqualTo(page);
        assertThat(inode(out.resolve("data/a.json"))).isEqualTo(data);
        assertThat(listing(out)).containsExactly("a/", "a/index.html", "a/sources/", "a/sources/one.html", "data/",
                "data/a.json", "index.html");
        assertThat(republish(STORY)).as("the new ledger holds the carried-over files too").isTrue();
    }

    @Test
    void aKeyAloneCarriesOverTheFilesTheLedgerListsForIt() throws Exception {
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            assertThat(s.reuse("key-a")).isTrue();
            assertThat(s.reuse("key-b")).as("a key the ledger does not know").isFalse();
            s.write(site("index.html", "home"));
            s.commit();
        }
        assertThat(listing(out)).containsExactly("a/", "a/index.html", "a/sources/", "a/sources/one.html", "data/",
                "data/a.json", "index.html");
        Files.writeString(out.resolve("data/a.json"), "[]");
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            assertThat(s.reuse("key-a")).as("after one of its files changed").isFalse();
        }
    }

    @Test
    void aTornLedgerCarriesNothingOver() throws Exception {
        byte[] bytes = Files.readAllBytes(ledger.orElseThrow());
        Files.write(ledger.orElseThrow(), Arrays.copyOf(bytes, bytes.length - 3));

        assertThat(republish(STORY)).isFalse();

        assertThat(out.resolve("a/sources/one.html")).hasContent("source");
        assertThat(republish(STORY)).as("the next ledger is whole again").isTrue();
    }

    @Test
    void aFileEditedInTheOutputIsWrittenAgain() throws Exception {
        Path page = out.resolve("a/sources/one.html");
        Files.writeString(page, "SOURCE");
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 5_000));

        assertThat(republish(STORY)).isFalse();

        assertThat(page).hasContent("source");
    }

    @Test
    void aFileDeletedFromTheOutputIsWrittenAgain() throws Exception {
        Files.delete(out.resolve("data/a.json"));

        assertThat(republish(STORY)).isFalse();

        assertThat(out.resolve("data/a.json")).hasContent("{}");
    }

    @Test
    void aFileAddedToTheStoryFolderIsNotCarriedOver() throws Exception {
        Files.writeString(out.resolve("a/sources/stray.html"), "stray");
        Files.createDirectories(out.resolve("a/empty"));

        assertThat(republish(STORY)).isTrue();

        assertThat(listing(out)).containsExactly("a/", "a/index.html", "a/sources/", "a/sources/one.html", "data/",
                "data/a.json", "index.html");
        assertThat(out.resolve("a/index.html")).hasContent("overview");
    }

    @Test
    void otherPathsThanTheLedgersAreNotCarriedOver() throws Exception {
        assertThat(republish(List.of("a/index.html", "data/a.json"))).isFalse();
        assertThat(republish(List.of("a/index.html", "a/sources/two.html", "data/a.json"))).isFalse();
    }

    @Test
    void withoutALedgerNothingIsCarriedOver() throws Exception {
        Files.delete(ledger.orElseThrow());

        assertThat(republish(STORY)).isFalse();

        assertThat(listing(out)).contains("a/sources/one.html", "data/a.json");
    }

    @Test
    void aSessionClosedBeforeItsCommitLeavesTheOldOutputWhole() throws Exception {
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            assertThat(s.reuse("key-a", "a/", STORY)).isTrue();
        }

        assertThat(listing(out)).containsExactly("a/", "a/index.html", "a/sources/", "a/sources/one.html", "data/",
                "data/a.json", "index.html");
        assertThat(republish(STORY)).isTrue();
    }

    @Test
    void aFolderAnotherPartWritesIntoIsLinkedFileByFile() throws Exception {
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            assertThat(s.reuse("key-a", "a/", STORY)).isTrue();
            s.write(site("a/extra.html", "extra", "index.html", "home"));
            s.commit();
        }

        assertThat(listing(out)).containsExactly("a/", "a/extra.html", "a/index.html", "a/sources/",
                "a/sources/one.html", "data/", "data/a.json", "index.html");
        assertThat(out.resolve("a/sources/one.html")).hasContent("source");
        assertThat(republish(STORY)).isTrue();
    }

    @Test
    void aCarriedOverPathCannotBeWrittenByAnotherPart() throws Exception {
        try (Publisher.Session s = new Publisher().open(out, ledger)) {
            s.reuse("key-a", "a/", STORY);
            assertThatThrownBy(() -> s.write(site("data/a.json", "x")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("data/a.json");
        }
    }

    /** Every file and folder under {@code root} ("name/" for a folder), sorted. */
    static List<String> listing(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root))
                    .map(p -> root.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : ""))
                    .sorted().toList();
        }
    }

    private static Object inode(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}

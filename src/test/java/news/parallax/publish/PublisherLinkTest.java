package news.parallax.publish;

import static news.parallax.publish.PublisherPathTest.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A republished file whose bytes did not change is linked to the previous output's file, not written again;
 * every other file is written, and the previous output stays whole until the swap.
 */
class PublisherLinkTest {

    @Test
    void anUnchangedFileKeepsItsInodeAndChangedOnesGetTheirNewBytes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        new Publisher().publish(site("same.html", "kept", "grown.html", "short", "twin.html", "abcd", "gone.html", "x"), out);
        assumeTrue(inode(out.resolve("same.html")) != null, "the file system reports no inode numbers");
        Object before = inode(out.resolve("same.html"));

        new Publisher().publish(site("same.html", "kept", "grown.html", "longer now", "twin.html", "abce"), out);

        assertThat(inode(out.resolve("same.html"))).isEqualTo(before);
        assertThat(out.resolve("same.html")).hasContent("kept");
        assertThat(out.resolve("grown.html")).hasContent("longer now");
        assertThat(out.resolve("twin.html")).as("same size, other bytes").hasContent("abce");
        assertThat(out.resolve("gone.html")).doesNotExist();
    }

    @Test
    void aSessionClosedBeforeItsCommitLeavesTheLinkedFilesOfTheOldSiteAsTheyWere(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        new Publisher().publish(site("same.html", "kept", "other.html", "old"), out);
        try (Publisher.Session session = new Publisher().open(out)) {
            session.write(site("same.html", "kept", "other.html", "new"));
        }
        assertThat(out.resolve("same.html")).hasContent("kept");
        assertThat(out.resolve("other.html")).hasContent("old");
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void aSymbolicLinkInTheOldSiteIsNotCarriedOverEvenWithTheSameBytes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        new Publisher().publish(site("index.html", "home"), out);
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.html"), "kept");
        Files.createSymbolicLink(out.resolve("same.html"), elsewhere);

        new Publisher().publish(site("index.html", "home", "same.html", "kept"), out);

        assertThat(Files.isSymbolicLink(out.resolve("same.html"))).isFalse();
        assertThat(out.resolve("same.html")).hasContent("kept");
    }

    private static Object inode(Path file) throws IOException {
        try {
            return Files.getAttribute(file, "unix:ino");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }
}

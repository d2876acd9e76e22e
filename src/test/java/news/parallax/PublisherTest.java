package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeMap;
import news.parallax.ingest.BadInputException;
import news.parallax.model.SiteFiles;
import news.parallax.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build never destroys the last good site; a good one replaces it whole. */
class PublisherTest {

    @Test
    void aNewSiteReplacesTheOldOneWhole(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        new Publisher().publish(site("a.html", "old", "stale.html", "gone"), out);
        new Publisher().publish(site("a.html", "new"), out);
        assertThat(Files.readString(out.resolve("a.html"))).isEqualTo("new");
        assertThat(out.resolve("stale.html")).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void aBuildThatFailsOnBadInputLeavesThePreviousSiteUntouched(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        Pipeline pipeline = Pipeline.standard(Optional.empty(), "");
        pipeline.build(Path.of("seeds"), out);
        byte[] before = Files.readAllBytes(out.resolve("index.html"));
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("empty.txt"), "   \n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pipeline.build(bad, out)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("empty.txt");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
    }

    private static SiteFiles site(String... pathsAndContents) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new SiteFiles(files);
    }
}

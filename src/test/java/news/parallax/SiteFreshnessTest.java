package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import news.parallax.model.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code site/} must be exactly what a fresh build of {@code seeds/} produces. */
class SiteFreshnessTest {

    private static final String FIX = "run `mvn -q -DskipTests package` and commit site/";

    @Test
    void committedSiteIsWhatAFreshBuildOfTheSeedsProduces(@TempDir Path tmp) throws Exception {
        Path committed = Path.of("site");
        assertThat(committed).as("site/ is missing: " + FIX).isDirectory();
        Pipeline.standard(Optional.empty(), "").withoutCache().build(Path.of("seeds"), tmp.resolve("site"));
        SiteFiles fresh = new SiteFiles(SiteTrees.read(tmp.resolve("site")));

        TreeSet<String> onDisk = filesUnder(committed);
        for (Map.Entry<String, byte[]> e : fresh.files().entrySet()) {
            Path file = committed.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                fail("site/" + e.getKey() + " is missing from the committed site: " + FIX);
            }
            if (!Arrays.equals(Files.readAllBytes(file), e.getValue())) {
                fail("site/" + e.getKey() + " differs from a fresh build of seeds/: " + FIX);
            }
        }
        onDisk.removeAll(fresh.files().keySet());
        assertThat(onDisk).as("files in site/ that a fresh build no longer makes: " + FIX).isEmpty();
    }

    static TreeSet<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            TreeSet<String> out = new TreeSet<>();
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
            return out;
        }
    }
}

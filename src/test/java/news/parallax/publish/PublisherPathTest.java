package news.parallax.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import news.parallax.model.SiteFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No site path can leave the output folder, and a refused path leaves the previous site as it was. */
class PublisherPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"../evil.html", "a/../../evil.html", "/etc/passwd", "a//b.html", "a/./b.html", "a/", "",
        "C:\\evil.html", "a\\..\\b.html", "caf\u00e9.html", "a b.html", "\u202Egnp.html", "x\u0000.html", "..", "."})
    void anUnsafeSitePathIsRefused(String path) {
        assertThatThrownBy(() -> Publisher.checkPath(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("site path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "data/index.json", "sources/000_abc.html", "assets/style.css", ".nojekyll", "a..b.html"})
    void aPlainRelativeSitePathIsAccepted(String path) {
        assertThatCode(() -> Publisher.checkPath(path)).doesNotThrowAnyException();
    }

    @Test
    void theCharacterCheckAcceptsExactlyWhatTheSegmentRuleAccepts() {
        Pattern segmentRule = Pattern.compile("[A-Za-z0-9._-]{1,128}");
        String alphabet = "aZ09._-/./..\\ \u00e9/";
        Random random = new Random(11);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder path = new StringBuilder();
            int length = random.nextInt(8) == 0 ? 100 + random.nextInt(200) : random.nextInt(12);
            for (int i = 0; i < length; i++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String p = path.toString();
            boolean rule = !p.isEmpty() && p.length() <= 240;
            for (String segment : p.split("/", -1)) {
                rule &= !segment.equals(".") && !segment.equals("..") && segmentRule.matcher(segment).matches();
            }
            assertThat(accepts(p)).as(p).isEqualTo(rule);
            accepted += rule ? 1 : 0;
        }
        assertThat(accepted).isGreaterThan(1_000);
    }

    @Test
    void aSiteWithAnEscapingPathIsNotPublishedAndTheOldSiteStays(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        new Publisher().publish(site("index.html", "old"), out);
        assertThatThrownBy(() -> new Publisher().publish(site("index.html", "new", "../escaped.html", "x"), out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(out.resolve("index.html")).hasContent("old");
        assertThat(tmp.resolve("escaped.html")).doesNotExist();
        try (var s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("site");
        }
    }

    @Test
    void thePublishedSiteFolderHasTheModeOfAnyNewFolderNotATemporaryFoldersOwnerOnlyMode(@TempDir Path tmp)
            throws Exception {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "no POSIX permissions on this file system");
        Path plain = Files.createDirectory(tmp.resolve("plain"));
        Path out = tmp.resolve("site");
        new Publisher().publish(site("index.html", "one"), out);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        new Publisher().publish(site("index.html", "two"), out);
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    /** A site of the given paths and contents, in turn (shared by this package's tests). */
    static SiteFiles site(String... pathsAndContents) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return new SiteFiles(files);
    }

    private static boolean accepts(String path) {
        try {
            Publisher.checkPath(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package news.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input through the real command line: exit code 1, a message that names the file (and line or
 * byte offset where it helps) and says what to do, and the site built before stays byte for byte.
 */
class BadInputTest {

    private static final String GOOD = "Council Passes Budget\n\nThe council voted on Monday to pass the budget.\n";

    @TempDir
    static Path shared;
    private static Path site;
    private static Map<String, byte[]> before;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildAGoodSiteFirst() throws IOException {
        Path good = Files.createDirectories(shared.resolve("good"));
        Files.writeString(good.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(good.resolve("b.txt"), GOOD.replace("Monday", "Tuesday"), StandardCharsets.UTF_8);
        site = shared.resolve("site");
        CliRun run = CliRun.of("build", "--input", good.toString(), "--output", site.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        before = CliRun.snapshot(site);
        assertThat(before).containsKey("data/index.json");
    }

    /** A bad input: the files to write (name, bytes) and what the message must say. */
    record Case(String name, Map<String, byte[]> files, String file, String... says) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Stream<Case> badInputs() {
        byte[] invalid = utf8("Council Passes Budget\n\nThe council voted on Monday. ");
        byte[] withBadByte = new byte[invalid.length + 3];
        System.arraycopy(invalid, 0, withBadByte, 0, invalid.length);
        withBadByte[invalid.length] = (byte) 0xC3;
        withBadByte[invalid.length + 1] = (byte) 0x28;
        withBadByte[invalid.length + 2] = '\n';
        return Stream.of(
                new Case("empty article", Map.of("bad.txt", new byte[0]), "bad.txt", "has no article text", "remove the file"),
                new Case("whitespace-only article", Map.of("bad.txt", utf8("  \n\t\n\u00A0\n")), "bad.txt", "has no article text"),
                new Case("markdown with front matter only", Map.of("bad.md", utf8("---\ntitle: A\n---\n\n")), "bad.md", "has no article text"),
                new Case("binary file", Map.of("bad.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9}), "bad.txt",
                        "looks binary", "byte offset 4", "plain text"),
                new Case("invalid UTF-8", Map.of("bad.txt", withBadByte), "bad.txt:3",
                        "not valid UTF-8", "0xC3", "byte offset " + invalid.length, "save it as UTF-8"),
                new Case("UTF-16 with a byte-order mark", Map.of("bad.txt", utf16(true)), "bad.txt", "UTF-16", "save it as UTF-8"),
                new Case("UTF-16 without a byte-order mark", Map.of("bad.txt", utf16(false)), "bad.txt", "UTF-16", "save it as UTF-8"),
                new Case("malformed story.json", Map.of("story.json", utf8("{\n  \"title\": \"x\",\n  \"sources\": }\n")),
                        "story.json:3", "not valid JSON", "column"),
                new Case("story.json that is not an object", Map.of("story.json", utf8("[1, 2]")), "story.json", "one JSON object"),
                new Case("unknown key in story.json", Map.of("story.json", utf8("{\"titel\": \"x\"}")), "story.json",
                        "unknown key \"titel\"", "allowed"),
                new Case("wrong type in story.json", Map.of("story.json", utf8("{\"title\": 5}")), "story.json",
                        "\"title\" must be a string"),
                new Case("unknown source in story.json", Map.of("story.json", utf8("{\"sources\": {\"zz\": {\"outlet\": \"X\"}}}")),
                        "story.json", "names source \"zz\""),
                new Case("unknown key under sources in story.json",
                        Map.of("story.json", utf8("{\"sources\": {\"a\": {\"outlett\": \"X\"}}}")), "story.json", "unknown key \"outlett\""),
                new Case("unknown key in front matter", Map.of("bad.md", utf8("---\ntitel: A\n---\n" + GOOD)), "bad.md",
                        "unknown key \"titel\""),
                new Case("wrong type in front matter", Map.of("bad.md", utf8("---\ntitle: [1, 2]\n---\n" + GOOD)), "bad.md",
                        "\"title\" must be a string"),
                new Case("invalid YAML in front matter", Map.of("bad.md", utf8("---\ntitle: A\nbyline: [unclosed\n---\n" + GOOD)),
                        "bad.md:", "invalid YAML front matter"),
                new Case("malformed article JSON", Map.of("bad.json", utf8("{\"text\": \"x\"")), "bad.json:1", "not valid JSON"),
                new Case("article JSON without text", Map.of("bad.json", utf8("{\"title\": \"x\"}")), "bad.json", "has no article text"),
                new Case("two articles with the same id", Map.of("a.md", utf8(GOOD)), "a.", "same id \"a\"", "rename one"),
                new Case("ids differing only in case", Map.of("A.txt", utf8(GOOD)), "a", "same id", "rename one"),
                new Case("headline and no body", Map.of("bad.txt", utf8("Council Passes Budget\n\nBy Jane Doe\n")), "bad.txt", "no body"));
    }

    private static byte[] utf16(boolean bom) {
        byte[] text = GOOD.getBytes(StandardCharsets.UTF_16LE);
        if (!bom) {
            return text;
        }
        byte[] out = new byte[text.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(text, 0, out, 2, text.length);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputExitsWithOneNamesTheFileAndKeepsThePreviousSite(Case c) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
            Files.write(input.resolve(f.getKey()), f.getValue());
        }
        assertFailsCleanly(input, c.file(), c.says());
    }

    private static void assertFailsCleanly(Path input, String file, String... says) {
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", site.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains(file).contains(says).contains("unchanged").doesNotContain("Exception\n\tat ");
        assertThat(CliRun.snapshot(site)).as("the previous site, byte for byte").containsExactlyEntriesOf(before);
        try (Stream<Path> s = Files.list(site.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary folders left")
                    .noneMatch(n -> n.startsWith(".") && !n.equals(".parallax-cache")); // the build cache stays
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnreadableFileIsNamedWithWhatToDo() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Path locked = Files.writeString(input.resolve("locked.txt"), GOOD, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("running as root: chmod 000 does not stop reading").isFalse();
            assertFailsCleanly(input, "locked.txt", "cannot be read", "permission denied", "chmod");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aSymbolicLinkLoopIsNamedAndExplained() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("loop.txt"), input.resolve("loop.txt"));
        assertFailsCleanly(input, "loop.txt", "symbolic link that leads nowhere", "remove it");
    }

    @Test
    void aLoopingStoryFolderLinkInAFolderOfStoriesIsNamed() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(Files.createDirectories(input.resolve("one")).resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Files.createSymbolicLink(input.resolve("two"), input.resolve("two"));
        assertFailsCleanly(input, "two", "symbolic link that leads nowhere");
    }

    @Test
    void aStoryFolderWithNoArticlesIsNamed() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("story.json"), "{\"title\": \"x\"}", StandardCharsets.UTF_8);
        Files.writeString(input.resolve("notes.docx"), "x", StandardCharsets.UTF_8);
        assertFailsCleanly(input, "in", "holds no article files");
    }

    @Test
    void aMissingInputFolderIsNamed() {
        assertFailsCleanly(tmp.resolve("nowhere"), "nowhere", "does not exist");
    }

    @Test
    void twoStoryFoldersWithTheSameSlugAreRefused() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(Files.createDirectories(input.resolve("a b")).resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(input.resolve("a-b")).resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        assertFailsCleanly(input, "a-b", "same name in URLs", "rename one");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.write(input.resolve("binary.txt"), new byte[] {0, 1, 2});
        assertFailsCleanly(input, "empty.txt", "binary.txt", "2 problems");
    }

    @Test
    void anOutputFolderInsideTheInputIsRefused() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", input.resolve("site").toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("inside the input folder").contains("choose a folder outside it");
        assertThat(input.resolve("site")).doesNotExist();
    }

    @Test
    void anOutputFolderThatHoldsOtherFilesIsNeverReplaced() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Path mine = Files.createDirectories(tmp.resolve("my-documents"));
        Files.writeString(mine.resolve("thesis.txt"), "years of work", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", mine.toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("no Parallax site").contains("choose a new or empty folder");
        assertThat(mine.resolve("thesis.txt")).hasContent("years of work");
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), GOOD, StandardCharsets.UTF_8);
        Path file = Files.writeString(tmp.resolve("out.html"), "x", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", file.toString());
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("out.html").contains("not a folder");
    }

    @Test
    void aStoryWithOneArticleBuilds() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("only.txt"), GOOD, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", tmp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tmp.resolve("out/data/index.json")).exists();
    }

    @Test
    void aUtf8ByteOrderMarkIsAcceptedAndKeptSoOffsetsIndexTheDecodedFile() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "\uFEFF" + GOOD, StandardCharsets.UTF_8);
        Files.writeString(input.resolve("b.md"), "\uFEFF---\ntitle: Council Passes Budget\n---\n" + GOOD, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String data = Files.readString(out.resolve("data/in.json"), StandardCharsets.UTF_8);
        assertThat(data).contains("\"headline\" : \"Council Passes Budget\"").doesNotContain("\\uFEFF").doesNotContain("\uFEFF");
    }

    @Test
    void badUsageExitsWithTwo() {
        CliRun run = CliRun.of("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(Main.BAD_USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }
}

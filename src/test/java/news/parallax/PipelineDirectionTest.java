package news.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline runs one way (DESIGN.md): a stage's package may use the stages before it, never one after
 * it, and the model imports no stage at all. Read from the sources, so a backward import fails the build
 * with the file that holds it.
 */
class PipelineDirectionTest {

    private static final List<String> STAGES = List.of("ingest", "extract", "match", "compare", "render", "publish");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?news\\.parallax\\.([a-z]+)\\.", Pattern.MULTILINE);

    @ParameterizedTest(name = "{0} imports no later stage")
    @ValueSource(strings = {"ingest", "extract", "match", "compare", "render", "publish"})
    void aStageImportsNoStageThatRunsAfterIt(String stage) throws IOException {
        List<String> later = STAGES.subList(STAGES.indexOf(stage) + 1, STAGES.size());
        assertThat(importsOf(stage, later)).as("backward imports in news.parallax." + stage).isEmpty();
    }

    @ParameterizedTest(name = "{0} imports no stage")
    @ValueSource(strings = {"model", "text"})
    void theSharedFoundationsImportNoStage(String pkg) throws IOException {
        assertThat(importsOf(pkg, STAGES)).as("stage imports in news.parallax." + pkg).isEmpty();
    }

    private static List<String> importsOf(String pkg, List<String> forbidden) throws IOException {
        Path dir = Path.of("src/main/java/news/parallax", pkg);
        assertThat(dir).isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (forbidden.contains(m.group(1))) {
                        found.add(dir.relativize(file) + " imports news.parallax." + m.group(1));
                    }
                }
            }
        }
        return found;
    }
}

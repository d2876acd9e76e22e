package news.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes whatever the JVM's locale, time zone and default charset: a
 * build in a child JVM under Turkish rules (dotted and dotless i), a time zone at UTC+14 and
 * ISO-8859-1 as the default charset equals an in-process build, file for file and byte for byte.
 */
class DeterminismTest {

    @Test
    void aBuildUnderAnotherLocaleTimeZoneAndCharsetIsByteIdentical(@TempDir Path tmp) throws Exception {
        Path input = input(tmp);
        Path here = tmp.resolve("here");
        CliRun run = CliRun.of("build", "--input", input.toString(), "--output", here.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        Path there = tmp.resolve("there");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1", "-Dsun.jnu.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--input", input.toString(), "--output", there.toString());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(300, TimeUnit.SECONDS)).as("the child build finished").isTrue();
        String log = Files.readString(tmp.resolve("child.log"), StandardCharsets.ISO_8859_1);
        assertThat(child.exitValue()).as(log).isZero();

        Map<String, byte[]> a = CliRun.snapshot(here);
        Map<String, byte[]> b = CliRun.snapshot(there);
        assertThat(b.keySet()).containsExactlyElementsOf(a.keySet());
        for (String file : a.keySet()) {
            assertThat(b.get(file)).as("%s differs under tr_TR, Pacific/Kiritimati, ISO-8859-1", file).isEqualTo(a.get(file));
        }
    }

    /** The seeds plus a story whose text changes under Turkish case rules and non-ASCII bytes. */
    private static Path input(Path tmp) throws IOException {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Path seeds = Files.createDirectories(input.resolve("seeds"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, seeds.resolve(p.getFileName().toString()));
            }
        }
        Path turkish = Files.createDirectories(input.resolve("istanbul-\u0131\u0130"));
        Files.writeString(turkish.resolve("a.txt"), "ISTANBUL IS QUIET ON FRIDAY\n\nBy Ilkay Isik\n\nMarch 30, 2025 9:17 PM ET\n\n"
                + "ISTANBUL (WIRE) \u2014 \u201cIt is quiet,\u201d said Ilkay Isik, the mayor of \u0130stanbul. Prices rose 3.5% "
                + "to 1,234.5 lira, \u00e9t\u00e9 \u00fc\u00f6\u015f\u011f\u00e7.\n", StandardCharsets.UTF_8);
        Files.writeString(turkish.resolve("b.md"), "---\ntitle: \u0130stanbul is quiet\npublished: 2025-03-30T21:17:00+03:00\n---\n"
                + "\u201cIt is very quiet,\u201d Isik said on Friday. INTERIOR MINISTER I\u0307LKAY said: \u201cNo.\u201d\n",
                StandardCharsets.UTF_8);
        return input;
    }
}

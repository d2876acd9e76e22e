package news.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class DirectBuildTest {

    private static BuildCommand parsedByPicocli(String... args) {
        StringWriter sink = new StringWriter();
        CommandLine cli = Main.commandLine(new PrintWriter(sink), new PrintWriter(sink));
        CommandLine.ParseResult result = cli.parseArgs(args);
        return (BuildCommand) result.subcommand().commandSpec().userObject();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "build",
        "build --input in --output out",
        "build --output=out --input=in --no-cache",
        "build --no-cache --base-url https://example.org/site/ --input a/b",
        "build --base-url= --output o",
        "build --input=",
    })
    void aPlainBuildIsReadAsPicocliReadsIt(String line) {
        String[] args = line.split(" ");
        Optional<BuildCommand> direct = BuildCommand.direct(args);
        BuildCommand picocli = parsedByPicocli(args);
        assertThat(direct).isPresent();
        assertThat(direct.get().input).isEqualTo(picocli.input);
        assertThat(direct.get().output).isEqualTo(picocli.output);
        assertThat(direct.get().baseUrl).isEqualTo(picocli.baseUrl);
        assertThat(direct.get().noCache).isEqualTo(picocli.noCache);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "build --help",
        "build -h",
        "build --input",
        "build --input a --input b",
        "build --no-cache --no-cache",
        "build --input --output",
        "build @args.txt",
        "build --input @in",
        "build --no-cache=true",
        "build extra",
        "build -- --input",
        "extract --input in",
        "--version",
    })
    void anythingElseIsLeftToPicocli(String line) {
        assertThat(BuildCommand.direct(line.split(" "))).isEmpty();
    }
}

package news.parallax.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar parallax.jar <command>}. */
@Command(name = "parallax", mixinStandardHelpOptions = true, version = "parallax 0.1.0",
        description = "Compares how news outlets cover the same story, quote by quote and fact by fact.",
        subcommands = {BuildCommand.class, ExtractCommand.class, PairsCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for bad input (a file the build cannot use). */
    public static final int BAD_INPUT = 1;
    /** Exit code for bad usage (unknown option, missing argument). */
    public static final int BAD_USAGE = 2;
    /** Exit code for a bug: an exception the command did not expect. */
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /**
     * Runs the command line writing to {@code out} and {@code err}, and returns its exit code. A plain
     * {@code build} runs without the command-line library ({@link BuildCommand#direct}): same command.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            Optional<BuildCommand> build = BuildCommand.direct(args);
            if (build.isPresent()) {
                try {
                    return build.get().run(err);
                } catch (RuntimeException e) {
                    return internalError(err, e);
                }
            }
            return commandLine(out, err).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> BAD_USAGE);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(commandLine.getErr(), e));
        return cli;
    }

    /** Reports an exception a command did not expect; returns {@link #INTERNAL_ERROR}. */
    private static int internalError(PrintWriter err, Exception e) {
        err.println("parallax: internal error (a bug; please report it with the input that caused it): " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "give a command: build, extract, pairs or serve");
    }
}

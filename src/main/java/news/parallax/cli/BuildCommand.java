package news.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import news.parallax.Pipeline;
import news.parallax.ingest.BadInputException;
import news.parallax.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: the site for a story folder or a folder of story folders. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the comparison site for a story folder or a folder of story folders.")
final class BuildCommand implements Callable<Integer> {

    static final String DEFAULT_INPUT = "seeds";
    static final String DEFAULT_OUTPUT = "site";

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = DEFAULT_INPUT, description = "story folder, or folder of story folders (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--output", defaultValue = DEFAULT_OUTPUT, description = "where to write the site (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--base-url", defaultValue = "", description = "public address of the site, e.g. https://user.github.io/repo/")
    String baseUrl;

    @Option(names = "--no-cache", description = "build every story afresh; read and write no build cache "
            + "(by default it is kept in .parallax-cache/ beside the output)")
    boolean noCache;

    @Override
    public Integer call() {
        return run(spec.commandLine().getErr());
    }

    /**
     * The command for {@code args} when they are {@code build} and only its options, each at most once,
     * as {@code --name value} or {@code --name=value} with a value that picocli would take as it is (not
     * starting with {@code -} or {@code @}, a valid path); else empty, and picocli parses them (help,
     * errors, argument files). Saves the command-line library's start-up (about 0.15 s of CPU on a cold
     * JVM: it reads every command's annotations) on the common case; the command is the same.
     */
    static Optional<BuildCommand> direct(String... args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        BuildCommand c = new BuildCommand();
        Map<String, String> given = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-cache")) {
                if (given.put(a, "") != null) {
                    return Optional.empty();
                }
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq < 0 ? a : a.substring(0, eq);
            if (!name.equals("--input") && !name.equals("--output") && !name.equals("--base-url")) {
                return Optional.empty();
            }
            String value;
            if (eq >= 0) {
                value = a.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.startsWith("-") || value.startsWith("@") || given.put(name, value) != null) {
                return Optional.empty();
            }
        }
        try {
            c.input = Path.of(given.getOrDefault("--input", DEFAULT_INPUT));
            c.output = Path.of(given.getOrDefault("--output", DEFAULT_OUTPUT));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        c.baseUrl = given.getOrDefault("--base-url", "");
        c.noCache = given.containsKey("--no-cache");
        return Optional.of(c);
    }

    /** Runs the command, writing messages to {@code err}; returns its exit code. */
    int run(PrintWriter err) {
        Optional<String> usage = OutputCheck.problem(input, output);
        if (usage.isPresent()) {
            err.println("parallax build: " + usage.get());
            err.println("parallax build: nothing was written");
            return Main.BAD_INPUT;
        }
        try {
            Pipeline pipeline = Pipeline.standard(Optional.empty(), baseUrl);
            Pipeline.Report report = (noCache ? pipeline.withoutCache() : pipeline).build(input, output);
            err.println("parallax build: wrote " + report.files() + " files to " + output
                    + (report.reused() > 0 ? " (" + report.reused() + " of " + report.stories()
                            + " stories unchanged, reused from the build cache)" : ""));
            return Main.OK;
        } catch (BadInputException e) {
            for (Problem p : e.problems()) {
                err.println("parallax build: " + p);
            }
            err.println("parallax build: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + "; nothing was written; " + output + " is unchanged");
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("parallax build: cannot write the site to " + output + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "): check that you may write there and that the disk has room; "
                    + output + " is unchanged");
            return Main.BAD_INPUT;
        }
    }
}

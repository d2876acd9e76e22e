package news.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "seeds", description = "story folder, or folder of story folders (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--output", defaultValue = "site", description = "where to write the site (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--base-url", defaultValue = "", description = "public address of the site, e.g. https://user.github.io/repo/")
    String baseUrl;

    @Option(names = "--no-cache", description = "build every story afresh; read and write no build cache "
            + "(by default it is kept in .parallax-cache/ beside the output)")
    boolean noCache;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
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

package news.parallax.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.match.Matcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pairs}: scores statement pairs with the matcher that {@code build} uses for claims. */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = "For each line ending in two tab-separated statements, prints <score>\\t<1 if same cluster else 0>.")
final class PairsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "tab-separated file")
    Path input;

    @Option(names = "--skip-header", description = "ignore the first line")
    boolean skipHeader;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(input)) {
            spec.commandLine().getErr().println("parallax pairs: " + input + ": is not a readable file");
            return Main.BAD_INPUT;
        }
        Matcher matcher = Matcher.standard();
        PrintWriter out = spec.commandLine().getOut();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number == 1 && skipHeader) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length < 2) {
                    spec.commandLine().getErr().println("parallax pairs: " + input + ":" + number
                            + ": needs two tab-separated statements at the end of the line");
                    return Main.BAD_INPUT;
                }
                double score = matcher.score(parts[parts.length - 2], parts[parts.length - 1]);
                out.printf(Locale.ROOT, "%.4f\t%d\n", score, score >= matcher.claimThreshold() ? 1 : 0);
            }
        }
        out.flush();
        return Main.OK;
    }
}

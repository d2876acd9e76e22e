package news.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import news.parallax.Pipeline;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Analysis;
import news.parallax.model.Extraction;
import news.parallax.model.Problem;
import news.parallax.model.Story;
import news.parallax.render.DataFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extract}: quotes, claims and speakers of article files, as JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the quotes, claims and speakers of each article file as JSON.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", required = true, description = "an article file, or a folder searched recursively")
    Path input;

    @Option(names = "--output", description = "JSON file to write (default: standard output)")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(input)) {
            spec.commandLine().getErr().println("parallax extract: " + input + ": does not exist");
            return Main.BAD_INPUT;
        }
        List<Path> files = articleFiles(input);
        Pipeline pipeline = Pipeline.standard(Optional.empty(), "");
        StoryReader reader = StoryReader.standard();
        List<Map.Entry<String, Analysis>> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = Files.isDirectory(input) ? relative(input, file) : file.getFileName().toString();
            try {
                Story story = reader.readSingle(file, name);
                Extraction ex = pipeline.extract(story);
                docs.add(new AbstractMap.SimpleEntry<>(name,
                        new Analysis(story, ex.speakers(), ex.statements(), List.of())));
            } catch (BadInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            problems.forEach(p -> spec.commandLine().getErr().println("parallax extract: " + p));
            return Main.BAD_INPUT;
        }
        byte[] json = DataFiles.documents(docs);
        if (output == null) {
            System.out.write(json);
            System.out.flush();
        } else {
            Files.write(output, json);
        }
        return Main.OK;
    }

    private static List<Path> articleFiles(Path input) throws IOException {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.walk(input)) {
            return s.filter(Files::isRegularFile).filter(StoryReader::isArticleFile)
                    .sorted(Comparator.comparing(p -> relative(input, p))).toList();
        }
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}

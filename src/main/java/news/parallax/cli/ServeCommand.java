package news.parallax.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import news.parallax.Pipeline;
import news.parallax.ingest.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: builds, serves the site on localhost and rebuilds when an input or template changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on localhost and rebuilds when an input or template changes.")
final class ServeCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "xml", "application/xml", "png", "image/png", "txt", "text/plain; charset=utf-8");

    @Spec
    CommandSpec spec;

    @Option(names = "--input", defaultValue = "seeds", description = "story folder (default: ${DEFAULT-VALUE})")
    Path input;

    @Option(names = "--port", defaultValue = "8080", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--output", defaultValue = "target/serve-site", description = "where the preview is written (default: ${DEFAULT-VALUE})")
    Path output;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path templates = Path.of("templates");
        Optional<Path> templateDir = Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty();
        if (!rebuild(templateDir) && !Files.isDirectory(output)) {
            return Main.BAD_INPUT;
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
        spec.commandLine().getErr().println("parallax serve: http://127.0.0.1:" + port + "/ (Ctrl-C to stop)");
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            register(watch, input);
            templateDir.ifPresent(t -> register(watch, t));
            while (true) {
                WatchKey key = watch.take();
                watchNewFolders(watch, key);
                key.reset();
                // let a burst of saves settle, then rebuild once
                WatchKey more;
                while ((more = watch.poll(200, TimeUnit.MILLISECONDS)) != null) {
                    watchNewFolders(watch, more);
                    more.reset();
                }
                rebuild(templateDir);
            }
        } catch (ClosedWatchServiceException e) {
            return Main.OK;
        } finally {
            server.stop(0);
        }
    }

    private boolean rebuild(Optional<Path> templateDir) throws IOException {
        try {
            Pipeline.standard(templateDir, "").build(input, output);
            spec.commandLine().getErr().println("parallax serve: built " + input);
            return true;
        } catch (BadInputException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("parallax serve: " + p));
            return false;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("parallax serve: build failed: " + e.getMessage());
            return false;
        }
    }

    /** Takes a key's events, and watches any folder created under a watched one (a new story). */
    private static void watchNewFolders(WatchService watch, WatchKey key) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                register(watch, dir.resolve(name));
            }
        }
    }

    private static void register(WatchService watch, Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Response response = respond(output, exchange.getRequestURI().getPath());
        exchange.getResponseHeaders().set("Content-Type", response.type());
        exchange.sendResponseHeaders(response.status(), response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    /** What the preview server answers: a status, a content type and the body. */
    record Response(int status, String type, byte[] body) {}

    /**
     * The answer for a request path under the site folder: the file, a folder's index.html, or the
     * site's 404.html with status 404 (as GitHub Pages does) for a missing file or a path that leaves
     * the folder.
     */
    static Response respond(Path site, String path) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (file.startsWith(root) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
        }
        if (!Files.isRegularFile(file)) {
            return new Response(status, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
        }
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return new Response(status, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
    }
}

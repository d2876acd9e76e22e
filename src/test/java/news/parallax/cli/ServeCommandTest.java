package news.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    @TempDir
    Path site;

    @BeforeEach
    void site() throws Exception {
        Files.createDirectories(site.resolve("sources"));
        Files.writeString(site.resolve("index.html"), "home", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("sources/index.html"), "sources", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("404.html"), "missing", StandardCharsets.UTF_8);
        Files.writeString(site.resolve("style.css"), "body{}", StandardCharsets.UTF_8);
    }

    private String body(ServeCommand.Response r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aFolderIsServedAsItsIndexPage() throws Exception {
        ServeCommand.Response r = ServeCommand.respond(site, "/sources/");
        assertThat(r.status()).isEqualTo(200);
        assertThat(body(r)).isEqualTo("sources");
        assertThat(r.type()).startsWith("text/html");
        assertThat(body(ServeCommand.respond(site, "/"))).isEqualTo("home");
    }

    @Test
    void aMissingPageGetsThe404PageWithStatus404() throws Exception {
        ServeCommand.Response r = ServeCommand.respond(site, "/no/such/page.html");
        assertThat(r.status()).isEqualTo(404);
        assertThat(body(r)).isEqualTo("missing");
    }

    @Test
    void aPathOutsideTheSiteIsNotServed() throws Exception {
        ServeCommand.Response r = ServeCommand.respond(site.resolve("sources"), "/../index.html");
        assertThat(r.status()).isEqualTo(404);
    }

    @Test
    void stylesheetsGetTheirContentType() throws Exception {
        assertThat(ServeCommand.respond(site, "/style.css").type()).isEqualTo("text/css; charset=utf-8");
    }
}

package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the generated sites is valid HTML5, checked by the Nu HTML Checker (one instance reused). */
class HtmlValidityTest {

    private static final List<String> ERRORS = new ArrayList<>();
    private static SimpleDocumentValidator validator;

    /** Collects errors; warnings (such as "consider adding a lang attribute") are not failures. */
    private static final ErrorHandler COLLECT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // advice, not an error
        }

        @Override
        public void error(SAXParseException e) {
            ERRORS.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    };

    @BeforeAll
    static void validator() throws Exception {
        validator = new SimpleDocumentValidator();
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", COLLECT);
        validator.setUpValidatorAndParsers(COLLECT, false, false);
    }

    static Stream<Path> pages() {
        return Stream.of(TestSites.fixture(), TestSites.seeds(), TestSites.seedQuotes())
                .flatMap(site -> TestSites.files(site, ".html").stream());
    }

    @Test
    void theCheckerReportsAnInvalidPage(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><table><tr><td><li>x</ul></span><div id=a></div><div id=a></div></body></html>",
                StandardCharsets.UTF_8);
        ERRORS.clear();
        validator.checkHtmlFile(bad.toFile(), true);
        assertThat(ERRORS).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml5(Path page) throws Exception {
        ERRORS.clear();
        validator.checkHtmlFile(page.toFile(), true);
        assertThat(ERRORS).as(page.toString()).isEmpty();
    }
}

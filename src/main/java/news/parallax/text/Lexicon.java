package news.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Word lists and rule lists shipped as resource files under {@code news/parallax/}: one entry per
 * line, blank lines and lines starting with '#' ignored. Knowledge of English news writing lives in
 * these files, not in code.
 */
public final class Lexicon {
    private Lexicon() {}

    /** The entries of {@code news/parallax/<name>}, in file order. */
    public static List<String> lines(String name) {
        String path = "/news/parallax/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}

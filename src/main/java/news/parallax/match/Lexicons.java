package news.parallax.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Word lists of the match stage, read from {@code src/main/resources/news/parallax/match/}. */
final class Lexicons {
    private Lexicons() {}

    /** The non-blank, non-comment lines of a resource, trimmed. */
    static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource news/parallax/match/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lines "kind word value" of {@code kind}, as word -> value. */
    static Map<String, BigDecimal> numbers(String name, String kind) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (String line : lines(name)) {
            String[] f = line.split("\\s+");
            if (f.length != 3) {
                throw new IllegalStateException(name + ": line \"" + line + "\" must be: kind word value");
            }
            if (f[0].equals(kind)) {
                out.put(f[1], new BigDecimal(f[2]));
            }
        }
        return out;
    }
}

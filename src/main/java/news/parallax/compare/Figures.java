package news.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures and days of a statement, each with the words it was written as: "50,000", "2.5 million",
 * "five", "Sunday". Number words and day names are in {@code figures.txt}. Immutable.
 */
final class Figures {

    private static final Map<String, String[]> WORDS = read();
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[,\\u00a0 ]\\d{3}(?!\\d))+|\\d+(?:\\.\\d+)?|\\p{L}+)"
            + "(?:[ \\u00a0]+(\\p{L}+))?");

    private Figures() {}

    /** Normalised value ("50000", "day:7", "year:2016", "date:20") -> the words as written, in order of appearance. */
    static Map<String, String> of(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = FIGURE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String first = m.group(1);
            String[] word = WORDS.get(first.toLowerCase(Locale.ROOT));
            BigDecimal n = null;
            if (Character.isDigit(first.charAt(0))) {
                n = new BigDecimal(first.replaceAll("[,\\u00a0 ]", ""));
            } else if (word != null && word[0].equals("number")) {
                n = new BigDecimal(word[1]);
            } else if (word != null && word[0].equals("day")) {
                out.putIfAbsent("day:" + word[1], first);
                from = m.end(1);
                continue;
            }
            if (n == null) {
                from = m.end(1);
                continue;
            }
            String kind = kind(text, m.start(1), first, n);
            if (!kind.isEmpty()) {
                out.putIfAbsent(kind + n.toPlainString(), first);
                from = m.end(1);
                continue;
            }
            String[] scale = m.group(2) == null ? null : WORDS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (scale != null && scale[0].equals("scale")) {
                out.putIfAbsent(n.multiply(new BigDecimal(scale[1])).stripTrailingZeros().toPlainString(), m.group());
                from = m.end();
            } else {
                out.putIfAbsent(n.stripTrailingZeros().toPlainString(), first);
                from = m.end(1);
            }
        }
        return out;
    }

    /** A month's name, written out or abbreviated, and the space after it: what a day of the month follows. */
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?[ \\u00a0]+$");

    /**
     * The kind of the figure written as {@code first} at {@code start}, of value n: "year:" for a year (four digits
     * from 1900 to 2100, "2016"), "date:" for a day of the month after a month's name ("September 20"), "" for any
     * other figure. Figures are compared only with figures of their kind: a day of the month is no disagreement
     * with a year ("September 20, 2016" / "from September 2016 to July 2017").
     */
    private static String kind(String text, int start, String first, BigDecimal n) {
        if (first.matches("\\d{4}") && n.intValue() >= 1900 && n.intValue() <= 2100) {
            return "year:";
        }
        if (first.matches("\\d{1,2}") && n.intValue() >= 1 && n.intValue() <= 31
                && MONTH_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
            return "date:";
        }
        return "";
    }

    private static Map<String, String[]> read() {
        Map<String, String[]> out = new TreeMap<>();
        try (InputStream in = Figures.class.getResourceAsStream("figures.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource news/parallax/compare/figures.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.strip().split("\\s+");
                if (f.length == 3 && !f[0].startsWith("#")) {
                    out.put(f[1], new String[] {f[0], f[2]});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

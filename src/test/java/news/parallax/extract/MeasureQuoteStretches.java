package news.parallax.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.parallax.ingest.BadInputException;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Block;
import news.parallax.model.Extraction;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/**
 * An audit of direct-quote detection on real stories, for judging by hand: every stretch of text between
 * quotation marks that overlaps no quote statement (nor lies inside reported speech), with its paragraph, and every
 * quote statement with its speaker. The stretches are found by a scanner of its own, more lenient than
 * {@link QuoteMarks}: double marks (curly or straight) paired in order within a paragraph, a closing mark with none
 * open quoting from the paragraph's start, an unclosed one quoting to its end, and single marks outside double ones
 * ('...' at the start and end of words). Reads every story folder under a folder (e.g. the BASIL stories); an
 * optional file of folder names, one per line, limits it to those (a tuning or a held-out half).
 * Usage (test classpath): {@code MeasureQuoteStretches STORIES_DIR OUT.txt [NAMES.txt]}
 */
public final class MeasureQuoteStretches {

    private static final Pattern SINGLE = Pattern.compile(
            "(?<![\\w\u2019'])['\u2018](?=[A-Za-z0-9$])(.+?)(?<=[\\w.,!?$%])['\u2019](?!\\w)");

    private MeasureQuoteStretches() {}

    public static void main(String[] args) throws IOException, BadInputException {
        Set<String> only = args.length > 2 ? Set.copyOf(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8)) : null;
        int stretches = 0;
        int unmatched = 0;
        int quotes = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8));
                Stream<Path> dirs = Files.list(Path.of(args[0]))) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (only != null && !only.contains(dir.getFileName().toString())) {
                    continue;
                }
                Story story = StoryReader.standard().readStory(dir);
                Extraction ex = Extractor.standard().extract(story);
                for (Source source : story.sources()) {
                    List<Statement> own = ex.statements().stream().filter(s -> s.source().equals(source.id())).toList();
                    out.println("== " + dir.getFileName() + "/" + source.file());
                    for (int[] st : stretches(source)) {
                        stretches++;
                        if (own.stream().anyMatch(s -> s.start() < st[1] && st[0] < s.end()
                                && (s.kind() == Statement.Kind.QUOTE || s.id().matches(".*-r\\d+")))) {
                            continue;
                        }
                        unmatched++;
                        out.printf(Locale.ROOT, "  MISS @%d «%s»%n      para: %s%n", st[0], clip(source.text().substring(st[0], st[1]), 120),
                                clip(source.text().substring(st[2], st[3]), 400));
                    }
                    for (Statement s : own) {
                        if (s.kind() == Statement.Kind.QUOTE) {
                            quotes++;
                            out.printf(Locale.ROOT, "  Q %s %s [%s] «%s»%n", s.id(), s.partial() ? "P" : "D", s.speaker().orElse("-"),
                                    clip(s.text(), 200));
                        }
                    }
                }
            }
            out.printf(Locale.ROOT, "## stretches=%d unmatched=%d quotes=%d%n", stretches, unmatched, quotes);
        }
    }

    /** The quoted stretches of a source's body and headline paragraphs as {start, end, paragraph start, paragraph end}. */
    static List<int[]> stretches(Source source) {
        String text = source.text();
        List<int[]> out = new ArrayList<>();
        for (Block b : source.blocks()) {
            if (b.kind() != Block.Kind.BODY && b.kind() != Block.Kind.HEADLINE) {
                continue;
            }
            List<int[]> doubles = new ArrayList<>();
            int open = -1;
            for (int i = b.start(); i < b.end(); i++) {
                char c = text.charAt(i);
                if (c == '\u201c' || c == '"' && open < 0) {
                    open = i;
                } else if ((c == '\u201d' || c == '"') && open >= 0) {
                    doubles.add(new int[] {open + 1, i});
                    open = -1;
                } else if (c == '\u201d') {
                    doubles.add(new int[] {b.start(), i});
                }
            }
            if (open >= 0) {
                doubles.add(new int[] {open + 1, b.end()});
            }
            List<int[]> all = new ArrayList<>(doubles);
            Matcher m = SINGLE.matcher(text).region(b.start(), b.end());
            while (m.find()) {
                int s = m.start(1);
                int e = m.end(1);
                if (e - s >= 2 && doubles.stream().noneMatch(d -> s < d[1] && d[0] < e)) {
                    all.add(new int[] {s, e});
                }
            }
            for (int[] st : all) {
                int s = st[0];
                int e = st[1];
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    out.add(new int[] {s, e, b.start(), b.end()});
                }
            }
        }
        return out;
    }

    private static String clip(String s, int n) {
        String t = s.replace('\n', ' ');
        return t.length() <= n ? t : t.substring(0, n / 2) + " ... " + t.substring(t.length() - n / 2);
    }
}

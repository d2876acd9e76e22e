package news.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.model.Block;
import news.parallax.text.Lexicon;

/**
 * Recognises the conventions of published news text in raw article text: the headline, the byline,
 * a date or timestamp line, a dateline prefix, photo captions and trailing boilerplate. What is left
 * is the body, one {@link Block} per paragraph, with offsets into the text.
 *
 * <p>Immutable and thread-safe; build one and reuse it.
 */
public final class NewsTextParser {

    /** How many leading paragraphs may hold metadata (headline, byline, date, captions). */
    private static final int HEADER_PARAGRAPHS = 6;
    /** A headline is at most this many characters. */
    private static final int MAX_HEADLINE = 200;
    /** A byline is at most this many characters. */
    private static final int MAX_BYLINE = 100;

    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?";
    private static final String DASH = "(?:-{1,2}|\u2013|\u2014|\u2015)";

    // A timestamp such as "Sun Mar 30 15:43:42 UTC 2025" or "9:17 AM – Sunday, March 30, 2025".
    private static final Pattern UNIX_DATE = Pattern.compile(
            WEEKDAY + "\\s+" + MONTH + "\\s+\\d{1,2}\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+[A-Z]{2,5}\\s+\\d{4}");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)(?:(?:updated|published|posted)\\s*:?\\s*)?"
            + "(?:\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}\\s*)?" + DASH + "?\\s*)?"
            + "(?:" + WEEKDAY + ",?\\s+)?"
            + "(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:[T ][0-9:.]+Z?)?)"
            + "(?:,?\\s*(?:at\\s+)?\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?)?\\s*");
    private static final Pattern BYLINE = Pattern.compile("(?:By|BY|by)\\s+(\\p{Lu}[\\p{L}.'\u2019 -]+(?:,? (?:and|&) \\p{Lu}[\\p{L}.'\u2019 -]+)*)(?:[,|]\\s*.*)?");
    private static final Pattern STAFF_BYLINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*){0,3}) Staff(?: Writer| Reporter)?:? (\\p{Lu}[\\p{L}.'\u2019-]+(?: \\p{Lu}[\\p{L}.'\u2019-]+){0,3})");
    // "WASHINGTON (AP) -", "TOKYO, March 30 (Reuters) -", "March 30, 2025 (AGENCY)—", "**Tokyo, March 30, 2025** –"
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\*\\*)?"
            + "(?:(?:\\p{Lu}[\\p{L}.'\u2019-]*(?:[ -]\\p{Lu}[\\p{L}.'\u2019-]*){0,3})(?:,\\s*\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2})?)?"
            + "(?:,?\\s*" + MONTH + "\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
            + "\\s*(?:\\*\\*)?\\s*(?:\\((\\p{Lu}[\\p{L}&. ]{0,30})\\))?\\s*(?:\\*\\*)?\\s*" + DASH + "\\s*");
    private static final Pattern CREDIT = Pattern.compile("\\(([^()]{3,120})\\)\\s*$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(.+?)\\s*#*\\s*");
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");

    private final List<String> creditWords;
    private final List<Pattern> boilerplate;

    private NewsTextParser(List<String> creditWords, List<Pattern> boilerplate) {
        this.creditWords = List.copyOf(creditWords);
        this.boilerplate = List.copyOf(boilerplate);
    }

    /** A parser with the lexicons shipped in the jar. */
    public static NewsTextParser standard() {
        List<String> credits = Lexicon.lines("ingest/photo-credits.txt").stream()
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Pattern> boiler = Lexicon.lines("ingest/boilerplate.txt").stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        return new NewsTextParser(credits, boiler);
    }

    /** What the parser found: the blocks and the metadata read from them. */
    public record Parsed(List<Block> blocks, Optional<String> headline, Optional<String> byline,
            Optional<String> date, Optional<String> outlet) {
        public Parsed {
            blocks = List.copyOf(blocks);
        }
    }

    /** Parses {@code text} from offset {@code from} (the start of the article after any front matter). */
    public Parsed parse(String text, int from) {
        List<int[]> paragraphs = paragraphs(text, from);
        List<Block> blocks = new ArrayList<>();
        String headline = null;
        String byline = null;
        String date = null;
        String outlet = null;
        int first = 0;
        // Header: captions, headline, byline and date lines in any order before the body starts.
        for (int i = 0; i < paragraphs.size() && i < HEADER_PARAGRAPHS; i++) {
            int[] p = paragraphs.get(i);
            String line = text.substring(p[0], p[1]);
            int[] dateSpan = leadingTimestamp(line);
            if (dateSpan != null && dateSpan[1] < line.length() && date == null) {
                // "<timestamp>: <headline>" on one line
                date = line.substring(dateSpan[0], dateSpan[1]).strip();
                blocks.add(new Block(Block.Kind.DATE, p[0], p[0] + dateSpan[1]));
                int rest = p[0] + skipSeparator(line, dateSpan[1]);
                if (headline == null && isHeadline(text.substring(rest, p[1]), i + 1 < paragraphs.size())) {
                    int[] inner = stripMarkup(text, rest, p[1]);
                    blocks.add(new Block(Block.Kind.HEADLINE, inner[0], inner[1]));
                    headline = text.substring(inner[0], inner[1]);
                    first = i + 1;
                    continue;
                }
                paragraphs.set(i, new int[] {rest, p[1]});
                break;
            }
            Matcher staff = STAFF_BYLINE.matcher(line);
            Matcher by = BYLINE.matcher(line);
            if (byline == null && line.length() <= MAX_BYLINE && staff.matches()) {
                byline = staff.group(2);
                outlet = staff.group(1);
                blocks.add(new Block(Block.Kind.BYLINE, p[0], p[1]));
            } else if (byline == null && line.length() <= MAX_BYLINE && by.matches()) {
                byline = by.group(1).strip();
                blocks.add(new Block(Block.Kind.BYLINE, p[0], p[1]));
            } else if (date == null && isDateLine(line)) {
                date = line.strip();
                blocks.add(new Block(Block.Kind.DATE, p[0], p[1]));
            } else if (isCaption(line)) {
                blocks.add(new Block(Block.Kind.CAPTION, p[0], p[1]));
            } else if (headline == null && byline == null && date == null
                    && isHeadline(line, i + 1 < paragraphs.size())) {
                int[] inner = stripMarkup(text, p[0], p[1]);
                blocks.add(new Block(Block.Kind.HEADLINE, inner[0], inner[1]));
                headline = text.substring(inner[0], inner[1]);
            } else {
                break;
            }
            first = i + 1;
        }
        // Trailing boilerplate.
        int last = paragraphs.size();
        while (last > first && isBoilerplate(text.substring(paragraphs.get(last - 1)[0], paragraphs.get(last - 1)[1]))) {
            last--;
        }
        // Body, with the dateline of the first paragraph and captions anywhere split off.
        for (int i = first; i < last; i++) {
            int[] p = paragraphs.get(i);
            String line = text.substring(p[0], p[1]);
            if (i == first) {
                Matcher d = DATELINE.matcher(line);
                if (d.lookingAt() && d.end() > 1 && d.end() < line.length() && looksLikeDateline(line.substring(0, d.end()))) {
                    blocks.add(new Block(Block.Kind.DATELINE, p[0], p[0] + d.end()));
                    if (d.group(1) != null && outlet == null) {
                        outlet = d.group(1).strip();
                    }
                    blocks.add(new Block(Block.Kind.BODY, p[0] + d.end(), p[1]));
                    continue;
                }
            }
            blocks.add(new Block(isCaption(line) ? Block.Kind.CAPTION : Block.Kind.BODY, p[0], p[1]));
        }
        for (int i = last; i < paragraphs.size(); i++) {
            blocks.add(new Block(Block.Kind.BOILERPLATE, paragraphs.get(i)[0], paragraphs.get(i)[1]));
        }
        blocks.sort(java.util.Comparator.comparingInt(Block::start));
        return new Parsed(blocks, Optional.ofNullable(headline).map(NewsTextParser::plain),
                Optional.ofNullable(byline), Optional.ofNullable(date), Optional.ofNullable(outlet));
    }

    /** Paragraph spans: each non-blank line, trimmed; hard-wrapped lines within a blank-line block are joined. */
    static List<int[]> paragraphs(String text, int from) {
        List<int[]> lines = new ArrayList<>();
        int i = from;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            if (eol < 0) {
                eol = n;
            }
            int s = i;
            int e = eol;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            lines.add(new int[] {s, e});
            i = eol + 1;
        }
        boolean wrapped = looksHardWrapped(lines);
        List<int[]> paragraphs = new ArrayList<>();
        int[] open = null;
        for (int[] line : lines) {
            if (line[0] == line[1]) {
                open = null;
            } else if (wrapped && open != null) {
                open[1] = line[1];
            } else {
                open = new int[] {line[0], line[1]};
                paragraphs.add(open);
            }
        }
        return paragraphs;
    }

    /** Text wrapped at a fixed width: most non-blank lines are 50..80 characters long. */
    private static boolean looksHardWrapped(List<int[]> lines) {
        int nonBlank = 0;
        int mid = 0;
        for (int[] l : lines) {
            int len = l[1] - l[0];
            if (len > 0) {
                nonBlank++;
                if (len >= 50 && len <= 80) {
                    mid++;
                }
            }
        }
        return nonBlank >= 4 && mid * 10 >= nonBlank * 7;
    }

    private static int[] leadingTimestamp(String line) {
        Matcher m = UNIX_DATE.matcher(line);
        if (m.lookingAt()) {
            return new int[] {0, m.end()};
        }
        return null;
    }

    private static int skipSeparator(String line, int at) {
        int i = at;
        while (i < line.length() && (line.charAt(i) == ':' || line.charAt(i) == '|' || Character.isWhitespace(line.charAt(i))
                || line.charAt(i) == '-' || line.charAt(i) == '\u2013' || line.charAt(i) == '\u2014')) {
            i++;
        }
        return i;
    }

    private static boolean isDateLine(String line) {
        return line.length() <= 80 && DATE_LINE.matcher(line).matches();
    }

    private boolean isCaption(String line) {
        Matcher m = CREDIT.matcher(line);
        if (!m.find()) {
            return false;
        }
        String credit = m.group(1).toLowerCase(Locale.ROOT);
        if (credit.contains("/")) {
            return true;
        }
        for (String w : creditWords) {
            if (Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(credit).find()
                    && !credit.matches(".*\\b(?:said|says|told|reported)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHeadline(String line, boolean hasMore) {
        String plain = plain(line).strip();
        if (!hasMore || plain.isEmpty() || plain.length() > MAX_HEADLINE) {
            return false;
        }
        if (MARKDOWN_HEADING.matcher(line).matches() || MARKDOWN_BOLD.matcher(line.strip()).matches()) {
            return true;
        }
        char end = plain.charAt(plain.length() - 1);
        boolean sentenceEnd = end == '.' || end == ':' || end == ';' || end == ',';
        boolean singleQuoted = plain.indexOf('\u2018') >= 0 || plain.matches(".*(?:^|\\s)'\\p{L}.*");
        return !sentenceEnd || singleQuoted && plain.length() <= 140;
    }

    private static boolean looksLikeDateline(String prefix) {
        String p = prefix.replace("**", "");
        return p.matches("(?s).*\\d.*") || p.matches("(?s)\\s*\\p{Lu}[\\p{Lu} .,'\u2019-]+\\s*(?:\\(.*\\))?\\s*" + DASH + "\\s*")
                || p.contains("(");
    }

    private boolean isBoilerplate(String line) {
        for (Pattern p : boilerplate) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The inner span of a paragraph without Markdown heading marks or surrounding bold. */
    private static int[] stripMarkup(String text, int start, int end) {
        String line = text.substring(start, end);
        Matcher h = MARKDOWN_HEADING.matcher(line);
        if (h.matches()) {
            return new int[] {start + h.start(1), start + h.end(1)};
        }
        Matcher b = MARKDOWN_BOLD.matcher(line);
        if (b.matches()) {
            int g = b.group(1) != null ? 1 : 2;
            return new int[] {start + b.start(g), start + b.end(g)};
        }
        return new int[] {start, end};
    }

    private static String plain(String s) {
        return s.replaceAll("^#{1,6}\\s+", "").replace("**", "").replace("__", "").strip();
    }
}

package news.parallax.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 * <p>Every rule looks at a bounded piece of text (a header paragraph of at most a few hundred
 * characters, the first characters of the first body paragraph, the last characters of a paragraph),
 * and no pattern nests one repetition inside another, so a 20 MB line or a paragraph of 200,000
 * quotation marks costs linear time. Immutable and thread-safe; build one and reuse it.
 */
public final class NewsTextParser {

    /** How many leading paragraphs may hold metadata (headline, byline, date, captions). */
    private static final int HEADER_PARAGRAPHS = 6;
    /** A headline is at most this many characters. */
    private static final int MAX_HEADLINE = 200;
    /** A byline is at most this many characters. */
    private static final int MAX_BYLINE = 100;
    /** A date line is at most this many characters. */
    private static final int MAX_DATE_LINE = 80;
    /** A dateline prefix lies within this many characters of the paragraph start. */
    private static final int MAX_DATELINE = 120;
    /** A photo credit lies within this many characters of the paragraph end. */
    private static final int MAX_CREDIT = 160;
    /** A caption is at most this many characters. */
    private static final int MAX_CAPTION = 1000;
    /** A boilerplate paragraph is at most this many characters. */
    private static final int MAX_BOILERPLATE = 400;

    private static final String MONTH = Dates.MONTH + "\\.?";
    private static final String WEEKDAY = Dates.WEEKDAY + "\\.?";
    private static final String DASH = "(?:-{1,2}|[\u2013\u2014\u2015]-?)";
    /** One capitalised word of a name: "Jane", "O'Neil", "Smith-Jones", "J.", "McDONALD". */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*";
    /** A person's name: capitalised words, optionally with a lower-case particle ("van", "de"). */
    private static final String NAME = NAME_WORD + "(?: (?:(?:de|del|der|da|di|du|la|le|van|von|bin|al|ibn) )?" + NAME_WORD + "){0,4}";

    // "Sun Mar 30 15:43:42 UTC 2025", opening a line that may go on with the headline
    private static final Pattern UNIX_DATE = Pattern.compile(
            WEEKDAY + "\\s{1,3}" + MONTH + "\\s{1,3}\\d{1,2}\\s{1,3}\\d{1,2}:\\d{2}(?::\\d{2})?\\s{1,3}[A-Z]{1,5}\\s{1,3}\\d{4}");
    // "9:17 AM – Sunday, March 30, 2025", "Updated: March 30, 2025 at 9:17 a.m. ET", "2025-03-30", "30 March 2025"
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:(?i:updated|published|posted|last updated|first published)(?: on)?\\s?:?\\s?)?"
            + "(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:[AaPp]\\.?[Mm]\\.?)?\\s?(?:\\p{Lu}{1,5}\\s?)?(?:" + DASH + "|\\||,|on)?\\s?)?"
            + "(?:" + WEEKDAY + ",?\\s)?"
            + "(?:" + MONTH + "\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}|\\d{1,2}\\s" + MONTH + ",?\\s\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?)?)"
            + "(?:\\s?(?:,|at|" + DASH + "|\\|)?\\s?\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:[AaPp]\\.?[Mm]\\.?)?\\s?(?:\\(?\\p{Lu}{1,5}\\)?)?)?\\.?");
    // "By Jane Doe", "BY JANE DOE AND JOHN ROE", "By Jane Doe, John Roe and Ann Poe | Agency"
    private static final Pattern BYLINE = Pattern.compile(
            "(?:By|BY|by):?\\s(" + NAME + "(?:(?:, | and | & |, and )" + NAME + "){0,5})"
            + "(?:(?:,| -| \u2013| \u2014| \\|| \u2022| for)\\s.{1,60})?");
    // "Outlet Staff Jane Doe", "Outlet Staff Writer Jane Doe"
    private static final Pattern STAFF_BYLINE = Pattern.compile(
            "(\\p{Lu}[\\p{L}&.]*(?: \\p{Lu}[\\p{L}&.]*){0,3}) Staff(?: Writer| Reporter)?:? (" + NAME + ")");
    private static final Pattern SENTENCE_TAIL = Pattern.compile(" \\p{Ll}{4,}\\b.*[.?!]$");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(?:" + Dates.WEEKDAY + "|" + Dates.MONTH + "|the|this|that|then|now|late|early|mid|noon|midnight|law|far|contrast|comparison)\\b.*");
    // "SPRINGFIELD (WIRE) —", "SPRINGFIELD, March 30 (Wire) -", "March 30, 2025 (WIRE)—", "**Springfield, March 30, 2025** –"
    private static final Pattern DATELINE = Pattern.compile(
            "(?:\\*\\*)?"
            + "(" + NAME_WORD + "(?: " + NAME_WORD + "){0,3}(?:, ?" + NAME_WORD + "(?: " + NAME_WORD + "){0,2})?)?"
            + "(?:,? ?(" + MONTH + " \\d{1,2}(?:, ?\\d{4})?))?"
            + " ?(?:\\*\\*)? ?(?:\\((\\p{Lu}[\\p{L}&.]+(?: [\\p{L}&.]+){0,3})\\) ?)?(?:\\*\\*)? ?" + DASH + " ?");
    private static final Pattern UPPER_PLACE = Pattern.compile("[\\p{Lu}][\\p{Lu} .,'\u2019-]*");
    static final Pattern CREDIT = Pattern.compile("\\(([^()]{3,150})\\)$");
    static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?i)\\b(?:photo(?:graph)?|image|picture|credit)s?(?: credit| by)?\\s?:\\s?\\S[^.]{1,100}$");
    private static final Pattern REPORTING = Pattern.compile("(?i)\\b(?:said|says|told|reported|according)\\b");
    /** A caption that opens with its agency credit, run into the text: "The Example Press Jane Doe speaks in ...". */
    private static final Pattern LEADING_CREDIT = Pattern.compile("^The (?:\\p{Lu}\\p{L}+ )?Press \\p{Lu}\\p{L}*[ ,]");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(\\S.*?)(?:\\s+#+)?");
    private static final Pattern MARKDOWN_BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*|__([^_]+)__");
    /** A closing abbreviation: "I.R.S.", "U.S.", "G.O.P.", "Jr.", "Inc.". */
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "(?:\\b\\p{L}\\.(?:\\p{L}\\.)+|\\b(?:Jr|Sr|Inc|Corp|Co|Ltd|St|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Gen|Lt|Col)\\.)$");

    /** A full stop after a lower-case word, then more text: two sentences, so not a headline. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\p{Ll}{2}[.!?] ");

    private final List<Pattern> creditWords;
    private final List<Pattern> boilerplate;

    private NewsTextParser(List<Pattern> creditWords, List<Pattern> boilerplate) {
        this.creditWords = List.copyOf(creditWords);
        this.boilerplate = List.copyOf(boilerplate);
    }

    /** A parser with the lexicons shipped in the jar. */
    public static NewsTextParser standard() {
        List<Pattern> credits = Lexicon.lines("ingest/photo-credits.txt").stream()
                .map(w -> Pattern.compile("\\b" + Pattern.quote(w) + "\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        List<Pattern> boiler = Lexicon.lines("ingest/boilerplate.txt").stream()
                .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        return new NewsTextParser(credits, boiler);
    }

    /**
     * What the parser found: the blocks and the metadata read from them.
     *
     * @param blocks    the recognised parts of the text, in order
     * @param headline  the headline without Markdown marks
     * @param byline    the names of the byline, without "By"
     * @param date      the date line as written
     * @param published the publication date in ISO 8601, from the date line or else the dateline,
     *                  only where the text gives a full date; else the date line as written
     * @param outlet    the outlet, where a staff byline or a dateline's "(AGENCY)" names it
     */
    public record Parsed(List<Block> blocks, Optional<String> headline, Optional<String> byline,
            Optional<String> date, Optional<String> published, Optional<String> outlet) {
        public Parsed {
            blocks = List.copyOf(blocks);
        }
    }

    /** Parses {@code text} from offset {@code from} (the start of the article after any front matter). */
    public Parsed parse(String text, int from) {
        List<int[]> paragraphs = paragraphs(text, from);
        Header h = new Header();
        int first = header(text, paragraphs, h);
        int last = paragraphs.size();
        while (last > first && isBoilerplate(text, paragraphs.get(last - 1))) {
            last--;
        }
        String datelineDate = null;
        for (int i = first; i < last; i++) {
            int[] p = paragraphs.get(i);
            if (i == first) {
                Matcher d = dateline(text, p);
                if (d != null) {
                    h.blocks.add(new Block(Block.Kind.DATELINE, p[0], d.end()));
                    h.outlet = h.outlet != null ? h.outlet : d.group(3);
                    datelineDate = d.group(2);
                    h.blocks.add(new Block(Block.Kind.BODY, d.end(), p[1]));
                    continue;
                }
            }
            h.blocks.add(new Block(isCaption(text, p) ? Block.Kind.CAPTION : Block.Kind.BODY, p[0], p[1]));
        }
        for (int i = last; i < paragraphs.size(); i++) {
            h.blocks.add(new Block(Block.Kind.BOILERPLATE, paragraphs.get(i)[0], paragraphs.get(i)[1]));
        }
        h.blocks.sort(Comparator.comparingInt(Block::start));
        Optional<String> date = Optional.ofNullable(h.date);
        Optional<String> fromDateline = Optional.ofNullable(datelineDate).flatMap(Dates::iso);
        Optional<String> published = date.flatMap(Dates::iso).or(() -> fromDateline)
                .or(() -> date);
        return new Parsed(h.blocks, Optional.ofNullable(h.headline).map(NewsTextParser::plain),
                Optional.ofNullable(h.byline), date, published, Optional.ofNullable(h.outlet));
    }

    /** What the header paragraphs held. */
    private static final class Header {
        final List<Block> blocks = new ArrayList<>();
        String headline;
        String byline;
        String date;
        String outlet;
    }

    /**
     * Reads captions, headline, byline and date lines, in any order, before the body starts; returns
     * the index of the first body paragraph (which may have been shortened to what follows a timestamp).
     */
    private int header(String text, List<int[]> paragraphs, Header h) {
        int first = 0;
        for (int i = 0; i < paragraphs.size() && i < HEADER_PARAGRAPHS; i++) {
            int[] p = paragraphs.get(i);
            boolean hasMore = i + 1 < paragraphs.size();
            Matcher stamp = UNIX_DATE.matcher(text).region(p[0], Math.min(p[1], p[0] + MAX_DATE_LINE));
            if (h.date == null && stamp.lookingAt() && stamp.end() < p[1]) {
                // spec: "<timestamp>: <headline>" on one line
                h.date = text.substring(p[0], stamp.end());
                h.blocks.add(new Block(Block.Kind.DATE, p[0], stamp.end()));
                int rest = skipSeparator(text, stamp.end(), p[1]);
                if (h.headline == null && isHeadline(text, rest, p[1], hasMore)) {
                    addHeadline(text, rest, p[1], h);
                    first = i + 1;
                    continue;
                }
                paragraphs.set(i, new int[] {rest, p[1]});
                return i;
            }
            if (!headerLine(text, p, hasMore, h)) {
                return i;
            }
            first = i + 1;
        }
        return first;
    }

    /** Classifies one header paragraph; false when it is not header material (the body starts). */
    private boolean headerLine(String text, int[] p, boolean hasMore, Header h) {
        int length = p[1] - p[0];
        String line = length <= MAX_CAPTION ? text.substring(p[0], p[1]) : "";
        if (line.isEmpty()) {
            return false;
        }
        Matcher staff = STAFF_BYLINE.matcher(line);
        if (h.byline == null && length <= MAX_BYLINE && staff.matches()) {
            h.byline = staff.group(2);
            h.outlet = staff.group(1);
            h.blocks.add(new Block(Block.Kind.BYLINE, p[0], p[1]));
        } else if (h.byline == null && length <= MAX_BYLINE && byline(line).isPresent()) {
            h.byline = byline(line).get();
            h.blocks.add(new Block(Block.Kind.BYLINE, p[0], p[1]));
        } else if (h.date == null && length <= MAX_DATE_LINE && DATE_LINE.matcher(line).matches()) {
            h.date = line;
            h.blocks.add(new Block(Block.Kind.DATE, p[0], p[1]));
        } else if (isCaption(text, p)) {
            h.blocks.add(new Block(Block.Kind.CAPTION, p[0], p[1]));
        } else if (h.headline == null && h.byline == null && h.date == null && isHeadline(text, p[0], p[1], hasMore)) {
            addHeadline(text, p[0], p[1], h);
        } else {
            return false;
        }
        return true;
    }

    private static void addHeadline(String text, int start, int end, Header h) {
        int[] inner = stripMarkup(text, start, end);
        h.blocks.add(new Block(Block.Kind.HEADLINE, inner[0], inner[1]));
        h.headline = text.substring(inner[0], inner[1]);
    }

    /** The names of a "By ..." line, or empty when the line is not a byline. */
    static Optional<String> byline(String line) {
        if (line.length() > MAX_BYLINE) {
            return Optional.empty();
        }
        Matcher by = BYLINE.matcher(line);
        if (!by.matches() || NOT_A_NAME.matcher(by.group(1)).matches()) {
            return Optional.empty();
        }
        String rest = line.substring(by.end(1));
        if (SENTENCE_TAIL.matcher(rest).find()) {
            // spec: "By Election Day, voters had decided." is a sentence, not a byline
            return Optional.empty();
        }
        return Optional.of(by.group(1));
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
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
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

    /** White space, a byte-order mark or a no-break space around a paragraph. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
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

    private static int skipSeparator(String text, int at, int end) {
        int i = at;
        while (i < end && (":|-\u2013\u2014".indexOf(text.charAt(i)) >= 0 || isSpace(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    /** The dateline at the start of paragraph {@code p}, or null. */
    private static Matcher dateline(String text, int[] p) {
        Matcher d = DATELINE.matcher(text).region(p[0], Math.min(p[1], p[0] + MAX_DATELINE));
        if (!d.lookingAt() || d.end() - p[0] < 3 || d.end() >= p[1]) {
            return null;
        }
        String city = d.group(1) == null ? "" : d.group(1).split(",", 2)[0];
        boolean place = city.length() >= 2 && UPPER_PLACE.matcher(city).matches();
        boolean hasDate = d.group(2) != null;
        boolean hasAgency = d.group(3) != null;
        // spec: a dateline is a place in capitals, or a date, or an agency in parentheses, then a dash
        return place || hasDate || hasAgency ? d : null;
    }

    /**
     * Whether {@link #CREDIT} may match {@code tail}: its closing parenthesis ends the text, or comes
     * before a final line terminator (one character, or CR LF), where {@code $} also matches.
     */
    static boolean mayEndInParentheses(String tail) {
        int n = tail.length();
        for (int i = Math.max(0, n - 3); i < n; i++) {
            if (tail.charAt(i) == ')') {
                return true;
            }
        }
        return false;
    }

    /** A caption: a paragraph ending in a photo credit, "(Name/Agency)" or "(... Photo ...)". */
    private boolean isCaption(String text, int[] p) {
        if (p[1] - p[0] > MAX_CAPTION) {
            return false;
        }
        if (LEADING_CREDIT.matcher(text.substring(p[0], p[1])).find() && !REPORTING.matcher(text.substring(p[0], p[1])).find()) {
            return true;
        }
        String tail = text.substring(Math.max(p[0], p[1] - MAX_CREDIT), p[1]);
        Matcher m = mayEndInParentheses(tail) ? CREDIT.matcher(tail) : null;
        String credit;
        if (m != null && m.find()) {
            credit = m.group(1);
            if (credit.contains("/") && !credit.contains("//")) {
                return true;
            }
        } else {
            // CREDIT_LABEL needs a colon
            Matcher label = tail.indexOf(':') >= 0 ? CREDIT_LABEL.matcher(tail) : null;
            if (label == null || !label.find()) {
                return false;
            }
            credit = label.group();
        }
        if (REPORTING.matcher(credit).find()) {
            return false;
        }
        for (Pattern w : creditWords) {
            if (w.matcher(credit).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A headline: a short paragraph, not the last, that does not end like a sentence, unless it ends in
     * an abbreviation ("I.R.S."), is Markdown bold or a heading, or is a quote headline opening with a
     * single quotation mark ("'We will win,' she said.").
     */
    private static boolean isHeadline(String text, int start, int end, boolean hasMore) {
        if (!hasMore || end - start > MAX_HEADLINE + 20 || end <= start) {
            return false;
        }
        String line = text.substring(start, end);
        String plain = plain(line);
        if (plain.isEmpty() || plain.length() > MAX_HEADLINE) {
            return false;
        }
        if (MARKDOWN_HEADING.matcher(line).matches() || MARKDOWN_BOLD.matcher(line).matches()) {
            return true;
        }
        char last = plain.charAt(plain.length() - 1);
        boolean sentenceEnd = last == '.' || last == ':' || last == ';' || last == ',';
        if (!sentenceEnd) {
            return true;
        }
        char opening = plain.charAt(0);
        boolean quoteHeadline = (opening == '\u2018' || opening == '\'') && plain.length() <= 160;
        boolean abbreviation = last == '.' && ENDS_WITH_ABBREVIATION.matcher(plain).find()
                && plain.length() <= 120 && !SENTENCE_BREAK.matcher(plain).find();
        return quoteHeadline || abbreviation;
    }

    private boolean isBoilerplate(String text, int[] p) {
        if (p[1] - p[0] > MAX_BOILERPLATE) {
            return false;
        }
        String line = text.substring(p[0], p[1]);
        for (Pattern b : boilerplate) {
            if (b.matcher(line).find()) {
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

    /** The text without a Markdown heading mark or bold markers around the whole of it. */
    private static String plain(String s) {
        String out = s.strip();
        int hashes = 0;
        while (hashes < out.length() && hashes < 6 && out.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes > 0 && hashes < out.length() && Character.isWhitespace(out.charAt(hashes))) {
            out = out.substring(hashes).strip();
        }
        for (String mark : List.of("**", "__")) {
            if (out.length() > 4 && out.startsWith(mark) && out.endsWith(mark)) {
                out = out.substring(2, out.length() - 2).strip();
            }
        }
        return out;
    }
}

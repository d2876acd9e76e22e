package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the spans between quotation marks in one paragraph, in one left-to-right pass (linear time,
 * never hangs on unbalanced marks).
 *
 * <p>Double marks (curly, straight, guillemets) are the quotation marks of news writing; a straight
 * {@code "} opens after a space or at the start and closes before a space, punctuation or the end.
 * Single marks quote only outside double ones (headlines, British style; inside double marks they
 * are a nested quotation, part of the outer quote). A single mark opens only as {@code ‘} or as
 * {@code '} at the start of a word that is not an elision ({@code ’n’}, {@code 'em}, {@code '90s}),
 * and closes only at the end of a word; an opening single mark that never closes in the paragraph
 * was an apostrophe. An opening double mark that never closes runs to the end of the paragraph (the
 * convention for quotes across paragraphs).
 */
final class QuoteMarks {

    /**
     * A quoted span: {@code open} is the opening mark's offset, [start, end) the words between the
     * marks, {@code close} the closing mark's offset or -1 when the paragraph ended first.
     */
    record Marked(int open, int start, int end, int close, boolean single) {
        boolean closed() {
            return close >= 0;
        }
    }

    private static final String OPEN_DOUBLE = "\u201c\u201e\u00ab";
    private static final String CLOSE_DOUBLE = "\u201d\u00bb";

    private QuoteMarks() {}

    static List<Marked> scan(String text, int from, int to, Set<String> elisions) {
        return scan(text, from, to, elisions, false);
    }

    /**
     * As {@link #scan(String, int, int, Set)}; with {@code continued} (the paragraph before ended inside
     * a quotation and this one opens with no mark), a paragraph whose first double mark closes a
     * quotation continues it: its words up to that mark are quoted ("...the decision-maker" / "based
     * on ...," said Roe).
     */
    static List<Marked> scan(String text, int from, int to, Set<String> elisions, boolean continued) {
        List<Marked> doubles = doubles(text, from, to, continued, elisions);
        List<Marked> out = new ArrayList<>();
        int pos = from;
        for (int k = 0; k < doubles.size(); k++) {
            Marked d = doubles.get(k);
            int single = singles(text, pos, d.open(), elisions, out);
            if (single >= 0 && d.closed()) {
                // ‘He said “go home”, so we did,’ she added: British style, a double quotation inside a single one is
                // part of it; the single one closes after the last double quotation it holds
                int close = -1;
                int j = k;
                while (close == -1 && j < doubles.size() && j < k + 3 && doubles.get(j).closed()) {
                    int limit = j + 1 < doubles.size() ? doubles.get(j + 1).open() : to;
                    close = closingSingle(text, doubles.get(j).close() + 1, limit);
                    j = close == -1 ? j + 1 : j;
                }
                if (close >= 0) {
                    out.add(trimmed(text, single, single + 1, close, close));
                    k = j;
                    pos = close + 1;
                    continue;
                }
            }
            out.add(d);
            pos = d.closed() ? d.close() + 1 : to;
        }
        singles(text, pos, to, elisions, out);
        return out;
    }

    /**
     * The offset of the first single mark in [from, to) that closes a single quotation opened before {@code from}
     * (at the end of a word or after punctuation, not before a letter); -1 when there is none, -2 when an opening
     * single mark comes first.
     */
    private static int closingSingle(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            // (right after the double quotation's closing mark: ‘... “go home”’)
            boolean letterBefore = i == from || !opensAfter(text.charAt(i - 1));
            if (c != '\u2018' && letterBefore && !letterAfter) {
                return i;
            }
            if (letterAfter && !letterBefore) {
                return -2;
            }
        }
        return -1;
    }

    /**
     * {@code marked} with each unclosed double quotation that holds the writer's attribution cut before it: the
     * writer forgot the closing mark ("“... we made, he wrote." or "\"... verify, Jane Roe said. \"He ..." or
     * "“We will appeal, Jane Roe said. She gave no date."). The attribution is the words after the last comma of a
     * sentence of the quotation (the first such sentence): two to five words ending in a full stop, one of them a
     * reporting verb ({@code verb}), led by a pronoun, a name, a determiner or the verb itself (never "and I said",
     * which is quoted speech). The cut quotation is closed at that comma.
     */
    static List<Marked> cutAttribution(String text, List<Marked> marked, java.util.function.Predicate<String> verb) {
        List<Marked> out = new ArrayList<>(marked.size());
        for (Marked m : marked) {
            int stop = m.closed() || m.single() ? -1 : attributionStop(text, m.start(), m.end(), verb);
            if (stop > 0) {
                int comma = text.lastIndexOf(", ", stop);
                // the quotation keeps its comma, as in “We won,” she said; the attribution is read after it
                out.add(new Marked(m.open(), m.start(), comma + 1, comma + 1, false));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Reporting verbs of the standard lexicon, for marks whose pairing depends on an attribution. */
    static final java.util.function.Predicate<String> VERB = w -> Lexicons.standard().verb(w) != null;

    /** The longest attribution looked for, in characters (", said Deputy Mayor Jane Roe-Webb."). */
    private static final int ATTRIBUTION = 60;

    /**
     * The offset of the full stop of the first attribution that ends a sentence of the quoted words [start, end)
     * (see {@link #cutAttribution}), with at least three quoted words before its comma; -1 when there is none.
     */
    static int attributionStop(String text, int start, int end, java.util.function.Predicate<String> verb) {
        for (int j = start; j < end; j++) {
            if (text.charAt(j) != '.' || j + 1 < end && text.charAt(j + 1) != ' ') {
                continue;
            }
            int comma = text.lastIndexOf(", ", j);
            if (comma > start && comma + 2 < j && j - comma <= ATTRIBUTION
                    && attribution(text.substring(comma + 2, j), verb)
                    && WordShapes.splitCount(text.substring(start, comma)) >= 3) {
                return j;
            }
        }
        return -1;
    }

    /** How far back an attribution inside an open quotation is looked for when another quotation opens. */
    private static final int WINDOW = 600;

    private static final Set<String> LEADS = Set.of("he", "she", "they", "it", "the", "a", "an");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it");

    private static boolean attribution(String tail, java.util.function.Predicate<String> verb) {
        String[] w = tail.split(" ");
        if (w.length < 2 || w.length > 5 || tail.indexOf(',') >= 0 || tail.chars().anyMatch(c -> isOpening((char) c)
                || CLOSE_DOUBLE.indexOf(c) >= 0 || c == '\u2019')) {
            return false;
        }
        boolean anyVerb = false;
        for (String x : w) {
            if (x.indexOf('.') >= 0 && (x.length() > 4 || !Character.isUpperCase(x.charAt(0)))) {
                return false; // a sentence inside: only abbreviations ("Mr.", "Sen.") may hold a full stop
            }
            anyVerb |= !x.isEmpty() && verb.test(x);
        }
        String lead = w[0];
        // a verb leads only before its subject, a name or a described person ("said Jane Roe", "said the mayor"), not
        // before an object ("... and I had not, by then, seen it.")
        boolean verbLed = verb.test(lead) && !w[1].isEmpty() && (Character.isUpperCase(w[1].charAt(0)) || LEADS.contains(w[1])
                && !PRONOUNS.contains(w[1]));
        boolean led = LEADS.contains(lead) || verbLed || !lead.isEmpty() && Character.isUpperCase(lead.charAt(0))
                && !lead.equals("I");
        return anyVerb && led;
    }

    /** True when {@code c} is an opening quotation mark of any kind. */
    static boolean isOpening(char c) {
        return OPEN_DOUBLE.indexOf(c) >= 0 || c == '"' || c == '\u2018' || c == '\'';
    }

    private static List<Marked> doubles(String text, int from, int to, boolean continued, Set<String> elisions) {
        List<Marked> out = new ArrayList<>();
        int open = -1;
        int width = 1;
        boolean first = true;
        // outside double quotations: an opening single mark not closed since (‘We won,” she said: typed for a double)
        int singleOpen = -1;
        // a curly quotation inside an open one (“... most “Acme Rules” stay ...”): its opening mark, then its closing one
        int nestedOpen = -1;
        int nestedClose = -1;
        // the paragraph is one quotation holding nested ones, the last of them never closed
        boolean runsOn = false;
        // the last closing double mark, and the last double mark of any kind
        int lastClose = -1;
        int lastMark = from - 1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean opening;
            int w = 1;
            if (OPEN_DOUBLE.indexOf(c) >= 0) {
                // “Who is it?“ he asked: an opening mark typed for a closing one, glued to the words before it
                opening = !(c == '\u201c' && open >= 0 && gluedBefore(text, from, i) && spacedAfter(text, i, to));
            } else if (CLOSE_DOUBLE.indexOf(c) >= 0) {
                // he said, ”We won.”: a closing mark typed for an opening one, after a space and before a word
                opening = c == '\u201d' && open < 0 && !gluedBefore(text, from, i) && i + 1 < to
                        && Character.isLetterOrDigit(text.charAt(i + 1));
            } else if (c == '"' || pairedSingles(text, i, to)) {
                // a straight mark, or two single marks typed for a double one (‘’It’s ..., ''It's ...)
                w = c == '"' ? 1 : 2;
                boolean spaceBefore = i == from || opensAfter(text.charAt(i - 1));
                boolean spaceAfter = i + w >= to || Character.isWhitespace(text.charAt(i + w));
                opening = spaceBefore && !spaceAfter || !spaceBefore && spaceAfter ? spaceBefore : open < 0;
            } else {
                if (open < 0 && (c == '\'' || c == '\u2018' || c == '\u2019')) {
                    boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
                    boolean letterBefore = i > from && !opensAfter(text.charAt(i - 1));
                    if (singleOpen < 0 && !letterBefore && letterAfter && c != '\u2019' && !elided(text, i + 1, to, elisions)) {
                        singleOpen = i;
                    } else if (singleOpen >= 0 && c != '\u2018' && letterBefore && !letterAfter) {
                        singleOpen = -1;
                    }
                }
                continue;
            }
            if (opening && open >= 0 && i == open + width && (c == '"' || c == '\u201c') && nestedOpen < 0) {
                // ""We have learned ...," he said: a doubled opening mark is one
                width = i + w - open;
                continue;
            }
            if (open < 0 && lastClose >= 0 && i == lastClose + 1 && (c == '"' || c == '\u201d')
                    && !(i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                // "We are ready,"" Webb said: a doubled closing mark is one
                lastClose = i;
                continue;
            }
            if (!opening && open < 0 && singleOpen >= 0 && gluedBefore(text, from, i)) {
                // ‘We will not accept this,” she said: a single opening mark typed for a double one, never closed as a
                // single quotation before this closing double mark
                out.add(new Marked(singleOpen, trimmed(text, singleOpen, singleOpen + 1, i, i).start(),
                        trimEnd(text, singleOpen + 1, i), i, false));
                singleOpen = -1;
                first = false;
                continue;
            }
            int bare = !opening && open < 0 && !(first && continued) && gluedBefore(text, from, i) && spacedAfter(text, i, to)
                    ? first ? from : sentenceAfter(text, lastMark + 1, i) : -1;
            if (bare >= 0 && WordShapes.splitCount(text.substring(bare, i)) >= 3 && attributionFollows(text, i + 1, to)) {
                // We will not accept this," Roe said. "Not now.": the opening mark was forgotten; a closing mark with
                // the writer's attribution after it closes a quotation from the paragraph's or the sentence's start
                out.add(new Marked(bare, bare, trimEnd(text, bare, i), i, false));
                first = false;
                lastClose = i;
                lastMark = i;
                continue;
            }
            singleOpen = -1;
            if (first && continued && !opening) {
                // the quotation of the paragraph before goes on up to this closing mark
                out.add(new Marked(from, from, trimEnd(text, from, i), i, false));
                first = false;
                i += w - 1;
                continue;
            }
            first = false;
            if (opening && open >= 0) {
                int stop = attributionStop(text, Math.max(open + width, i - WINDOW), i, VERB);
                if (stop > 0) {
                    // "We will appeal, Jane Roe said. Her lawyer said it "will take months.": the writer forgot to
                    // close the first quotation, which ends before its attribution (cut by cutAttribution)
                    out.add(unclosed(text, open, width, stop + 1, elisions));
                    open = -1;
                    nestedOpen = -1;
                    nestedClose = -1;
                }
                int lead = open < 0 ? -1 : leadStop(text, Math.max(open + width, i - WINDOW), i);
                if (lead > 0) {
                    // “... we will rebuild. She added: “The first step ...”: the writer forgot to close the first
                    // quotation before the sentence that introduces the next one; it ends with that sentence (closed
                    // there, so that a quotation opened inside the writer's sentence stays a partial one)
                    out.add(closedAt(text, open, width, lead + 1));
                    open = -1;
                    nestedOpen = -1;
                    nestedClose = -1;
                }
            }
            if (opening) {
                if (open >= 0 && nestedClose >= 0 && c == '\u201c' && text.substring(from, open).isBlank()
                        && noClosingMark(text, i + 1, to)) {
                    // “Dear Editor, the plan is not “a done deal.” It ... your column “leaves out the harbor. ¶ ...”:
                    // a quoted letter that fills the paragraph and goes on in the next one, with nested quotations
                    // (the last one never closed); the outer quotation runs to the paragraph's end
                    runsOn = true;
                    nestedOpen = -1;
                    nestedClose = -1;
                    continue;
                }
                if (open >= 0 && nestedClose >= 0) {
                    // “A “b” c “D: the inner pair was no nested quotation; the first one closed at its mark (as before)
                    out.add(closedAt(text, open, width, nestedClose));
                    open = -1;
                    nestedOpen = -1;
                    nestedClose = -1;
                }
                if (open >= 0 && (c == '\u201c' && (text.charAt(open) == '\u201c' || text.charAt(open) == '"' && width == 1)
                        || c == '"' && text.charAt(open) == '"' && width == 1) && endsSentence(text, open + width, i)) {
                    // “A. “B.” (or "A. “B.”): the writer never closed the first quotation; it ends where the next opens
                    out.add(unclosed(text, open, width, i, elisions));
                    open = -1;
                    nestedOpen = -1;
                }
                if (open >= 0 && nestedOpen < 0 && (c == '\u201c' || c == '"' && text.charAt(open) == '"' && width == 1
                        && nestedStraight(text, i, to))) {
                    // “... most “Acme Rules” stay ...”: a quotation nested in the open one, part of it (with straight
                    // marks only when two closing marks follow: "... once called a "gold standard," Roe continues ...,")
                    nestedOpen = i;
                } else if (open < 0 || c == '"' || w == 2) {
                    // a second opening mark inside an open quote: the first one was stray, unless a single mark typed
                    // for its closing one ends it ("We won,' she said. "Next ...)
                    if (open >= 0 && singleClose(text, open + width, i, elisions) >= 0) {
                        out.add(unclosed(text, open, width, i, elisions));
                    }
                    open = i;
                    width = w;
                    nestedOpen = -1;
                }
            } else if (open >= 0 && nestedOpen >= 0 && (c == '\u201d' || c == '"')) {
                nestedOpen = -1;
                nestedClose = i;
            } else if (open >= 0) {
                lastClose = i;
                out.add(closedAt(text, open, width, i));
                open = -1;
                nestedOpen = -1;
                nestedClose = -1;
            }
            lastMark = i + w - 1;
            i += w - 1;
        }
        if (open >= 0 && runsOn) {
            out.add(trimmed(text, open, open + width, to, -1));
        } else if (open >= 0 && nestedClose >= 0 && !(text.substring(from, open).isBlank()
                && WordShapes.splitCount(text.substring(nestedClose + 1, to).strip()) >= RUN_ON)) {
            // the outer quotation never closed after the nested one: the nested mark closed it after all (unless it
            // fills the paragraph and goes on for a sentence after the nested one: “Now, ... the “Acme Agenda” (which
            // ... techniques.) ¶ ...”, a quoted post over several paragraphs)
            out.add(closedAt(text, open, width, nestedClose));
        } else if (open >= 0) {
            out.add(unclosed(text, open, width, to, elisions));
        }
        return out;
    }

    /**
     * The quotation opened at {@code open} whose double closing mark never comes before {@code end}: closed at a single
     * mark typed for the double one (“We will not accept this,’ she said.), else running to {@code end}, unclosed.
     */
    private static Marked unclosed(String text, int open, int width, int end, Set<String> elisions) {
        int close = singleClose(text, open + width, end, elisions);
        if (close >= 0) {
            return closedAt(text, open, width, close);
        }
        Marked m = trimmed(text, open, open + width, end, -1);
        return width == 2 ? new Marked(m.open(), m.start(), m.end(), m.close(), false) : m;
    }

    /**
     * In the words [from, to) of an unclosed double quotation, the first single mark right after a comma or a sentence's
     * closing punctuation and before a space or the end (a closing mark typed for the double one), when no opening single
     * mark comes before it (a single quotation nested in the double one); else -1.
     */
    static int singleClose(String text, int from, int to, Set<String> elisions) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            if (i > from && opensAfter(text.charAt(i - 1)) && letterAfter && c != '\u2019' && !elided(text, i + 1, to, elisions)) {
                return -1;
            }
            if (c != '\u2018' && i > from && ",.?!".indexOf(text.charAt(i - 1)) >= 0 && (i + 1 >= to
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the words after a closing mark at {@code from - 1}, up to the next comma or full stop, are an attribution
     * of two to five words with a reporting verb (" Roe said.", " said Jane Roe, the head of ...").
     */
    private static boolean attributionFollows(String text, int from, int to) {
        int e = from;
        while (e < to && e - from <= ATTRIBUTION && ",.".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        return e < to && ",.".indexOf(text.charAt(e)) >= 0 && attribution(text.substring(from, e).strip(), VERB);
    }

    private static Marked closedAt(String text, int open, int width, int close) {
        Marked m = trimmed(text, open, open + width, close, close);
        return width == 2 ? new Marked(m.open(), m.start(), m.end(), m.close(), false) : m;
    }

    /**
     * True when the two straight marks after the one at {@code i} both close (each right after a word or punctuation):
     * the one at {@code i} opens a quotation nested in an open one, closed by the first of them.
     */
    private static boolean nestedStraight(String text, int i, int to) {
        int found = 0;
        for (int j = i + 1; j < to && found < 2; j++) {
            if (text.charAt(j) == '"' || text.charAt(j) == '\u201d') {
                if (!gluedBefore(text, i, j) || j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    return false;
                }
                found++;
            } else if (text.charAt(j) == '\u201c') {
                return false;
            }
        }
        return found == 2;
    }

    /** Words after a nested quotation that make an unclosed quotation filling its paragraph run on to its end. */
    private static final int RUN_ON = 8;

    /**
     * The start of the sentence in [from, to) that ends at {@code to}: right after the last full stop, question or
     * exclamation mark followed by a space and a capital letter; -1 when [from, to) holds no such sentence end.
     */
    private static int sentenceAfter(String text, int from, int to) {
        for (int j = to - 2; j >= from && j > to - WINDOW; j--) {
            if (".?!".indexOf(text.charAt(j)) >= 0 && text.charAt(j + 1) == ' ' && j + 2 < to
                    && Character.isUpperCase(text.charAt(j + 2)) && !abbreviation(text, from, j)) {
                return j + 2;
            }
        }
        return -1;
    }

    /** True when the full stop at {@code j} ends a capitalised word of at most four letters ("Mr.", "Sen.", "Gov."). */
    private static boolean abbreviation(String text, int from, int j) {
        int b = j;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return text.charAt(j) == '.' && j - b >= 1 && j - b <= 4 && Character.isUpperCase(text.charAt(b))
                && (b == from || !Character.isLetterOrDigit(text.charAt(b - 1)));
    }

    /**
     * The offset of the last sentence end in [from, to) after which the words up to {@code to} introduce a quotation:
     * two to six words, capitalised, with a reporting verb, ending in a colon or a comma ("He added:"); else -1.
     */
    private static int leadStop(String text, int from, int to) {
        for (int j = to - 2; j >= from && j > to - ATTRIBUTION; j--) {
            if (".?!".indexOf(text.charAt(j)) < 0 || text.charAt(j + 1) != ' ' || abbreviation(text, from, j)) {
                continue;
            }
            String lead = text.substring(j + 2, to).strip();
            if (lead.length() < 2 || ":,".indexOf(lead.charAt(lead.length() - 1)) < 0 || !Character.isUpperCase(lead.charAt(0))) {
                return -1;
            }
            String[] w = lead.substring(0, lead.length() - 1).split(" ");
            if (w.length < 2 || w.length > 6) {
                return -1;
            }
            for (String x : w) {
                if (x.isEmpty() || x.chars().anyMatch(c -> ",;:".indexOf(c) >= 0 || isOpening((char) c))
                        || x.indexOf('.') >= 0 && !abbreviation(x, 0, x.length() - 1)) {
                    return -1;
                }
            }
            return java.util.Arrays.stream(w).anyMatch(VERB) ? j : -1;
        }
        return -1;
    }

    /** True when no double closing mark (nor a straight one) stands in [from, to). */
    private static boolean noClosingMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLOSE_DOUBLE.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '"') {
                return false;
            }
        }
        return true;
    }

    /** True when the mark at {@code i} follows a word or punctuation directly (no space or opening bracket). */
    private static boolean gluedBefore(String text, int from, int i) {
        return i > from && !opensAfter(text.charAt(i - 1));
    }

    /** True when the mark at {@code i} ends the paragraph or is followed by a space. */
    private static boolean spacedAfter(String text, int i, int to) {
        return i + 1 >= to || Character.isWhitespace(text.charAt(i + 1));
    }

    /** True at two single marks in a row standing for one double mark (‘‘ ’’ ‘’ or two apostrophes). */
    private static boolean pairedSingles(String text, int i, int to) {
        if (i + 1 >= to) {
            return false;
        }
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        return (a == '\'' || a == '\u2018' || a == '\u2019') && (b == '\'' || b == '\u2018' || b == '\u2019')
                && (i + 2 >= to || text.charAt(i + 2) != a);
    }

    /** True when the words in [start, end) end with a sentence's closing punctuation (spaces aside). */
    private static boolean endsSentence(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > start && e < end && ".!?".indexOf(text.charAt(e - 1)) >= 0;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * Adds the single quotations of [from, to) to {@code out}; returns the offset of an opening single mark still open
     * at {@code to}, or -1.
     */
    private static int singles(String text, int from, int to, Set<String> elisions, List<Marked> out) {
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean before = i == from || opensAfter(text.charAt(i - 1));
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean letterBefore = i > from && !opensAfter(text.charAt(i - 1));
            if (open < 0) {
                if ((c == '\u2018' || c == '\'' && before) && letterAfter && !elided(text, i + 1, to, elisions)) {
                    open = i;
                }
            } else if (c != '\u2018' && letterBefore && !letterAfter && !(possessive(text, i, to)
                    && strongCloseAhead(text, i + 1, to, elisions))) {
                out.add(trimmed(text, open, open + 1, i, i));
                open = -1;
            }
        }
        return open;
    }

    /** True at a mark after an "s" and before a space and a word: the plural possessive of “the workers’ money”. */
    private static boolean possessive(String text, int i, int to) {
        return text.charAt(i - 1) == 's' && i + 2 < to && text.charAt(i + 1) == ' '
                && Character.isLetterOrDigit(text.charAt(i + 2));
    }

    /**
     * True when, within the next {@value #LOOK_AHEAD} characters of [from, to) and before any opening single mark, a
     * single mark closes a quotation and is no plural possessive itself: ‘We were at the Joneses’ house,’ he said.
     * The writer closes a quotation at its end, so the earlier mark was an apostrophe.
     */
    private static boolean strongCloseAhead(String text, int from, int to, Set<String> elisions) {
        int end = Math.min(to, from + LOOK_AHEAD);
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '\u2018' && c != '\u2019') {
                continue;
            }
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
            boolean letterBefore = !opensAfter(text.charAt(i - 1));
            if (!letterBefore && letterAfter && (c == '\u2018' || !elided(text, i + 1, to, elisions))) {
                return false;
            }
            if (c != '\u2018' && letterBefore && !letterAfter) {
                if (!possessive(text, i, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far ahead a closing single mark is looked for after a plural possessive (about two sentences). */
    private static final int LOOK_AHEAD = 300;

    private static boolean elided(String text, int start, int to, Set<String> elisions) {
        if (Character.isDigit(text.charAt(start))) {
            return true;
        }
        int e = start;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return elisions.contains(text.substring(start, e).toLowerCase(Locale.ROOT));
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || "([{\u2014\u2013-/\u201c\u2018\"".indexOf(c) >= 0;
    }

    private static Marked trimmed(String text, int open, int start, int end, int close) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Marked(open, s, e, close, text.charAt(open) == '\'' || text.charAt(open) == '\u2018');
    }
}

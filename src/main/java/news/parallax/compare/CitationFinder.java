package news.parallax.compare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.parallax.text.Lexicon;

/**
 * Finds the wire services, outlets and official bodies a paragraph of news text cites. Immutable and
 * thread-safe; the word lists are resource files under {@code news/parallax/compare/}.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A name on the wire-service or outlet list ({@code wires.txt}, {@code outlets.txt}) is cited
 *       wherever it stands, unless the list marks it as also an ordinary word ("?Bloomberg"): then it
 *       needs a citation cue, as every other rule does.</li>
 *   <li>A name on the list of official bodies ({@code official-bodies.txt}: "the Pentagon"), or a
 *       capitalised name holding a head noun of {@code official-heads.txt} and at least one other word
 *       ("the Defense Ministry", "Ministry of Foreign Affairs"), is an official source beside a cue.</li>
 *   <li>A capitalised name holding a word of {@code media-words.txt} ("the Daily Herald") or next to a
 *       noun of {@code media-nouns.txt} ("broadcaster NHK", "the Asahi newspaper") is an outlet beside
 *       a cue.</li>
 * </ol>
 * A citation cue is a phrase of {@code citation-cues.txt} right before the name ("according to the"),
 * for outlets also one of {@code citation-cues-outlet.txt} ("told", "in an interview with"); an
 * inverted attribution (", said the"); or a verb of {@code citation-verbs.txt} right after it, perhaps
 * after a role of {@code citation-roles.txt} and a person's name ("the State Department spokesman
 * John Smith said").
 */
final class CitationFinder {
    /** Kinds of cited source. */
    static final String WIRE = "wire";
    static final String OUTLET = "outlet";
    static final String OFFICIAL = "official";

    // a capitalised word: "Defense", "U.S.", "Japan's", "Self-Defense"
    private static final String CAP = "\\p{Lu}[\\p{L}\\p{N}&'\u2019-]*(?:(?:\\.\\p{L}+)+\\.?)?";
    // bounded repetition: no name runs to more than 12 words, and the regex never recurses deeply
    static final Pattern NAME = Pattern.compile(
            CAP + "(?:\\s+(?:(?:of|for|on|de|del|du|der|la|&)\\s+){0,2}" + CAP + "){0,11}");
    private static final Pattern INVERTED = Pattern.compile("[,\u201D\"]\\s*(?:said|says|reported|added|announced)\\s+(?:the\\s+)?$");
    private static final int CONTEXT = 120;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ADJACENT_CAP_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*\\s+$");
    private static final Pattern ADJACENT_CAP_AFTER = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern NEXT_WORD = Pattern.compile("(?:['\u2019]s)?\\s+(\\p{Ll}+)");
    private static final Pattern FIRST_WORD = Pattern.compile("(\\p{L}+)\\s+");
    // "Ministry" + " of Foreign Affairs": at most two capitalised words after the connector
    private static final Pattern OF_PART = Pattern.compile("\\s+(?:of|for|on)\\s+" + CAP + "(?:\\s+" + CAP + ")?");

    private final List<Alias> aliases;
    private final Map<String, Alias> byText;
    /** The aliases by their first character, each list in the order of {@link #aliases} (longest first). */
    private final Map<Character, List<Alias>> byFirst;
    /** The characters some alias starts with (most characters of a text start none). */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    private final List<String> officialHeads;
    private final Set<String> mediaWords;
    final Pattern mediaNounBefore;
    final Pattern mediaNounAfter;
    /**
     * The first and the last words of the media nouns, when every noun is lower-case words of a-z (so the
     * two patterns can only match where a word of these sets stands next to the name); else null.
     */
    private final Set<String> mediaNounFirst;
    private final Set<String> mediaNounLast;
    private final Pattern after;
    private final Pattern afterOutlet;
    private final List<String> cues;
    private final List<String> outletCues;
    private final Set<String> gap;
    private final Set<String> starters;
    private final Set<String> outletPeople;

    private CitationFinder() {
        List<Alias> all = new ArrayList<>();
        all.addAll(aliases("compare/wires.txt", WIRE));
        all.addAll(aliases("compare/outlets.txt", OUTLET));
        all.addAll(aliases("compare/official-bodies.txt", OFFICIAL));
        all.sort(Comparator.comparingInt((Alias a) -> -a.text().length()).thenComparing(Alias::text));
        this.aliases = List.copyOf(all);
        Map<String, Alias> texts = new HashMap<>();
        for (Alias a : all) {
            texts.putIfAbsent(a.text(), a);
        }
        this.byText = Map.copyOf(texts);
        // one pass per paragraph: every alias, longest first, as whole words
        Map<Character, List<Alias>> first = new HashMap<>();
        for (Alias a : all) {
            if (a.text().isEmpty()) {
                throw new IllegalArgumentException("an empty alias in the lists of wires, outlets or bodies");
            }
            first.computeIfAbsent(a.text().charAt(0), c -> new ArrayList<>()).add(a);
        }
        first.replaceAll((c, list) -> List.copyOf(list));
        this.byFirst = Map.copyOf(first);
        first.keySet().forEach(c -> firsts.set(c));
        this.officialHeads = Lexicon.lines("compare/official-heads.txt");
        this.mediaWords = Set.copyOf(Lexicon.lines("compare/media-words.txt"));
        List<String> nounList = Lexicon.lines("compare/media-nouns.txt");
        String nouns = alternation(nounList);
        boolean plain = nounList.stream().allMatch(w -> w.matches("[a-z]+(?: [a-z]+)*"));
        this.mediaNounFirst = plain ? nounList.stream().map(w -> w.split(" ")[0]).collect(Collectors.toUnmodifiableSet()) : null;
        this.mediaNounLast = plain ? nounList.stream().map(w -> w.substring(w.lastIndexOf(' ') + 1))
                .collect(Collectors.toUnmodifiableSet()) : null;
        this.mediaNounBefore = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + nouns + ")\\s+$");
        this.mediaNounAfter = Pattern.compile("(?i)\\s+(?:" + nouns + ")(?![\\p{L}\\p{N}])");
        this.cues = Lexicon.lines("compare/citation-cues.txt");
        this.outletCues = Lexicon.lines("compare/citation-cues-outlet.txt");
        this.gap = Set.copyOf(Lexicon.lines("compare/citation-gap.txt"));
        this.starters = Set.copyOf(Lexicon.lines("compare/sentence-starters.txt"));
        this.outletPeople = Set.copyOf(Lexicon.lines("compare/outlet-people.txt"));
        String roles = alternation(Lexicon.lines("compare/citation-roles.txt"));
        String verbs = alternation(Lexicon.lines("compare/citation-verbs.txt"));
        this.after = afterPattern(roles, verbs);
        this.afterOutlet = afterPattern(roles, alternation(Lexicon.lines("compare/citation-verbs-outlet.txt")));
    }

    private static Pattern afterPattern(String roles, String verbs) {
        return Pattern.compile("^(?:['\u2019]s)?\\s*(?:(?i:" + roles + ")\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3})?"
                + "(?:(?:has|had|have|also|later|earlier|previously|then|separately|first|on \\p{Lu}\\p{L}+),?\\s+){0,3}"
                + "(?:" + verbs + ")\\b");
    }

    /** The finder with the standard word lists. */
    static CitationFinder standard() {
        return new CitationFinder();
    }

    /** A source cited in a paragraph: its canonical name (or the name as written), kind and place. */
    record Found(String name, String kind, int start, int end) {}

    /** The sources {@code paragraph} cites, in order of appearance. */
    List<Found> find(String paragraph) {
        List<Found> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (int[] m = nextListed(paragraph, 0); m != null; m = nextListed(paragraph, m[1])) {
            int start = m[0];
            int end = m[1];
            Alias a = byText.get(paragraph.substring(start, end));
            taken.add(new int[] {start, end});
            if (!a.kind().equals(OFFICIAL) && describesPerson(paragraph, end)) {
                continue;
            }
            boolean free = !a.needsCue() && !a.kind().equals(OFFICIAL);
            if (free || (a.needsCue() ? ambiguousCited(paragraph, start, end)
                    : cited(paragraph, start, end, a.kind()))) {
                out.add(new Found(a.canonical(), a.kind(), start, end));
            }
        }
        Matcher n = NAME.matcher(paragraph);
        // a name starts at a capital and takes at least it: the search goes from one capital to the next
        for (int from = nextCapital(paragraph, 0); from >= 0 && n.find(from); from = nextCapital(paragraph, n.end())) {
            if (!overlaps(taken, n.start(), n.end())) {
                pattern(paragraph, n.start(), n.end()).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * The first index from {@code from} where {@link #NAME} can start, or -1: a char whose code point (as
     * the regex reads it at that index, a supplementary one from its high surrogate) is an upper-case
     * letter ({@code \p{Lu}}).
     */
    static int nextCapital(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 ? c >= 'A' && c <= 'Z' : Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The next listed name in {@code text} from {@code from}, as {start, end}, or null: the leftmost place
     * where an alias stands as whole words (no letter or digit right before or after it), the longest
     * alias there. The same as finding the alternation of all aliases, longest first, between
     * {@code (?<![\\p{L}\\p{N}])} and {@code (?![\\p{L}\\p{N}])}, but it tries only the aliases that
     * start with the character at hand.
     */
    private int[] nextListed(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            if (!firsts.get(c) || p > 0 && isLetterOrNumber(text.codePointBefore(p))) {
                continue;
            }
            List<Alias> candidates = byFirst.get(c);
            for (Alias a : candidates) {
                int end = p + a.text().length();
                if (text.startsWith(a.text(), p) && (end == text.length() || !isLetterOrNumber(text.codePointAt(end)))) {
                    return new int[] {p, end};
                }
            }
        }
        return null;
    }

    // what the regex classes \p{L} and \p{N} match
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The canonical name of a wire service, outlet or body on the lists, if {@code name} is one. */
    Optional<String> canonical(String name) {
        String s = name.strip();
        return aliases.stream().filter(a -> a.text().equals(s)).map(Alias::canonical).findFirst();
    }

    /** A wire service or outlet on the lists written exactly as {@code name}, e.g. in a dateline. */
    Optional<Found> listedOutlet(String name) {
        String s = name.strip();
        return aliases.stream().filter(a -> a.text().equals(s) && !a.kind().equals(OFFICIAL))
                .map(a -> new Found(a.canonical(), a.kind(), 0, 0)).findFirst();
    }

    // rules 2 and 3 for a capitalised name that is on no list
    private Optional<Found> pattern(String text, int start, int end) {
        int s = start;
        // a leading function word starts a sentence, not a name: "But", "The", "On" (not "US")
        Matcher first = FIRST_WORD.matcher(text).region(s, end);
        while (first.lookingAt() && isSentenceStarter(first.group(1))) {
            s = first.end();
            first.region(s, end);
        }
        if (s >= end) {
            return Optional.empty();
        }
        String name = text.substring(s, end);
        int head = lastHead(name);
        if (head > 0) {
            Matcher ofPart = OF_PART.matcher(name).region(head, name.length());
            String body = ofPart.lookingAt() ? name.substring(0, ofPart.end()) : name.substring(0, head);
            boolean cited = body.contains(" ") && cited(text, s, s + body.length(), OFFICIAL);
            return cited ? Optional.of(new Found(body, OFFICIAL, s, s + body.length())) : Optional.empty();
        }
        String outlet = stripPossessive(name);
        boolean media = false;
        for (String w : SPACES.split(outlet)) {
            media |= mediaWords.contains(w);
        }
        media = media || nextToMediaNoun(text, s, s + outlet.length());
        if (media && cited(text, s, s + outlet.length(), OUTLET)) {
            return Optional.of(new Found(outlet, OUTLET, s, s + outlet.length()));
        }
        return Optional.empty();
    }

    private boolean isSentenceStarter(String word) {
        return (word.length() == 1 || !word.equals(word.toUpperCase(Locale.ROOT))) && starters.contains(word.toLowerCase(Locale.ROOT));
    }

    // the end of the last official head noun in the name, as a whole word, or -1
    // (each head as the regex (?<![\p{L}\p{N}])head(?![\p{L}\p{N}]) would find it, left to right,
    // each search going on from the end of the last match, without the regex)
    private int lastHead(String name) {
        int best = -1;
        for (String h : officialHeads) {
            int from = 0;
            for (int p = name.indexOf(h); p >= 0; p = name.indexOf(h, from)) {
                int end = p + h.length();
                if ((p == 0 || !isLetterOrNumber(name.codePointBefore(p)))
                        && (end == name.length() || !isLetterOrNumber(name.codePointAt(end)))) {
                    best = Math.max(best, end);
                    from = end;
                } else {
                    from = p + 1;
                }
            }
        }
        return best;
    }

    private boolean nextToMediaNoun(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        if ((mediaNounLast == null || mayEndWithNoun(before)) && mediaNounBefore.matcher(before).find()) {
            return true;
        }
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return (mediaNounFirst == null || mayStartWithNoun(after)) && mediaNounAfter.matcher(after).lookingAt();
    }

    /**
     * False when {@code mediaNounBefore} surely finds nothing in {@code s}: a match ends with a noun's
     * last word, then spaces, then the end (or a final line terminator); the word is the whole run of
     * letters before those spaces, as the pattern wants no letter before a noun, and a space inside one.
     */
    boolean mayEndWithNoun(String s) {
        int e = s.length();
        if (e > 0 && (s.charAt(e - 1) == '\u0085' || s.charAt(e - 1) == '\u2028' || s.charAt(e - 1) == '\u2029')) {
            e--; // $ also matches before a final line terminator; \s does not take these three
        }
        int p = e;
        while (p > 0 && isSpace(s.charAt(p - 1))) {
            p--;
        }
        if (p == e) {
            return false;
        }
        // char by char, as the pattern's look-behind reads one char back (a surrogate is no letter to it)
        int q = p;
        while (q > 0 && Character.isLetter(s.charAt(q - 1))) {
            q--;
        }
        String word = asciiLower(s, q, p);
        return word != null && mediaNounLast.contains(word);
    }

    /**
     * False when {@code mediaNounAfter} surely does not match at the start of {@code s}: spaces, then a
     * noun's first word, which is the whole run of letters after those spaces.
     */
    boolean mayStartWithNoun(String s) {
        int p = 0;
        while (p < s.length() && isSpace(s.charAt(p))) {
            p++;
        }
        if (p == 0) {
            return false;
        }
        int q = p;
        while (q < s.length() && Character.isLetter(s.codePointAt(q))) {
            q += Character.charCount(s.codePointAt(q));
        }
        String word = asciiLower(s, p, q);
        return word != null && mediaNounFirst.contains(word);
    }

    // what \s matches (without the Unicode flag)
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    // s[from, to) in lower case when it is letters A-Z and a-z (what (?i) folds), else null
    private static String asciiLower(String s, int from, int to) {
        if (from >= to) {
            return null;
        }
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                out[i - from] = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                out[i - from] = c;
            } else {
                return null;
            }
        }
        return new String(out);
    }

    // "the Fox News host": the outlet describes a person, it is not cited
    private boolean describesPerson(String text, int end) {
        Matcher m = NEXT_WORD.matcher(text).region(end, text.length());
        return m.lookingAt() && outletPeople.contains(m.group(1));
    }

    // a name that is also a word or a person's name: not inside a longer capitalised name ("Mayor
    // Bloomberg"), and cited by a cue before it or a verb of reporting after it
    private boolean ambiguousCited(String text, int start, int end) {
        boolean capitalBefore = ADJACENT_CAP_BEFORE.matcher(text.substring(Math.max(0, start - CONTEXT), start)).find();
        boolean capitalAfter = ADJACENT_CAP_AFTER.matcher(text.substring(end)).lookingAt();
        if (capitalBefore || capitalAfter) {
            return false;
        }
        return afterOutlet.matcher(text.substring(end, Math.min(text.length(), end + CONTEXT))).find()
                || citedBefore(text, start, OUTLET);
    }

    /** Whether a citation cue stands beside the name at [start, end). */
    boolean cited(String text, int start, int end, String kind) {
        String rest = text.substring(end, Math.min(text.length(), end + CONTEXT));
        if (after.matcher(rest).find()) {
            return true;
        }
        return citedBefore(text, start, kind);
    }

    private boolean citedBefore(String text, int start, String kind) {
        String before = sentenceBefore(text, start);
        if (INVERTED.matcher(before).find()) {
            return true;
        }
        List<String> words = new ArrayList<>(List.of(SPACES.split(before.strip())));
        words.removeIf(String::isEmpty);
        for (int dropped = 0; dropped <= 3 && !words.isEmpty(); dropped++) {
            String tail = String.join(" ", words).toLowerCase(Locale.ROOT);
            if (endsWithCue(tail, cues) || (!kind.equals(OFFICIAL) && endsWithCue(tail, outletCues))) {
                return true;
            }
            String last = words.remove(words.size() - 1);
            boolean skippable = gap.contains(last.toLowerCase(Locale.ROOT)) || Character.isUpperCase(last.charAt(0));
            if (!skippable) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWithCue(String tail, List<String> cues) {
        for (String c : cues) {
            if (tail.equals(c) || tail.endsWith(" " + c)) {
                return true;
            }
        }
        return false;
    }

    // the text before start, back to the start of its sentence
    private static String sentenceBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - CONTEXT), start);
        int cut = -1;
        for (int i = 0; i + 1 < before.length(); i++) {
            char c = before.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(before.charAt(i + 1))) {
                cut = i + 1;
            }
        }
        return cut < 0 ? before : before.substring(cut);
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(sp -> start < sp[1] && sp[0] < end);
    }

    private static String stripPossessive(String name) {
        return name.endsWith("'s") || name.endsWith("\u2019s") ? name.substring(0, name.length() - 2) : name;
    }

    private static String alternation(List<String> phrases) {
        return phrases.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p))
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    private static List<Alias> aliases(String resource, String kind) {
        List<Alias> out = new ArrayList<>();
        for (String line : Lexicon.lines(resource)) {
            String[] sides = line.split("\\|");
            if (sides.length != 2 || sides[0].isBlank()) {
                throw new IllegalArgumentException(resource + ": line \"" + line + "\" must be 'canonical | alias, alias'");
            }
            for (String a : sides[1].split(",")) {
                String text = a.strip();
                boolean needsCue = text.startsWith("?");
                out.add(new Alias(needsCue ? text.substring(1) : text, sides[0].strip(), kind, needsCue));
            }
        }
        return out;
    }

    /** One way of writing a listed name. */
    private record Alias(String text, String canonical, String kind, boolean needsCue) {}
}

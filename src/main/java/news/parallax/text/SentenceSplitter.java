package news.parallax.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits a paragraph into sentences with offsets kept: OpenNLP's English sentence detector, then two
 * corrections from the abbreviation lists in {@code text/}: a break after a title abbreviation
 * ("Sen.", "Gen.", "Mr.") or an initial ("J.") is undone, and so is a break after another abbreviation
 * ("U.S.", "R-S.C.", "Jan.") unless the next word commonly opens a sentence ("The", "He"). Thread-safe.
 *
 * <p>Each thread remembers the sentences of the last {@value #REMEMBERED} paragraphs it split, by the
 * text itself (the same string, not an equal one) and the paragraph's bounds: the quote finder and the
 * claim finder split the same paragraphs of an article, and the sentences depend on nothing else.
 */
public final class SentenceSplitter {

    /** An initial: one upper-case letter and a dot ("J."). */
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

    /** Paragraphs whose sentences each thread remembers. */
    static final int REMEMBERED = 1_024;

    private final ThreadLocal<Map<Paragraph, List<Sentence>>> remembered = ThreadLocal.withInitial(Lru::new);
    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Scanned.MODEL));
    private final Set<String> titles;
    private final Set<String> abbreviations;
    private final Set<String> openers;
    /** The last character of every abbreviation, each once ("." for most): a word ending otherwise is none. */
    private final String abbreviationEnds;

    private SentenceSplitter(Set<String> titles, Set<String> abbreviations, Set<String> openers) {
        this.titles = titles;
        this.abbreviations = abbreviations;
        this.openers = openers;
        StringBuilder ends = new StringBuilder();
        for (String a : abbreviations) {
            if (!a.isEmpty() && ends.indexOf(a.substring(a.length() - 1)) < 0) {
                ends.append(a.charAt(a.length() - 1));
            }
        }
        this.abbreviationEnds = ends.toString();
    }

    /** The standard splitter. */
    public static SentenceSplitter standard() {
        return Holder.STANDARD;
    }

    /** The sentence model, with the end characters found by a table ({@link TableScanner}): same sentences. */
    private static final class Scanned {
        static final SentenceModel MODEL = TableScanner.scanned(Models.sentences());
    }

    private static final class Holder {
        static final SentenceSplitter STANDARD = new SentenceSplitter(
                new HashSet<>(Lexicon.lines("text/title-abbreviations.txt")),
                new HashSet<>(Lexicon.lines("text/abbreviations.txt")),
                new HashSet<>(Lexicon.lines("text/sentence-openers.txt")));
    }

    /** The sentences of {@code text} between {@code start} and {@code end}, trimmed of whitespace; unmodifiable. */
    public List<Sentence> split(String text, int start, int end) {
        if (start >= end) {
            return List.of();
        }
        Map<Paragraph, List<Sentence>> recent = remembered.get();
        Paragraph key = new Paragraph(text, start, end);
        List<Sentence> sentences = recent.get(key);
        if (sentences == null) {
            sentences = List.copyOf(splitAnew(text, start, end));
            recent.put(key, sentences);
        }
        return sentences;
    }

    private List<Sentence> splitAnew(String text, int start, int end) {
        Span[] spans = detector.get().sentPosDetect(text.substring(start, end));
        List<int[]> merged = new ArrayList<>();
        for (Span s : spans) {
            int a = start + s.getStart();
            int b = start + s.getEnd();
            if (!merged.isEmpty() && joins(text, merged.get(merged.size() - 1)[1], a)) {
                merged.get(merged.size() - 1)[1] = b;
            } else {
                merged.add(new int[] {a, b});
            }
        }
        List<Sentence> out = new ArrayList<>();
        for (int[] m : merged) {
            splitAfterAbbreviations(text, m[0], m[1], out);
        }
        return out;
    }

    /** True when the break between a sentence ending at {@code end} and one starting at {@code next} is wrong. */
    private boolean joins(String text, int end, int next) {
        String last = lastWord(text, end);
        String first = firstWord(text, next);
        if (titles.contains(last) || INITIAL.matcher(last).matches()) {
            return true;
        }
        if (isAbbreviation(last)) {
            return !openers.contains(first) && !placeEnds(text, end);
        }
        return !first.isEmpty() && (Character.isLowerCase(first.charAt(0)) || Character.isDigit(first.charAt(0)))
                && !last.endsWith("?") && !last.endsWith("!") && !endsWithQuote(last);
    }

    private boolean isAbbreviation(String word) {
        if (abbreviations.contains(word)) {
            return true;
        }
        int dash = word.lastIndexOf('-');
        return dash >= 0 && dash + 1 < word.length() && abbreviations.contains(word.substring(dash + 1));
    }

    /** OpenNLP misses some breaks after an abbreviation: "in the U.S. The next day". */
    private void splitAfterAbbreviations(String text, int start, int end, List<Sentence> out) {
        int s = start;
        int i = start;
        while (i < end) {
            while (i < end && Tagger.isJavaWhitespace(text.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < end && !Tagger.isJavaWhitespace(text.charAt(i))) {
                i++;
            }
            // an abbreviation, or a word whose part after its last dash is one, ends as one does
            if (i < end && abbreviationEnds.indexOf(text.charAt(i - 1)) >= 0) {
                String word = text.substring(w, i);
                if (isAbbreviation(word) && !titles.contains(word) && (openers.contains(firstWord(text, i)) || placeEnds(text, i))) {
                    add(out, text, s, i);
                    s = i;
                }
            }
        }
        add(out, text, s, end);
    }

    /**
     * True when the abbreviation ending at {@code end} closes a place after a comma and a capitalised possessive
     * follows: "in Washington, D.C. Doe's sister said" (not "Washington, D.C. Mayor Jane Roe", ", U.S. Secretary").
     */
    private static boolean placeEnds(String text, int end) {
        int w = end;
        while (w > 0 && !Tagger.isJavaWhitespace(text.charAt(w - 1))) {
            w--;
        }
        int c = w;
        while (c > 0 && Tagger.isJavaWhitespace(text.charAt(c - 1))) {
            c--;
        }
        if (c == 0 || text.charAt(c - 1) != ',') {
            return false;
        }
        int n = end;
        while (n < text.length() && Tagger.isJavaWhitespace(text.charAt(n))) {
            n++;
        }
        int ne = n;
        while (ne < text.length() && !Tagger.isJavaWhitespace(text.charAt(ne))) {
            ne++;
        }
        String next = text.substring(n, ne);
        return next.length() > 3 && Character.isUpperCase(next.charAt(0))
                && (next.endsWith("'s") || next.endsWith("\u2019s"));
    }

    private static boolean endsWithQuote(String word) {
        return !word.isEmpty() && "\"\u201d\u2019'".indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    private static String lastWord(String text, int end) {
        int e = end;
        while (e > 0 && Tagger.isJavaWhitespace(text.charAt(e - 1))) {
            e--;
        }
        int s = e;
        while (s > 0 && !Tagger.isJavaWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    private static String firstWord(String text, int start) {
        int s = start;
        while (s < text.length() && Tagger.isJavaWhitespace(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** A paragraph of a text: equal to another of the same string object and bounds. */
    private static final class Paragraph {
        private final String text;
        private final int start;
        private final int end;

        Paragraph(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Paragraph p && p.text == text && p.start == start && p.end == end;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(text) * 31 + start) * 31 + end;
        }
    }

    /** A map that forgets the least recently used paragraph beyond {@link #REMEMBERED}. */
    private static final class Lru extends LinkedHashMap<Paragraph, List<Sentence>> {
        private static final long serialVersionUID = 1L;

        Lru() {
            super(256, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<Paragraph, List<Sentence>> eldest) {
            return size() > REMEMBERED;
        }
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Tagger.isJavaWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Tagger.isJavaWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(s, e));
        }
    }
}

package news.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/**
 * The splitter finds the sentences of the rules as first written (OpenNLP's detector, then the
 * abbreviation corrections, every word of a sentence looked up in the lists): on the paragraphs of the
 * seed articles, and on random paragraphs of abbreviations, titles, initials, sentence openers, marks and
 * odd characters (the splitter looks a word up only when it ends as an abbreviation can).
 */
class SentenceSplitterReferenceTest {

    private static final Reference REFERENCE = new Reference();

    @Test
    void theSeedParagraphsAreSplitAsByTheRulesAsWritten() throws Exception {
        int paragraphs = 0;
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                int start = 0;
                while (start < text.length()) {
                    int end = text.indexOf('\n', start);
                    end = end < 0 ? text.length() : end;
                    assertSame(text, start, end);
                    start = end + 1;
                    paragraphs++;
                }
            }
        }
        assertThat(paragraphs).isGreaterThan(50);
    }

    @Test
    void randomParagraphsOfAbbreviationsAndOpenersAreSplitAsByTheRulesAsWritten() {
        List<String> vocabulary = new ArrayList<>();
        vocabulary.addAll(Lexicon.lines("text/title-abbreviations.txt"));
        vocabulary.addAll(Lexicon.lines("text/abbreviations.txt"));
        vocabulary.addAll(Lexicon.lines("text/sentence-openers.txt"));
        vocabulary.addAll(List.of("R-S.C.", "D-Calif.", "x-U.S.", "J.", "\u00c9.", "said", "the", "he", "left.",
                "home.", "so?", "no!", "\u201cWe", "ethos,\u201d", "partner.\u201d", "3.5", "1.", "(U.S.)", "U.S.,",
                "e.g.", "etc.", "\ud83d\ude00.", "a\u0085b.", "\u00a0", "\u2028", "-", "--", "U.S.-", "-U.S."));
        Random random = new Random(11);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(40);
            for (int k = 0; k < words; k++) {
                b.append(vocabulary.get(random.nextInt(vocabulary.size())));
                int gap = random.nextInt(10);
                b.append(gap == 0 ? "" : gap == 1 ? "  " : gap == 2 ? "\n" : " ");
            }
            String text = "x " + b + " y";
            assertSame(text, 2, text.length() - 2);
            assertSame(text, 0, text.length());
        }
    }

    private static void assertSame(String text, int start, int end) {
        assertThat(SentenceSplitter.standard().split(text, start, end)).as(text.substring(start, end))
                .isEqualTo(REFERENCE.split(text, start, end));
    }

    /** The splitter as first written. */
    private static final class Reference {
        private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
        private final SentenceDetectorME detector = new SentenceDetectorME(Models.sentences());
        private final Set<String> titles = new HashSet<>(Lexicon.lines("text/title-abbreviations.txt"));
        private final Set<String> abbreviations = new HashSet<>(Lexicon.lines("text/abbreviations.txt"));
        private final Set<String> openers = new HashSet<>(Lexicon.lines("text/sentence-openers.txt"));

        List<Sentence> split(String text, int start, int end) {
            if (start >= end) {
                return List.of();
            }
            Span[] spans = detector.sentPosDetect(text.substring(start, end));
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

        private boolean joins(String text, int end, int next) {
            String last = lastWord(text, end);
            String first = firstWord(text, next);
            if (titles.contains(last) || INITIAL.matcher(last).matches()) {
                return true;
            }
            if (isAbbreviation(last)) {
                return !openers.contains(first);
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

        private void splitAfterAbbreviations(String text, int start, int end, List<Sentence> out) {
            int s = start;
            int i = start;
            while (i < end) {
                while (i < end && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int w = i;
                while (i < end && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(w, i);
                if (i < end && isAbbreviation(word) && !titles.contains(word) && openers.contains(firstWord(text, i))) {
                    add(out, text, s, i);
                    s = i;
                }
            }
            add(out, text, s, end);
        }

        private static boolean endsWithQuote(String word) {
            return !word.isEmpty() && "\"\u201d\u2019'".indexOf(word.charAt(word.length() - 1)) >= 0;
        }

        private static String lastWord(String text, int end) {
            int e = end;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            return text.substring(s, e);
        }

        private static String firstWord(String text, int start) {
            int s = start;
            while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
                e++;
            }
            return text.substring(s, e);
        }

        private static void add(List<Sentence> out, String text, int start, int end) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(s, e));
            }
        }
    }
}

package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Statement;
import news.parallax.text.Lexicon;
import news.parallax.text.Sentence;
import news.parallax.text.SentenceSplitter;

/**
 * Factual claims in a source's body: sentences or clauses that state a checkable fact, each with a
 * check-worthiness score, none overlapping the statements already found (quotes, reported speech).
 * Statement ids: {@code <source>-c<n>}, numbered in text order. Thread-safe.
 *
 * <p>The rules, in order: only BODY blocks are read (captions, bylines and boilerplate are other
 * blocks); questions are skipped; a sentence is cut into clauses by {@link ClauseSplitter}; a clause
 * that touches a statement already found, or a passage inside quotation marks in its paragraph, is
 * dropped (so a sentence that is mostly a quote gives no claim, while the writer's own clause beside a
 * partial quote can); a clause is
 * trimmed of whitespace and of trailing sentence punctuation ('.', '!', ',', ';', ':', but not the dot of
 * an abbreviation such as "U.S."); a clause of fewer than four words is a fragment; a short clause opening with a
 * reporting verb ("said the senior adviser") is an attribution left over from a quotation; a clause holding a link or
 * an account's handle is an embedded post; a clause scoring
 * below {@link CheckWorthiness#threshold()} is not a claim.
 */
final class ClaimFinder {

    /** Fewer words than this is a fragment ("the senator continued"), not a claim. */
    private static final int MIN_WORDS = 4;
    /** An attribution left over after a quotation ("said the senior adviser") is at most this long. */
    private static final int MAX_ATTRIBUTION_WORDS = 8;

    private final SentenceSplitter sentences;
    private final ClauseSplitter clauses;
    private final CheckWorthiness scorer;
    private final Set<String> attributionStarts;
    private final PosTagger tagger = PosTagger.standard();

    private ClaimFinder(SentenceSplitter sentences, ClauseSplitter clauses, CheckWorthiness scorer,
            Set<String> attributionStarts) {
        this.sentences = sentences;
        this.clauses = clauses;
        this.scorer = scorer;
        this.attributionStarts = attributionStarts;
    }

    static ClaimFinder standard() {
        return new ClaimFinder(SentenceSplitter.standard(), ClauseSplitter.standard(), CheckWorthiness.standard(),
                Set.copyOf(Lexicon.lines("claims/attribution-starts.txt")));
    }

    List<Statement> find(Source source, List<Statement> already) {
        String text = source.text();
        List<Statement> out = new ArrayList<>();
        List<Block> body = LongBlocks.cut(text, source.body());
        List<List<Statement>> inBlocks = byBlock(body, already);
        for (int b = 0; b < body.size(); b++) {
            Block block = body.get(b);
            List<int[]> taken = taken(text, block, inBlocks.get(b));
            for (Sentence sentence : sentences.split(text, block.start(), block.end())) {
                if (CheckWorthiness.isQuestion(sentence.textIn(text))) {
                    continue;
                }
                for (ClauseSplitter.Clause clause : clauses.split(text, sentence.start(), sentence.end())) {
                    claim(source, clause, taken, out.size() + 1).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The claim of one clause, if it is one. */
    private Optional<Statement> claim(Source source, ClauseSplitter.Clause clause, List<int[]> taken, int number) {
        String text = source.text();
        int start = clause.start();
        int end = trimEnd(text, start, clause.end());
        if (end <= start || overlaps(taken, start, end)) {
            return Optional.empty();
        }
        String claim = text.substring(start, end);
        if (CheckWorthiness.isQuestion(claim) || words(claim) < MIN_WORDS || isAttribution(claim)
                || isTrailingAttribution(text, start, claim) || isEmbeddedPost(claim)) {
            return Optional.empty();
        }
        double score = scorer.score(claim);
        if (score < scorer.threshold()) {
            return Optional.empty();
        }
        return Optional.of(new Statement(source.id() + "-c" + number, source.id(), Statement.Kind.CLAIM, claim,
                start, end, Optional.empty(), false, Optional.empty(), score));
    }

    /**
     * True for a clause that holds a link or an account's handle in parentheses: the text or the signature of a post
     * embedded in the article ("... pic.twitter.com/x1y2 — Harbor News (@harbornews) May 2, 2024"), not the writer's
     * claim.
     */
    static boolean isEmbeddedPost(String clause) {
        return clause.contains("pic.twitter.com/") || clause.contains("http://") || clause.contains("https://")
                || clause.contains("(@");
    }

    /**
     * For each block (in text order, not overlapping), the statements that overlap it; found by binary
     * search, so that many paragraphs with many statements cost no more than their number.
     */
    private static List<List<Statement>> byBlock(List<Block> body, List<Statement> already) {
        List<List<Statement>> out = new ArrayList<>();
        for (int b = 0; b < body.size(); b++) {
            out.add(new ArrayList<>());
        }
        for (Statement s : already) {
            int lo = 0;
            int hi = body.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (body.get(mid).end() > s.start()) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            for (int b = lo; b < body.size() && body.get(b).start() < s.end(); b++) {
                out.get(b).add(s);
            }
        }
        return out;
    }

    /**
     * Spans in the paragraph that a claim must not touch: statements already found, widened by one
     * character each side to take in their quotation marks, and any passage between quotation marks
     * (paired within the paragraph, so a quotation of several sentences is covered whole).
     */
    private static List<int[]> taken(String text, Block block, List<Statement> already) {
        List<int[]> spans = new ArrayList<>();
        for (Statement s : already) {
            if (s.end() > block.start() && s.start() < block.end()) {
                spans.add(new int[] {s.start() - 1, s.end() + 1});
            }
        }
        spans.addAll(QuotedPassages.in(text, block.start(), block.end()));
        return spans;
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) {
            if (s[1] > start && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code clause} is a short attribution such as "said senior adviser Jane Roe". */
    boolean isAttribution(String clause) {
        int space = clause.indexOf(' ');
        String first = (space < 0 ? clause : clause.substring(0, space)).toLowerCase(Locale.ROOT);
        return attributionStarts.contains(first) && words(clause) <= MAX_ATTRIBUTION_WORDS;
    }

    /**
     * Whether the clause that starts at {@code start} is what credits a quotation rather than a fact: it ends with
     * its reporting verb ("In a statement, the mayor said", before a colon and a quotation), or it goes on the sentence
     * of a quotation ("“...,” an angry Jane Roe said") and its reporting verb, among its first {@value #MAX_ATTRIBUTION_WORDS} words, reports nothing
     * of its own up to the next comma: no verb and no "that" after it ("an angry Jane Roe said after the vote", "the
     * minister told reporters on Monday", "she said, her voice rising"), where "officials said 40 people died" reports
     * a fact.
     */
    boolean isTrailingAttribution(String text, int start, String clause) {
        String[] words = clause.split("[^\\p{L}\\p{N}'\u2019-]+");
        int last = words.length - 1;
        if (last >= 0 && words.length <= MAX_ATTRIBUTION_WORDS
                && attributionStarts.contains(words[last].toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (!afterClosingMark(text, start)) {
            return false;
        }
        PosTagger.Tagged t = tagger.tag(clause);
        int seen = 0;
        boolean after = false;
        for (int i = 0; i < t.size(); i++) {
            String w = t.word(i);
            if (!after) {
                seen += Character.isLetterOrDigit(w.charAt(0)) ? 1 : 0;
                if (seen > MAX_ATTRIBUTION_WORDS) {
                    return false;
                }
                after = attributionStarts.contains(w.toLowerCase(Locale.ROOT));
            } else if (w.equals(",")) {
                return true;
            } else if (t.tag(i).equals("VERB") || t.tag(i).equals("AUX") || w.equalsIgnoreCase("that")) {
                return false;
            }
        }
        return after;
    }

    /**
     * Whether the clause at {@code start} goes on the sentence of a quotation: it follows, on the same line, a closing
     * quotation mark after a comma, a question or exclamation mark or a dash ("...,” she said"), where a quotation
     * closed after a full stop ends its sentence.
     */
    private static boolean afterClosingMark(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i >= 1 && "\"\u201d\u2019'".indexOf(text.charAt(i)) >= 0
                && ",?!\u2014\u2013-\u2026".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** The number of words (runs of letters or digits) in {@code s}. */
    private static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    /** The end of a clause without trailing whitespace and sentence punctuation (an abbreviation keeps its dot). */
    static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start) {
            char c = text.charAt(e - 1);
            if (Character.isWhitespace(c) || ",;:!".indexOf(c) >= 0 || (c == '.' && !isAbbreviation(text, start, e - 1))) {
                e--;
            } else {
                break;
            }
        }
        return e;
    }

    /**
     * Whether the dot at {@code dot} ends an abbreviation: of single letters and dots ("U.S.", "a.m.") or a listed
     * one ("Mo.", "Inc.", "Jr."), whose dot a sentence ending after it shares.
     */
    private static boolean isAbbreviation(String text, int start, int dot) {
        if (dot - 2 >= start && Character.isLetter(text.charAt(dot - 1)) && text.charAt(dot - 2) == '.') {
            return true;
        }
        int from = dot;
        while (from > start && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
            from--;
        }
        return from < dot && (from == start || !Character.isLetterOrDigit(text.charAt(from - 1)))
                && Lexicons.standard().abbreviations.contains(text.substring(from, dot + 1));
    }
}

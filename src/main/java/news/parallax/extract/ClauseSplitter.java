package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.parallax.text.Lexicon;

/**
 * Cuts a sentence into the clauses that each report a fact of their own, keeping offsets: at a
 * semicolon; at a comma followed by a coordinating word ("X did A, and Y did B"), a subordinating word
 * ("agreed to build A, while also considering B") or a participle ("..., adding that ..."). A cut is
 * made only where both sides are clauses (a verb and at least four words each), so a list of names or
 * a phrase after a comma stays with its sentence. Links come from {@code claims/clause-links.txt}.
 * Thread-safe.
 */
final class ClauseSplitter {

    private static final int MIN_WORDS = 4;
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose", "where", "when");
    private static final String CLOSING = "\"'\u201d\u2019";

    private final PosTagger tagger;
    private final Map<String, Boolean> links;
    /** Phrases that open with a link word and start no clause ("as well as"), as lower-case words. */
    private final List<List<String>> notLinks;
    private final Set<String> notParticiples;

    private ClauseSplitter(PosTagger tagger, Map<String, Boolean> links, List<List<String>> notLinks,
            Set<String> notParticiples) {
        this.tagger = tagger;
        this.links = links;
        this.notLinks = notLinks;
        this.notParticiples = notParticiples;
    }

    /** The splitter with the tagger and word lists shipped in the jar. */
    static ClauseSplitter standard() {
        Map<String, Boolean> links = new TreeMap<>();
        List<List<String>> notLinks = new ArrayList<>();
        for (String line : Lexicon.lines("claims/clause-links.txt")) {
            String[] cells = line.split("\t");
            if (cells.length != 2 || !Set.of("coordinate", "subordinate", "not").contains(cells[0])) {
                throw new IllegalStateException(
                        "claims/clause-links.txt: expected coordinate|subordinate|not<TAB>words, got: " + line);
            }
            if (cells[0].equals("not")) {
                notLinks.add(List.of(cells[1].toLowerCase(Locale.ROOT).split(" ")));
            } else {
                links.put(cells[1].toLowerCase(Locale.ROOT), cells[0].equals("coordinate"));
            }
        }
        Set<String> notParticiples = Set.copyOf(Lexicon.lines("claims/not-participles.txt"));
        return new ClauseSplitter(PosTagger.standard(), links, List.copyOf(notLinks), notParticiples);
    }

    /**
     * A clause: offsets [start, end) into the text given to {@link #split}, trimmed of whitespace.
     *
     * @param start first character
     * @param end   end, exclusive
     */
    record Clause(int start, int end) {
        Clause {
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("clause [" + start + ", " + end + ") must be non-empty");
            }
        }
    }

    /** The clauses of the sentence {@code text[start, end)}, in order; the whole sentence when it has no cut. */
    List<Clause> split(String text, int start, int end) {
        PosTagger.Tagged t = tagger.tag(text.substring(start, end));
        List<Cut> cuts = candidates(t, !QuotedPassages.in(text, start, end).isEmpty());
        // drop cuts that would leave a side without a clause of its own, until every piece is one
        boolean changed = true;
        while (changed && !cuts.isEmpty()) {
            changed = false;
            int from = 0;
            for (int c = 0; c <= cuts.size(); c++) {
                int to = c < cuts.size() ? cuts.get(c).leftEnd : t.size();
                if (!isClause(t, from, to)) {
                    cuts.remove(c == 0 ? 0 : c - 1); // a fragment joins the clause before it
                    changed = true;
                    break;
                }
                from = c < cuts.size() ? cuts.get(c).rightStart : t.size();
            }
        }
        List<Clause> out = new ArrayList<>();
        int from = 0;
        for (int c = 0; c <= cuts.size(); c++) {
            int to = c < cuts.size() ? cuts.get(c).leftEnd : t.size();
            if (to > from) {
                out.add(new Clause(start + t.start(from), start + t.end(to - 1)));
            }
            from = c < cuts.size() ? cuts.get(c).rightStart : t.size();
        }
        return out;
    }

    /** A cut between words: the left piece ends before word {@code leftEnd}, the right starts at {@code rightStart}. */
    private record Cut(int leftEnd, int rightStart) {}

    private List<Cut> candidates(PosTagger.Tagged t, boolean quoted) {
        List<Cut> cuts = new ArrayList<>();
        for (int k = 1; k + 1 < t.size(); k++) {
            String w = t.word(k);
            char only = w.length() == 1 ? w.charAt(0) : 0;
            if (only == ';') {
                if (!isListItem(t, k + 1)) {
                    cuts.add(new Cut(k, k + 1));
                }
            } else if (only == ',') {
                int n = k + 1;
                while (n + 1 < t.size() && t.word(n).length() == 1 && CLOSING.indexOf(t.word(n).charAt(0)) >= 0) {
                    n++; // ',"' and ',”': the quotation closes before the next clause
                }
                // a link of two words ("even though") before one of one word ("though" alone is not reached)
                int length = 2;
                Boolean coordinate = n + 1 < t.size()
                        ? links.get((t.word(n) + " " + t.word(n + 1)).toLowerCase(Locale.ROOT)) : null;
                if (coordinate == null) {
                    length = 1;
                    coordinate = links.get(t.word(n).toLowerCase(Locale.ROOT));
                }
                if (coordinate != null && !isNotLink(t, n) && startsClause(t, n + length)) {
                    cuts.add(new Cut(k, coordinate ? n + length : n));
                } else if (quoted && isParticiple(t, n)) {
                    // "..., calling the nation a “...”": cut only to keep quoted words apart
                    cuts.add(new Cut(k, n));
                }
            }
        }
        return cuts;
    }

    /**
     * Whether the words from {@code k} start a clause: a verb comes before any punctuation or relative
     * word, so "and Y did B" does, while "and a group of ships that patrols the sea" (a list going on) and
     * "but unpaid, role, the company said" (an adjective pair) do not.
     */
    private boolean startsClause(PosTagger.Tagged t, int k) {
        for (int i = k; i < t.size(); i++) {
            String tag = t.tag(i);
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return true;
            }
            if (tag.equals("PUNCT") || RELATIVES.contains(t.word(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words after a semicolon at {@code k - 1} are the next item of a list rather than a clause: after
     * an "and" or "or", they open with a participle in -ing ("...; restoring the ban; and providing ..."), or no verb
     * but participles in -ing and those of relative clauses comes before the next semicolon ("...; Jane Roe, who
     * ran the campaign; and ..."). "...; later on, she was booed" is a clause.
     */
    private static boolean isListItem(PosTagger.Tagged t, int k) {
        int i = k;
        if (i < t.size() && (t.word(i).equalsIgnoreCase("and") || t.word(i).equalsIgnoreCase("or"))) {
            i++;
        }
        if (i < t.size() && isIng(t, i)) {
            return true;
        }
        boolean relative = false;
        for (; i < t.size() && !t.word(i).equals(";"); i++) {
            String w = t.word(i).toLowerCase(Locale.ROOT);
            String tag = t.tag(i);
            if (RELATIVES.contains(w) && (!w.equals("that") || i > k && isNoun(t.tag(i - 1)))) {
                relative = true;
            } else if (w.equals(",") || w.equals("\u2014") || w.equals("--") || w.equals("\u2013")) {
                relative = false;
            } else if (!relative && (tag.equals("VERB") || tag.equals("AUX")) && !isIng(t, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIng(PosTagger.Tagged t, int i) {
        return (t.tag(i).equals("VERB") || t.tag(i).equals("AUX")) && t.word(i).toLowerCase(Locale.ROOT).endsWith("ing");
    }

    private static boolean isNoun(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN");
    }

    /** Whether the words from {@code k} open a phrase that starts no clause ("as well as", "as many as"). */
    private boolean isNotLink(PosTagger.Tagged t, int k) {
        for (List<String> phrase : notLinks) {
            int i = 0;
            while (i < phrase.size() && k + i < t.size() && t.word(k + i).equalsIgnoreCase(phrase.get(i))) {
                i++;
            }
            if (i == phrase.size()) {
                return true;
            }
        }
        return false;
    }

    private boolean isParticiple(PosTagger.Tagged t, int k) {
        String w = t.word(k).toLowerCase(Locale.ROOT);
        return t.tag(k).equals("VERB") && w.endsWith("ing") && !notParticiples.contains(w);
    }

    /** Whether words [from, to) hold a verb and at least {@link #MIN_WORDS} words. */
    private static boolean isClause(PosTagger.Tagged t, int from, int to) {
        int words = 0;
        boolean verb = false;
        for (int k = from; k < to; k++) {
            String tag = t.tag(k);
            words += tag.equals("PUNCT") || tag.equals("SYM") ? 0 : 1;
            verb |= tag.equals("VERB") || tag.equals("AUX");
        }
        return verb && words >= MIN_WORDS;
    }
}

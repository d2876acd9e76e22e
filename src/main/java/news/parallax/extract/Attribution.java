package news.parallax.extract;

import java.util.List;
import java.util.Locale;
import news.parallax.model.Speaker;
import news.parallax.text.Token;

/**
 * Finds who a quote or a clause is attributed to in the words around it: "X said", "said X",
 * "X told Y", "he added", "according to X", "X, the minister, said", "X said: ...". Works on tagged
 * tokens and the reporting verbs of {@code extract/reporting-verbs.txt}. Thread-safe.
 */
final class Attribution {

    /** An attribution: who (possibly null when only the verb was found) and the verb token's index. */
    record Found(Mention who, Token verb, int verbIndex) {}

    /** Words that open a time phrase ("on", "last") and words it may hold ("Thursday", "week"): time-words.txt. */
    private static final java.util.Set<String> TIME_OPENERS;
    private static final java.util.Set<String> TIME_WORDS;

    static {
        java.util.Set<String> openers = new java.util.HashSet<>();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String line : news.parallax.text.Lexicon.lines("extract/time-words.txt")) {
            if (line.startsWith(">")) {
                openers.add(line.substring(1));
            } else {
                words.add(line);
            }
        }
        TIME_OPENERS = java.util.Set.copyOf(openers);
        TIME_WORDS = java.util.Set.copyOf(words);
    }

    /** Whether the word is a word of time ("Tuesday", "night", "week"), or a word that opens a time phrase ("on", "last"). */
    static boolean timeWord(String lower) {
        return TIME_WORDS.contains(lower) || TIME_OPENERS.contains(lower);
    }

    /** Forms of reporting verbs that are never nouns. */
    /** Labels of an answer in an interview printed as questions and answers. */
    private static final java.util.Set<String> ANSWER_LABELS = java.util.Set.of("A", "Answer", "ANSWER");
    /** Labels of a question in such an interview. */
    private static final java.util.Set<String> QUESTION_LABELS = java.util.Set.of("Q", "Question", "QUESTION");
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("That", "This", "Those", "These");
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("where", "when", "which", "who", "that", "whose");
    private static final java.util.Set<String> SURE_VERBS = java.util.Set.of("said", "says", "told", "tells", "wrote",
            "writes", "adds", "spoke", "explains", "insists", "argues");

    private final Lexicons lex;
    private final Names names;

    Attribution(Lexicons lex) {
        this.lex = lex;
        this.names = new Names(lex);
    }

    Names names() {
        return names;
    }

    /** True for a reporting verb used as a verb. */
    boolean isVerb(Token t) {
        String lemma = lex.verb(t.text());
        if (lemma == null) {
            return false;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.tag().equals("VERB") || t.tag().equals("AUX") || w.equals("said") || w.equals("says")
                || w.equals("told") || w.equals("added");
    }

    /** The lemma of a reporting verb token. */
    String lemma(Token t) {
        String lemma = lex.verb(t.text());
        return lemma == null ? "" : lemma;
    }

    private static boolean punct(Token t) {
        return t.tag().equals("PUNCT") || t.text().chars().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean according(List<Token> toks, int i, int to) {
        return i + 1 < to && toks.get(i).text().equalsIgnoreCase("according") && toks.get(i + 1).text().equals("to");
    }

    /** Attribution in the words after a quote, tokens [from, to): ", X said", ", said X", ", according to X". */
    Found after(List<Token> toks, int from, int to) {
        int i = from;
        int dash = -1;
        while (i < to && punct(toks.get(i))) {
            dash = isDash(toks.get(i).text()) ? i : dash;
            i++;
        }
        int signed = dash >= 0 && i < to ? names.runEnd(toks, i, to - 1) : -1;
        if (signed >= 0 && (signed + 1 == to || toks.get(signed + 1).text().equals("(") || toks.get(signed + 1).text().equals(","))) {
            // "“...” — Jane Roe (@janeroe) May 3, 2019": a post or an epigraph signed with the name after a dash
            Mention m = names.mention(toks, i, signed);
            if (m != null && m.kind == Speaker.Kind.PERSON) {
                return new Found(m, toks.get(dash), -1);
            }
        }
        int limit = Math.min(to, i + 30);
        int depth = 0;
        int dashes = 0;
        for (int v = i; v < limit; v++) {
            Token t = toks.get(v);
            dashes += isDash(t.text()) ? 1 : 0;
            if (dashes % 2 == 1 && v > i) {
                // "Jane Roe, chair of the committee — which meets on Mondays — said": no verb of the aside
                continue;
            }
            // "Jane Roe (D-Ohio.) said": a full stop inside parentheses ends nothing
            depth += t.text().equals("(") ? 1 : t.text().equals(")") && depth > 0 ? -1 : 0;
            if (according(toks, v, to)) {
                return new Found(rightOf(toks, v + 2, to), t, v);
            }
            // right after a quote, a reporting verb form is a verb even when tagged as a noun ("Smith concludes")
            boolean determined = v - 1 >= i && (toks.get(v - 1).tag().equals("DET")
                    || lex.possessives.containsKey(toks.get(v - 1).text().toLowerCase(Locale.ROOT)));
            if (isVerb(t) || v <= i + 3 && lex.verb(t.text()) != null && Character.isLowerCase(t.text().charAt(0)) && !determined) {
                // ("the report said": after an article the word is a noun)
                Mention shown = v > i ? shownSpeaker(toks, v, i) : null;
                if (shown != null) {
                    // "“...,” the video showed Jane Roe telling supporters.": the person shown speaking, not the video
                    return new Found(shown, t, v);
                }
                Mention who = v == i ? rightOf(toks, v + 1, to) : subjectOf(toks, v, i);
                if (who == null && v > i && toks.get(v - 1).text().equals(",")) {
                    // "“...” than a shutdown, said Senator Jane Roe": the quote's sentence runs on, then the attribution
                    who = rightOf(toks, v + 1, to);
                }
                Mention lead = v > i + 2 && toks.get(v - 1).text().equals(",") ? leadingName(toks, i, v) : null;
                if (lead != null) {
                    // "“...,” Jane Roe, a Republican trying to unseat Tom Webb, a Democrat, in Ohio’s Ninth District,
                    // said": the name the attribution opens with, before its long apposition
                    who = lead;
                }
                Found inner = v > i && isVerb(t) ? reportedReporter(toks, v, to, who) : null;
                // "“...,” aides said Jane Roe told her colleagues": the words are Roe's, the aides the writer's source
                return inner != null ? inner : new Found(who, t, v);
            }
            if (t.text().length() == 1 && ".!?;:".contains(t.text()) && !abbreviationDot(toks, v) && depth == 0) {
                break;
            }
        }
        return null;
    }

    /**
     * The person named right at {@code i} and followed by a comma, when the words up to the verb at {@code v} are an
     * apposition to it that holds another comma and no finite verb ("Jane Roe, a Republican trying to unseat Tom
     * Webb, a Democrat, said"), or null.
     */
    private Mention leadingName(List<Token> toks, int i, int v) {
        int e = names.runEnd(toks, i, v - 1);
        if (e < 0 || e + 1 >= v - 1 || !toks.get(e + 1).text().equals(",")) {
            return null;
        }
        int commas = 0;
        for (int k = e + 2; k < v - 1; k++) {
            Token t = toks.get(k);
            commas += t.text().equals(",") ? 1 : 0;
            if (t.text().equalsIgnoreCase("who") || t.text().equalsIgnoreCase("and") || isDash(t.text())
                    || (t.tag().equals("VERB") || t.tag().equals("AUX")) && !t.text().endsWith("ing") && !t.text().endsWith("ed")
                    && !toks.get(k - 1).text().equals("to")) {
                // ("Jane Roe, who ..., and Tom Webb said": other shapes are read as before)
                return null;
            }
        }
        Mention m = commas > 0 ? names.mention(toks, i, e) : null;
        return m != null && m.kind == Speaker.Kind.PERSON ? withTitleBefore(toks, i, i, m) : null;
    }

    /**
     * For a reporting verb at {@code v} whose subject {@code who} is no named person ("aides said", "officials
     * said"), the named person right after it who is the subject of a second reporting verb ("aides said Jane Roe
     * told ...", "said that Roe wrote"), or null.
     */
    private Found reportedReporter(List<Token> toks, int v, int to, Mention who) {
        if (who != null && !who.pronoun && !who.nominal && who.kind == Speaker.Kind.PERSON) {
            return null;
        }
        int a = v + 1 < to && toks.get(v + 1).text().equals("that") ? v + 2 : v + 1;
        int e = a < to ? names.runEnd(toks, a, to - 1) : -1;
        if (e < 0 || e + 1 >= to || !isVerb(toks.get(e + 1)) || toks.get(e + 1).text().endsWith("ing")) {
            return null;
        }
        Mention m = names.mention(toks, a, e);
        return m != null && m.kind == Speaker.Kind.PERSON ? new Found(withTitleBefore(toks, a, a, m), toks.get(e + 1), e + 1) : null;
    }

    /**
     * For a reporting verb at {@code v} whose subject {@code who} is a body or nobody: a reporting verb at most six
     * words before it, with no other verb between, whose subject is a named person and whose clause it opens
     * ("Jane Roe said the panel believed that"), or null.
     */
    private Found outerReporter(List<Token> toks, int v, int from, Mention who) {
        if (who != null && (who.pronoun || who.kind == Speaker.Kind.PERSON
                && (!who.nominal || !who.title.isEmpty() || lex.personNoun(who.surname())))) {
            // ("Roe said he heard students shout “...”": the students shouted)
            return null;
        }
        for (int u = v - 1; u >= from && u >= v - 6; u--) {
            Token t = toks.get(u);
            if (u == v - 1 && t.tag().equals("AUX") && !isVerb(t)) {
                // ("Roe said the Senate has confirmed ...": the auxiliary of the inner verb)
                continue;
            }
            if (punct(t) || !isVerb(t) && (t.tag().equals("VERB") || t.tag().equals("AUX"))) {
                return null;
            }
            if (isVerb(t) && !t.text().endsWith("ing") && !afterPossessive(toks, u, from)) {
                // ("after Roe’s remarks that claimed ...": a noun after a possessive)
                Mention m = subjectOf(toks, u, from);
                // (the inner verb stays the verb: it opens the quotation)
                return m != null && !m.nominal && (m.pronoun || m.kind == Speaker.Kind.PERSON) ? new Found(m, toks.get(v), v) : null;
            }
        }
        return null;
    }

    /**
     * The index where a time phrase ending at token {@code j} starts ("on Thursday", "on Monday night", "this week"),
     * or -1.
     */
    private static int timePhraseStart(List<Token> toks, int j, int floor) {
        int t = j;
        while (t >= floor && t > j - 3 && TIME_WORDS.contains(toks.get(t).text().toLowerCase(Locale.ROOT))) {
            t--;
        }
        return t < j && t >= floor && TIME_OPENERS.contains(toks.get(t).text().toLowerCase(Locale.ROOT)) ? t : -1;
    }

    /**
     * The index just past a time phrase that opens at token {@code from} ("Wednesday", "Friday morning", "on Sunday",
     * "earlier this month"), or {@code from} when none does: a phrase holds a day or a unit of time, and is not the
     * subject of what follows ("said Monday was the deadline", "Monday's vote") nor the end of the clause.
     */
    static int afterTimePhrase(List<Token> toks, int from, int to) {
        int i = from;
        int end = from;
        while (i < to && i < from + 4) {
            String w = toks.get(i).text().toLowerCase(Locale.ROOT);
            boolean figure = end > from && Character.isDigit(w.charAt(0)); // "May 23"
            if (!TIME_WORDS.contains(w) && !TIME_OPENERS.contains(w) && !figure) {
                break;
            }
            i++;
            if (figure || TIME_WORDS.contains(w) && !w.equals("the") && !w.equals("past")) {
                end = i; // the phrase ends on a day or a unit ("on the Tuesday", not "Thursday the")
            }
        }
        i = end;
        if (i == from || i >= to) {
            return from;
        }
        Token next = toks.get(i);
        String tag = next.tag();
        boolean possessive = next.text().equals("'s") || next.text().equals("\u2019s");
        return possessive || tag.equals("VERB") || tag.equals("AUX") || tag.equals("PUNCT") ? from : i;
    }

    /** True when a noun phrase and then a verb open the tokens [from, to): the words said, not their speaker. */
    private static boolean clauseAfter(List<Token> toks, int from, int to) {
        int j = from;
        while (j < to && j < from + 6 && (toks.get(j).tag().equals("DET") || toks.get(j).tag().equals("ADJ")
                || toks.get(j).tag().equals("NOUN") || toks.get(j).tag().equals("PROPN") || toks.get(j).tag().equals("NUM"))) {
            j++;
        }
        return j > from && j < to && (toks.get(j).tag().equals("VERB") || toks.get(j).tag().equals("AUX"));
    }

    /** True when "not", "n't" or "never" stands right before the verb at {@code v}, or one word before it. */
    private static boolean negatedVerb(List<Token> toks, int v, int from) {
        for (int k = v - 1; k >= from && k >= v - 2; k--) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("not") || w.equals("never") || w.endsWith("n't") || w.endsWith("n\u2019t")) {
                return true;
            }
        }
        return false;
    }

    /** True for a pronoun with "'s" joined to it ("He's", "She’s"), whatever its tag. */
    private boolean pronounJoined(Token t) {
        String w = t.text();
        int mark = Math.max(w.indexOf('\''), w.indexOf('\u2019'));
        // "He's", "he'll", "she'd", "they've": a pronoun and its verb in one token
        return mark > 0 && mark >= w.length() - 3 && lex.pronouns.containsKey(w.substring(0, mark).toLowerCase(Locale.ROOT));
    }

    /** True for the "." of "Sen." or "J." that the tokenizer split off. */
    private boolean abbreviationDot(List<Token> toks, int v) {
        if (v == 0 || !toks.get(v).text().equals(".") || toks.get(v - 1).end() != toks.get(v).start()) {
            return false;
        }
        String dotted = toks.get(v - 1).text() + ".";
        return lex.titles.contains(dotted) || lex.honorifics.containsKey(dotted) || WordShapes.isInitial(dotted);
    }

    /**
     * True when the token at {@code v} is a lower-case reporting participle after a comma, right before the quote or
     * before a comma or colon that ends the words [from, to): "apologized, writing "I ..."". The tagger takes
     * "writing" for a noun before a straight mark or a comma although it reads the same words as a verb before a
     * curly one.
     */
    private boolean participleBeforeQuote(List<Token> toks, int v, int from, int to) {
        Token t = toks.get(v);
        boolean last = v == to - 1 || v == to - 2 && (toks.get(to - 1).text().equals(",") || toks.get(to - 1).text().equals(":"));
        return last && v > from && toks.get(v - 1).text().equals(",") && t.text().endsWith("ing")
                && Character.isLowerCase(t.text().charAt(0)) && lex.verb(t.text()) != null;
    }

    /** True for the label of an answer in an interview printed as questions and answers ("A", "Answer"). */
    static boolean answerLabel(String word) {
        return ANSWER_LABELS.contains(word);
    }

    /** Attribution in the words before a quote, tokens [from, to): "X said:", "according to X,". */
    Found before(List<Token> toks, int from, int to) {
        if (to - from == 2 && toks.get(to - 1).text().equals(":") && ANSWER_LABELS.contains(toks.get(from).text())) {
            // "A: “Staffing, mostly.”" in an interview printed as questions and answers: the person interviewed, the
            // one person in focus (found as for a pronoun of either gender)
            Token a = toks.get(from);
            return new Found(new Mention(a.text(), "", Speaker.Kind.PERSON, a.start(), true, false, '?'), toks.get(to - 1), -1);
        }
        Mention label = capitalsLabel(toks, from, to);
        if (label != null) {
            // "PREMIER JANE ROE: “...”" in a transcript: the speaker's name in capitals before a colon
            return new Found(label, toks.get(to - 1), -1);
        }
        if (to - from == 2 && toks.get(to - 1).text().equals(":") && QUESTION_LABELS.contains(toks.get(from).text())) {
            // "Q: “Will you retire?”": the interviewer's question, nobody's to credit (not a speaker called "Q")
            return new Found(nobody(toks.get(from)), toks.get(to - 1), -1);
        }
        for (int v = to - 1; v >= from; v--) {
            Token t = toks.get(v);
            if (according(toks, v, to)) {
                return new Found(rightOf(toks, v + 2, to), t, v);
            }
            Found owned = t.text().equals("that") ? ownedSpeech(toks, v, from) : null;
            if (owned != null) {
                // "X dismissed Roe's comment on Sunday that the council is under a “reign of terror”": the words are
                // the comment's, the owner's, not those of the verb's subject
                return owned;
            }
            if (afterPossessive(toks, v, from)) {
                // "called Roe’s offer “...”", "his first online post": a noun after a possessive, whatever its tag
                continue;
            }
            if (v - 1 > from && v + 1 < to && t.text().endsWith("ed") && toks.get(v - 1).tag().equals("NOUN")
                    && toks.get(v + 1).text().equals("by")) {
                // "told reporters that the deal announced by Mayor Tom Webb “would fail”": a participle after its noun
                // ("the deal that was announced by") reports nothing; the reporting verb is further back
                continue;
            }
            if (isVerb(t) || v == to - 2 && (toks.get(to - 1).text().equals(",") || toks.get(to - 1).text().equals(":"))
                    && lex.verb(t.text()) != null && Character.isLowerCase(t.text().charAt(0))
                    && (t.text().endsWith("s") || t.text().endsWith("ed")) || participleBeforeQuote(toks, v, from, to)) {
                // right before a quote, an inflected reporting verb is a verb even when tagged as a noun ("Acme News
                // notes:"), not a bare noun such as "her post:"; so is a participle after a comma (", writing "...")
                if (negatedVerb(toks, v, from)) {
                    // "X told the board she has not apologized since “...”": a verb denied reports no words; the
                    // reporting verb is further back
                    continue;
                }
                int c = v - 1;
                while (c > from && c > v - 6 && !toks.get(c).text().equals(",")) {
                    c--;
                }
                if (v + 1 < to && toks.get(v + 1).text().equals(",") && c - 1 > from && toks.get(c).text().equals(",")
                        && isVerb(toks.get(c - 1))) {
                    // "X confirmed, the agency reported, that ...": the report between commas is the outlet's
                    Mention first = subjectOf(toks, c - 1, from);
                    if (first != null) {
                        return new Found(first, toks.get(c - 1), c - 1);
                    }
                }
                Mention shown = shownSpeaker(toks, v, from);
                if (shown != null) {
                    // "A clip showed Mayor Jane Roe telling supporters, “...”": the person shown speaking
                    return new Found(shown, t, v);
                }
                Mention who = subjectOf(toks, v, from);
                Found outer = outerReporter(toks, v, from, who);
                if (outer != null) {
                    // "Jane Roe said the panel believed that “...”": the named person reports the panel's view
                    return outer;
                }
                if (who == null) {
                    who = rightOf(toks, v + 1, to);
                    if (who != null && t.text().endsWith("ing") && v + 1 < to && !punct(toks.get(to - 1))
                            && (names.pronoun(toks.get(to - 1)) != null || names.runStart(toks, to - 1, v + 1) == v + 1
                            || clauseAfter(toks, v + 1, to))) {
                        // "the Harbor Medical Center issued a statement saying Webb “had a second surgery”": the name
                        // right before the quotation is the subject of what was said; the clause's subject said it
                        // (so too "a statement saying the mayor was a “...”": a noun phrase and its verb are the words)
                        int k = v - 1;
                        while (k > from && !toks.get(k).text().equals(",")) {
                            k--;
                        }
                        who = clauseSubject(toks, k > from ? k + 1 : from, v);
                    }
                }
                if (!isVerb(t) && toks.get(to - 1).text().equals(":") && !participleBeforeQuote(toks, v, from, to)
                        && (who == null || who.nominal && who.kind == Speaker.Kind.PERSON && who.title.isEmpty()
                        && !lex.personNoun(who.surname()))) {
                    // "X defends Y after impeachment remarks:": a noun with nobody before it; the clause's subject speaks
                    continue;
                }
                return new Found(who, t, v);
            }
        }
        if (to - 3 >= from && toks.get(to - 1).text().equals(":") && lex.speechNouns.contains(toks.get(to - 2).text().toLowerCase(Locale.ROOT))
                && lex.possessives.containsKey(toks.get(to - 3).text().toLowerCase(Locale.ROOT))
                && (to - 3 == from || punct(toks.get(to - 4)))) {
            // "His answer: “Not this year.”": the possessive stands for the person who answers
            Token owner = toks.get(to - 3);
            char g = lex.possessives.get(owner.text().toLowerCase(Locale.ROOT));
            return new Found(new Mention(owner.text(), "", g == 'o' ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON,
                    owner.start(), true, false, g), toks.get(to - 2), -1);
        }
        if (to - 2 > from && toks.get(to - 1).text().equals(":") && writtenTextSubject(toks, from, to - 1)) {
            // "The letter goes on: “...”": a text speaks; nobody is credited, not the last speaker
            return new Found(nobody(toks.get(to - 1)), toks.get(to - 1), -1);
        }
        Mention lead = to - 1 > from && toks.get(to - 1).text().equals(":") ? clauseSubject(toks, from, to - 1) : null;
        if (lead != null && names.runStart(toks, to - 2, from) < 0) {
            // "Roe shot back:", "The Acme Party issued a statement after Doe's speech:": the subject of the clause
            return new Found(lead, toks.get(to - 1), -1);
        }
        for (int v = from + 1; v < to; v++) {
            // "Smith’s praise of the plan as “bold”"
            String w = toks.get(v - 1).text();
            if (lex.speechNouns.contains(toks.get(v).text()) && (w.endsWith("\u2019s") || w.endsWith("'s"))) {
                int s = names.runStart(toks, v - 1, from);
                Mention m = s >= 0 ? names.mention(toks, s, v - 1) : null;
                if (m != null && m.kind == Speaker.Kind.PERSON) {
                    return new Found(m, toks.get(v), -1);
                }
            }
        }
        if (to - 1 >= from && toks.get(to - 1).text().equals(":")) {
            int s = names.runStart(toks, to - 2, from);
            if (s >= 0) {
                Mention m = names.mention(toks, s, to - 2);
                return m == null ? null : new Found(m, toks.get(to - 1), -1);
            }
        }
        return null;
    }

    /**
     * For a name ending at {@code j} that is the object of a verb ("a profiler who helped catch “Mad” Tom Webb -- who
     * ... -- told"): the person named first in the sentence, followed by a comma, whose apposition holds that verb;
     * else null.
     */
    private Mention objectsSubject(List<Token> toks, int j, int floor) {
        int s = names.runStart(toks, j, floor);
        if (s <= floor) {
            return null;
        }
        int k = s - 1;
        if (quoteMark(toks.get(k).text())) {
            // a nickname in quotation marks before the name: “Mad” Tom Webb
            int o = k - 1;
            while (o > floor && o > k - 4 && !quoteMark(toks.get(o).text())) {
                o--;
            }
            k = o > floor && quoteMark(toks.get(o).text()) ? o - 1 : -1;
        }
        // ("helped catch": the tagger may take the second verb for a noun)
        if (k <= floor || toks.get(k).capitalized() || !(toks.get(k).tag().equals("VERB")
                || toks.get(k).tag().equals("NOUN") && toks.get(k - 1).tag().equals("VERB"))) {
            return null;
        }
        int e = names.runEnd(toks, floor, k);
        if (e < 0 || e + 1 >= k || !toks.get(e + 1).text().equals(",")) {
            return null;
        }
        Mention first = names.mention(toks, floor, e);
        return first != null && first.kind == Speaker.Kind.PERSON ? first : null;
    }

    /**
     * The person a relative clause holding the participle at {@code v} is about: "Jane Roe – who spent the week
     * declaring", "Jane Roe, who spent the day calling"; the "who" at most ten words before {@code v}, with no comma
     * or dash between, right after the name or after a comma or dash that follows it. Else null.
     */
    private Mention relativeSubject(List<Token> toks, int v, int floor) {
        for (int w = v - 1; w > floor && w >= v - 10; w--) {
            String t = toks.get(w).text();
            if (t.equals(",") || isDash(t)) {
                return null;
            }
            if (t.equalsIgnoreCase("who")) {
                int e = w - 1;
                if (e > floor && (toks.get(e).text().equals(",") || isDash(toks.get(e).text()))) {
                    e--;
                }
                int s = names.runStart(toks, e, floor);
                if (s < 0 && e >= floor && toks.get(e).tag().equals("NOUN") && Character.isLowerCase(toks.get(e).text().charAt(0))) {
                    // "The front-runner, who has made many remarks including calling ...": the person described ("who"
                    // stands for a person)
                    int d = e;
                    while (d - 1 >= floor && (toks.get(d - 1).tag().equals("ADJ") || toks.get(d - 1).tag().equals("NOUN")
                            || toks.get(d - 1).tag().equals("PROPN") || joinedHyphen(toks, d - 1))) {
                        d--;
                    }
                    return d - 1 >= floor && toks.get(d - 1).tag().equals("DET") ? nominal(toks, d - 1, e + 1) : null;
                }
                int b = s - 1 >= floor && toks.get(s - 1).tag().equals("DET") ? s - 2 : s - 1;
                if (s < 0 || b - 1 >= floor && toks.get(b).tag().equals("ADP") && lex.personNoun(toks.get(b - 1).text())) {
                    // "officials at the Harbor Board, who were insisting": the board is not who insisted
                    return null;
                }
                Mention placed = s >= 0 && toks.get(e).text().endsWith(".") || s >= 0 && e + 1 < w && toks.get(e + 1).text().equals(",")
                        ? placedPerson(toks, s, floor) : null;
                if (placed != null) {
                    // "Sheriff Jane Roe of Lamar County, Tex., who": the person before the place and its state
                    return placed;
                }
                Mention m = names.mention(toks, s, e);
                return m != null && m.kind == Speaker.Kind.PERSON ? withTitleBefore(toks, s, floor, m) : null;
            }
        }
        return null;
    }

    /**
     * For a place name starting at {@code s} right before a relative pronoun ("..., Tex., who"): the person named before
     * "of" and the place ("Sheriff Jane Roe of Lamar County, Tex."), looking back at most eight words; else null.
     */
    private Mention placedPerson(List<Token> toks, int s, int floor) {
        for (int k = s - 1; k > floor && k >= s - 8; k--) {
            String t = toks.get(k).text();
            if (toks.get(k).tag().equals("VERB") || t.equalsIgnoreCase("who")) {
                return null;
            }
            if (t.equals("of")) {
                int e = toks.get(k - 1).text().equals(",") ? k - 2 : k - 1;
                int b = e >= floor ? names.runStart(toks, e, floor) : -1;
                Mention m = b >= 0 ? names.mention(toks, b, e) : null;
                return m != null && m.kind == Speaker.Kind.PERSON && m.name.contains(" ") ? withTitleBefore(toks, b, floor, m) : null;
            }
        }
        return null;
    }

    /**
     * True for "was blunt", "was not moved", "is adamant" at {@code v}, up to {@code to}: a form of "be" and at most one
     * adverb before one adjective or participle that ends the clause ("Roe was not moved:").
     */
    private static boolean copula(List<Token> toks, int v, int to) {
        String w = toks.get(v).text().toLowerCase(Locale.ROOT);
        if (!(w.equals("was") || w.equals("is") || w.equals("were") || w.equals("are"))) {
            return false;
        }
        int k = v + 1;
        if (k < to - 1 && (toks.get(k).tag().equals("ADV") || toks.get(k).tag().equals("PART"))) {
            k++;
        }
        // (a comparative the tagger took for a noun: "Roe was blunter:")
        return k == to - 1 && (toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("VERB")
                || toks.get(k).tag().equals("NOUN") && toks.get(k).text().endsWith("er") && Character.isLowerCase(toks.get(k).text().charAt(0)));
    }

    /**
     * True for a clause [from, to) whose subject is a written text with no author named ("The letter goes on", "The
     * sign reads"): a determiner, at most two modifiers, a document noun, then a verb.
     */
    private boolean writtenTextSubject(List<Token> toks, int from, int to) {
        int i = from;
        while (i < to && punct(toks.get(i))) {
            i++;
        }
        if (i >= to || !toks.get(i).tag().equals("DET") || lex.possessives.containsKey(toks.get(i).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = i + 1;
        while (k < to && k < i + 4 && (toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("NOUN"))
                && Character.isLowerCase(toks.get(k).text().charAt(0))) {
            k++;
        }
        return k > i + 1 && k < to && (lex.documentNouns.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))
                || lex.authoredTexts.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT)))
                && (toks.get(k).tag().equals("VERB") || isVerb(toks.get(k)));
    }

    /** True for a token that is a double quotation mark alone. */
    private static boolean quoteMark(String w) {
        return w.length() == 1 && "\"\u201c\u201d\u201e\u00ab\u00bb".indexOf(w.charAt(0)) >= 0;
    }

    /** The name or pronoun that opens the clause [from, to) as the subject of its verb, or null. */
    private Mention clauseSubject(List<Token> toks, int from, int to) {
        int i = from;
        while (i < to && (toks.get(i).tag().equals("DET") || toks.get(i).tag().equals("CCONJ") || punct(toks.get(i))
                || toks.get(i).tag().equals("ADV") && !toks.get(i).capitalized())) {
            i++;
        }
        if (i >= to) {
            return null;
        }
        Mention p = names.pronoun(toks.get(i));
        int e = p != null ? i : names.runEnd(toks, i, to - 1);
        for (int k = i + 1; p == null && k < to - 1 && k <= i + 3; k++) {
            String w = toks.get(k).text();
            if (Character.isLowerCase(w.charAt(0)) && (lex.personNoun(w) || isTitleWord(w)) && toks.get(k + 1).capitalized()
                    && (e < 0 || e < k) && names.runEnd(toks, k + 1, to - 1) > k) {
                // "Opposition leader Jane Roe put it bluntly:": the name after a short description
                i = k + 1;
                e = names.runEnd(toks, i, to - 1);
                break;
            }
            if (!(toks.get(k).tag().equals("NOUN") || toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("PROPN"))) {
                break;
            }
        }
        boolean apposed = false;
        if (e < 0 && p == null) {
            // "The club’s treasurer, Jane Roe, was blunter:": the name in apposition to a short description
            int c = i;
            while (c < to && c < i + 6 && (toks.get(c).tag().startsWith("DET") || toks.get(c).tag().startsWith("ADJ")
                    || toks.get(c).tag().startsWith("NOUN") || toks.get(c).tag().startsWith("PROPN") || ownerMark(toks.get(c).text()))) {
                c++;
            }
            String head = c > i ? toks.get(c - 1).text() : "";
            int n = c + 1 < to && toks.get(c).text().equals(",") && !head.isEmpty()
                    && (lex.personNoun(head) || isTitleWord(Character.toUpperCase(head.charAt(0)) + head.substring(1)))
                    ? names.runEnd(toks, c + 1, to - 1) : -1;
            if (n > c && n + 1 < to && toks.get(n + 1).text().equals(",")) {
                i = c + 1;
                e = n;
                apposed = true;
            }
        }
        if (e < 0) {
            return describedClauseSubject(toks, from, to);
        }
        int v = apposed ? e + 2 : e + 1;
        if (p == null && !apposed && v + 1 < to && toks.get(v).text().equals(",")) {
            // "Jane Roe, the club’s treasurer, was blunter:": past the apposition to the verb
            int c = v + 1;
            while (c < to && c < v + 10 && !toks.get(c).text().equals(",") && !toks.get(c).tag().equals("VERB")
                    && !toks.get(c).tag().equals("AUX")) {
                c++;
            }
            if (c < to && c < v + 10 && c > v + 1 && toks.get(c).text().equals(",")) {
                v = c + 1;
            }
        }
        while (v < to && toks.get(v).tag().equals("ADV")) {
            v++;
        }
        // a verb, or a lower-case word the tagger took for a noun before a particle ("Roe shot back:")
        boolean verb = v < to && (toks.get(v).tag().equals("VERB") || toks.get(v).tag().equals("NOUN")
                && Character.isLowerCase(toks.get(v).text().charAt(0)) && v + 1 < to && toks.get(v + 1).tag().equals("ADV")
                || copula(toks, v, to));
        if (!verb) {
            return null;
        }
        return p != null ? p : names.mention(toks, i, e);
    }

    /**
     * A transcript's label of two to five words in capitals before a colon that ends [from, to) ("PREMIER JANE ROE:",
     * "SEN. TOM WEBB:"), read as the name it spells with the words in title case; else null. A label the lexicons know
     * ("READ MORE:") or that names no person is no speaker.
     */
    private Mention capitalsLabel(List<Token> toks, int from, int to) {
        int n = to - 1 - from;
        if (n < 2 || n > 5 || !toks.get(to - 1).text().equals(":")) {
            return null;
        }
        List<Token> cased = new java.util.ArrayList<>();
        StringBuilder label = new StringBuilder();
        for (int k = from; k < to - 1; k++) {
            Token t = toks.get(k);
            String w = t.text();
            if (w.equals(".")) {
                cased.add(t);
                label.append('.');
                continue;
            }
            if (w.length() < 2 && !w.chars().allMatch(Character::isLetter) || !w.equals(w.toUpperCase(Locale.ROOT))
                    || w.chars().noneMatch(Character::isLetter)) {
                return null;
            }
            String c = w.length() == 1 ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
            cased.add(new Token(t.start(), t.end(), c, "PROPN"));
            label.append(label.length() > 0 ? " " : "").append(w);
        }
        String last = cased.get(cased.size() - 1).text().toLowerCase(Locale.ROOT);
        if (lex.linkLabels.contains(label.toString()) || lex.personNoun(last) || isTitleWord(cased.get(cased.size() - 1).text())) {
            // ("UNIDENTIFIED MAN:", "HOST:": a role, not a name)
            return null;
        }
        int s = names.runStart(cased, cased.size() - 1, 0);
        Mention m = s == 0 ? names.mention(cased, 0, cased.size() - 1) : null;
        // ("NEW YORK:": a place; a name needs a title or a known given name)
        return m != null && m.kind == Speaker.Kind.PERSON && (!m.title.isEmpty() || m.name.contains(" ")
                && lex.firstNames.containsKey(m.name.substring(0, m.name.indexOf(' ')))) ? m : null;
    }

    /**
     * For a reporting participle at {@code v} ("telling", "saying") right after a name that is the object of a verb of
     * showing or hearing ("showed Jane Roe telling", "heard Roe saying"; {@code extract/showing-verbs.txt}): that name,
     * the person speaking; else null.
     */
    private Mention shownSpeaker(List<Token> toks, int v, int floor) {
        Token t = toks.get(v);
        if (!t.text().endsWith("ing") || lex.verb(t.text()) == null || v - 2 < floor) {
            return null;
        }
        int s = names.runStart(toks, v - 1, floor);
        if (s <= floor || !lex.showingVerbs.contains(toks.get(s - 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention m = names.mention(toks, s, v - 1);
        return m != null && m.kind == Speaker.Kind.PERSON ? withTitleBefore(toks, s, floor, m) : null;
    }

    /**
     * A described person as the subject of the clause in [from, to) before a colon, with no name in it: "One driver put it
     * simply:", "Then a teacher who has taught for 19 years stepped up and said:" (a relative clause with a verb of its
     * own before the main verb, and no comma); else null.
     */
    private Mention describedClauseSubject(List<Token> toks, int from, int to) {
        int d = from;
        while (d < to && d < from + 2 && (toks.get(d).tag().equals("ADV") || toks.get(d).tag().equals("CCONJ"))) {
            d++;
        }
        if (d >= to || !toks.get(d).tag().equals("DET") && !toks.get(d).tag().equals("NUM")
                || !lex.determiners.contains(toks.get(d).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int c = d + 1;
        while (c < to && c < d + 5 && (toks.get(c).tag().equals("ADJ") || toks.get(c).tag().equals("NOUN"))) {
            c++;
        }
        Token head = toks.get(c - 1);
        // ("One official put it this way:": a person noun the tagger took for an adjective is the head)
        if (c == d + 1 || c >= to || !head.tag().equals("NOUN") && !head.tag().equals("ADJ") || Character.isUpperCase(head.text().charAt(0))
                || !lex.personNoun(head.text()) || head.text().endsWith("s") && !lex.vaguePersonNoun(head.text())) {
            return null;
        }
        int verbs = 0;
        for (int k = c; k < to; k++) {
            if (toks.get(k).text().equals(",") || isDash(toks.get(k).text())) {
                return null;
            }
            verbs += toks.get(k).tag().equals("VERB") ? 1 : 0;
        }
        boolean relative = toks.get(c).text().equals("who");
        if (relative ? verbs < 2 : !toks.get(c).tag().equals("VERB") && !copula(toks, c, to)) {
            // ("A senior official was blunt:")
            return null;
        }
        return nominal(toks, d, c);
    }

    /** The speaker named right after a verb or "according to": a name, a pronoun or a titled noun phrase. */
    Mention rightOf(List<Token> toks, int i, int to) {
        if (i >= to) {
            return null;
        }
        if (toks.get(i).text().equals("that") && toks.get(i).tag().equals("SCONJ")) {
            // "He said that Tom Webb had sold ...": what follows "that" is the words reported, not their speaker
            return null;
        }
        Mention p = names.pronoun(toks.get(i));
        if (p != null) {
            return p;
        }
        int d = toks.get(i).tag().equals("DET") ? i + 1 : i;
        if (d + 2 < to && lex.authoredTexts.contains(toks.get(d).text().toLowerCase(Locale.ROOT))
                && (toks.get(d + 1).text().equals("from") || toks.get(d + 1).text().equals("by"))) {
            // "reads a statement from Senator Jane Roe’s office": the text speaks for its author
            int a = toks.get(d + 2).tag().equals("DET") ? d + 3 : d + 2;
            int e = a < to ? names.runEnd(toks, a, to - 1) : -1;
            int after = e + 1 < to && (toks.get(e + 1).text().equals("'s") || toks.get(e + 1).text().equals("\u2019s")) ? e + 2 : e + 1;
            boolean ofPerson = e >= 0 && after < to && (lex.personNoun(toks.get(after).text()) || isTitleWord(toks.get(after).text()));
            Mention author = e >= 0 && !ofPerson ? names.mention(toks, a, e) : null;
            // ("a statement from Roe’s attorney, Tom Webb": the attorney speaks, found below)
            if (author != null) {
                return withTitleBefore(toks, a, i, author);
            }
        }
        Mention owned = ownedRightOf(toks, d, to);
        if (owned != null) {
            // "said Roe's spokesman", "said Acme’s spokesman, Tom Webb": the one who speaks for the owner
            return owned;
        }
        // "said farm worker Ann Lowe", "says agency director Jane Roe": the last name before a break
        Mention found = null;
        for (int j = i; j < Math.min(to, i + 10); j++) {
            Token t = toks.get(j);
            if (punct(t) && !t.text().equals(".") && !joinedHyphen(toks, j) && !ampersand(toks, j)
                    && t.text().chars().noneMatch(Character::isLetter)
                    || t.tag().equals("ADP") || CLAUSE_OPENERS.contains(t.text()) || t.tag().equals("VERB") && !participleBeforeTitle(toks, j, i, to)
                    || t.tag().equals("AUX") || t.tag().startsWith("PRON") || pronounJoined(t)) {
                // (a pronoun joined to its verb, "He's", too: "Says He's Unlikely To ..." in a headline in title case)
                break;
            }
            int e = names.runEnd(toks, j, to - 1);
            if (e >= 0 && j > i && determinedBefore(toks, j, i) && e + 1 < to && lex.personNoun(toks.get(e + 1).text())
                    && Character.isLowerCase(toks.get(e + 1).text().charAt(0))
                    && (e + 2 >= to || names.runEnd(toks, e + 2, to - 1) < 0)) {
                // "said the Democratic staffer", "said a Texas official", "according to a senior Harbour aide": a
                // description, not the name before its noun
                break;
            }
            if (e >= 0 && e + 1 < to && modifiesNoun(toks, e) && !nameAfterNouns(toks, e + 1, to)) {
                // "asking whether the Ohio case ...", "calling Haitian immigrants “...”": a name that modifies a
                // thing's or a group's noun speaks for no one (not "said Acme spokesman Tom Webb", "said Banff search
                // and rescue co-ordinator Ingrid Lund")
                break;
            }
            int body = e == j && e + 2 < to ? names.runEnd(toks, e + 2, to - 1) : -1;
            if (body >= 0 && oneBody(toks, j, body)) {
                // "said the Harbor and Canal Commission": the body's whole name
                e = body;
            }
            if (e >= 0) {
                Mention m = names.mention(toks, j, e);
                if (j == i && e + 1 < to && (toks.get(e + 1).tag().equals("VERB") || toks.get(e + 1).tag().equals("AUX"))
                        && !isVerb(toks.get(e + 1))) {
                    // "said Mr. Doe was “too slow”": the subject of the words reported, not the speaker
                    return null;
                }
                if (m != null) {
                    found = withTitleBefore(toks, j, i, m);
                }
                if (m != null && m.kind == Speaker.Kind.PERSON && conjoined(toks, e + 1, to - 1, 1)
                        && !titleOfNext(toks, e + 1, to - 1, m)) {
                    // "said Jane Roe and Tom Doe": two speakers; credit neither
                    return nobody(toks.get(j));
                }
                j = e;
            }
        }
        if (found != null) {
            return found;
        }
        for (int c = i + 1; c < Math.min(to - 1, i + 8); c++) {
            // "said the spokesman, Nick Merrill": the name in apposition
            if (toks.get(c).text().equals(",")) {
                int e = names.runEnd(toks, c + 1, to - 1);
                Mention named = e > c + 1 ? names.mention(toks, c + 1, e) : null;
                if (named != null && named.kind == Speaker.Kind.PERSON && named.name.contains(" ")) {
                    return named;
                }
                break;
            }
        }
        int stop = i;
        while (stop < Math.min(to, i + 6) && !(toks.get(stop).tag().equals("VERB")
                || toks.get(stop).tag().equals("ADP") && !toks.get(stop).text().equals("of")
                || toks.get(stop).tag().equals("AUX") || punct(toks.get(stop)) && !ampersand(toks, stop) && !ownerToken(toks, stop, i))) {
            // "said one official familiar with the talks": the description ends before its modifier
            // ("said the ethics committee’s chief counsel": a possessive the tagger took for a mark goes on)
            stop++;
        }
        while (stop > i && stop < to && toks.get(stop - 1).capitalized() && toks.get(stop).capitalized()
                && (toks.get(stop).tag().equals("PROPN") || toks.get(stop).tag().equals("NOUN"))) {
            // "said the director of the nonpartisan Harbor Policy Center": a name the six words cut is read whole
            stop++;
        }
        return nominal(toks, i, stop);
    }

    /**
     * After a reporting verb, a capitalised name in the possessive and a lower-case person noun ("said Roe's spokesman",
     * "said Acme’s chief lawyer"): the name in apposition after a comma, else the description as written; else null.
     */
    private Mention ownedRightOf(List<Token> toks, int i, int to) {
        int e = i < to && toks.get(i).capitalized() ? names.runEnd(toks, i, to - 1) : -1;
        int k = -1;
        if (e >= 0 && e + 1 < to && (toks.get(e + 1).text().equals("'s") || toks.get(e + 1).text().equals("\u2019s"))) {
            k = e + 2;
        } else {
            for (int j = i; j < Math.min(to, i + 4); j++) {
                String w = toks.get(j).text();
                if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                    k = j + 1;
                    break;
                }
                if (!toks.get(j).capitalized()) {
                    break;
                }
            }
        }
        if (k < 0 || k >= to) {
            return null;
        }
        int n = k;
        while (n < to && n < k + 3 && Character.isLowerCase(toks.get(n).text().charAt(0))
                && (toks.get(n).tag().equals("NOUN") || toks.get(n).tag().equals("ADJ"))) {
            n++;
        }
        // "said Roe's chief of staff, Tom Webb": an office with its "of" phrase, before the name in apposition
        boolean office = n > k && n + 1 < to && toks.get(n).text().equals("of") && toks.get(n + 1).tag().equals("NOUN")
                && Character.isLowerCase(toks.get(n + 1).text().charAt(0)) && isTitleWord(toks.get(n - 1).text());
        if (office) {
            n += 2;
        } else if (n == k || !lex.personNoun(toks.get(n - 1).text()) && !isTitleWord(toks.get(n - 1).text())) {
            // ("said Roe's press secretary": a title in lower case is a person's too)
            return null;
        }
        if (n + 1 < to && toks.get(n).text().equals(",")) {
            int ne = names.runEnd(toks, n + 1, to - 1);
            Mention named = ne > n + 1 ? names.mention(toks, n + 1, ne) : null;
            if (named != null && named.kind == Speaker.Kind.PERSON && named.name.contains(" ")) {
                return named;
            }
        }
        if (!office) {
            return nominal(toks, i, n);
        }
        // "said Roe's chief of staff" with no name after it: the described person ("Roe's chief of staff"), not Roe
        String held = text(toks, k, n);
        Mention m = new Mention(held, held, Speaker.Kind.PERSON, toks.get(k).start(), false, true, '?');
        m.phrase = text(toks, i, n);
        return m;
    }

    /**
     * "said newly elected Mayor Jo Banks", "said recently appointed Chief Ada Lee": a past participle after an adverb in
     * -ly (or joined to it by a hyphen), before a capitalised title or name, describes the speaker; it is no verb.
     */
    private static boolean participleBeforeTitle(List<Token> toks, int j, int from, int to) {
        String w = toks.get(j).text();
        if (j - 1 < from || j + 1 >= to || !Character.isLowerCase(w.charAt(0)) || !(w.endsWith("ed") || w.endsWith("en"))
                || !toks.get(j + 1).capitalized()) {
            return false;
        }
        String before = toks.get(j - 1).text();
        return before.endsWith("ly") && Character.isLowerCase(before.charAt(0))
                || before.equals("-") && j - 2 >= from && toks.get(j - 2).text().endsWith("ly");
    }

    /** True when the word at {@code i} is in the possessive: "state’s", or "state" before a split "’s". */
    private static boolean possessiveWord(List<Token> toks, int i) {
        String w = toks.get(i).text();
        String next = i + 1 < toks.size() ? toks.get(i + 1).text() : "";
        return w.length() > 2 && (w.endsWith("\u2019s") || w.endsWith("'s")) || next.equals("\u2019s") || next.equals("'s");
    }

    /** True for an ampersand between two capitalised words: "Marks & Spencer", "Barlow & Finch". */
    private static boolean ampersand(List<Token> toks, int j) {
        return toks.get(j).text().equals("&") && j > 0 && j + 1 < toks.size() && toks.get(j - 1).capitalized()
                && toks.get(j + 1).capitalized();
    }

    /** A determiner before {@code j}, adjectives between ("the Democratic", "a senior Democratic"). */
    private static boolean determinedBefore(List<Token> toks, int j, int floor) {
        int k = j - 1;
        while (k > floor && k > j - 4 && toks.get(k).tag().equals("ADJ")) {
            k--;
        }
        return k >= floor && toks.get(k).tag().equals("DET");
    }

    /** Prepositions that open a phrase of place, time or occasion before a sentence's subject. */
    private static final java.util.Set<String> OPENING_PREPOSITIONS = java.util.Set.of("In", "At", "During", "After", "Before",
            "On", "Following", "Outside", "Inside");

    /** True when the verb at {@code u} lies in a phrase that opens the sentence with a preposition and ends at a comma. */
    private static boolean firstPhraseVerb(List<Token> toks, int floor, int u) {
        if (!OPENING_PREPOSITIONS.contains(toks.get(floor).text())) {
            // (not "As the Post reported, ...": an attribution of its own)
            return false;
        }
        for (int k = u + 1; k < toks.size() && k < u + 12; k++) {
            if (toks.get(k).text().equals(",")) {
                return true;
            }
            if (isDashOrQuote(toks.get(k).text())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isDashOrQuote(String w) {
        return w.equals("\"") || w.equals("\u201c") || w.equals("\u201d") || w.equals("\u2014") || w.equals("--");
    }

    /**
     * For ", STATE," between commas {@code k} and {@code j} after "in/of/from/near TOWN": the token before the town's
     * preposition (the apposition goes on before it), else -1. STATE is one to three capitalised words.
     */
    private int townBeforeState(List<Token> toks, int k, int j, int floor) {
        if (j - k < 2 || j - k > 4 || k - 2 < floor) {
            return -1;
        }
        StringBuilder state = new StringBuilder();
        for (int i = k + 1; i < j; i++) {
            String w = toks.get(i).text();
            state.append(w.equals(".") || state.length() == 0 ? "" : " ").append(w);
        }
        int ts = names.runStart(toks, k - 1, floor);
        if (!STATES.contains(state.toString()) || ts <= floor || !toks.get(k - 1).capitalized()) {
            return -1;
        }
        String prep = toks.get(ts - 1).text();
        if (!(prep.equals("in") || prep.equals("of") || prep.equals("from") || prep.equals("near"))) {
            return -1;
        }
        int c = ts - 2;
        while (c > floor && c > ts - 20 && !toks.get(c).text().equals(",")) {
            c--;
        }
        // (", a farmer from Ames, Iowa," after a name; not "Roe, at an event on Saturday, in Ames, Iowa,")
        return c > floor && c < ts - 2 && toks.get(c).text().equals(",") && toks.get(c - 1).capitalized()
                && (toks.get(c + 1).tag().equals("DET") || !toks.get(c + 1).capitalized()) ? ts - 1 : -1;
    }

    /** Words that open a clause after a verb ("asking whether the Ohio case ..."): what follows is no speaker. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("whether", "if", "because", "although",
            "though", "while", "unless", "whereas");

    /** States and provinces written after a town ({@code extract/states.txt}). */
    private static final java.util.Set<String> STATES = java.util.Set.copyOf(news.parallax.text.Lexicon.lines("extract/states.txt"));

    /** The subject of the verb at {@code v}, looking left no further than {@code floor}. */
    Mention subjectOf(List<Token> toks, int v, int floor) {
        if (toks.get(v).text().endsWith("ing")) {
            Mention absolute = absoluteSubject(toks, v, floor);
            if (absolute != null) {
                return absolute;
            }
            Mention relative = relativeSubject(toks, v, floor);
            if (relative != null) {
                // "a quarrel with Governor Jane Roe – who spent the week calling ...": the person the clause is about
                return relative;
            }
            // "X said, adding that ...": the subject of the reporting verb before, else the sentence's
            Mention second = coordinatedSubject(toks, v, floor);
            if (second != null) {
                // "An aide called the mayor, and Jane Roe sent her a letter saying": the clause's own subject
                return second;
            }
            boolean quoted = false;
            for (int u = quotedOpening(toks, floor, v); u < v; u++) {
                String w = toks.get(u).text();
                if (w.equals("\"") || w.equals("\u201c") || w.equals("\u201d")) {
                    // ("“They blinked,” said Tom Webb, complaining that ...": a verb inside the quotation is not the
                    // subject's)
                    quoted = w.equals("\"") ? !quoted : w.equals("\u201c");
                    continue;
                }
                if (!quoted && isVerb(toks.get(u)) && !w.endsWith("ing") && !afterPossessive(toks, u, floor)) {
                    String before = u - 1 >= floor ? toks.get(u - 1).text() : "";
                    if (before.equals("\"") || before.equals("\u201d")) {
                        // "“...,” said Tom Webb, complaining": the subject follows the verb
                        return rightOf(toks, u + 1, v);
                    }
                    if (firstPhraseVerb(toks, floor, u)) {
                        // "In brief remarks after meeting X, Roe disputed that ..., saying": a verb of the opening
                        // phrase (the tagger's "remarks") is not the clause's; the main clause's verb comes next
                        continue;
                    }
                    Mention m = subjectOf(toks, u, floor);
                    return m != null ? m : rightOf(toks, u + 1, v);
                }
            }
            Mention described = pluralDescription(toks, floor, v);
            if (described != null) {
                // "Senior White House officials raised the stakes on Democrats, warning that ...": the sentence's
                // subject, a plural description with no determiner, not a name in its predicate
                return described;
            }
            Mention named = mainFirstNamed(toks, floor, v);
            int d = floor;
            if (named == null && d < v && !toks.get(d).tag().equals("DET")) {
                // "Several hours earlier, an official pushed back, saying": past a short opening phrase
                while (d < v && d < floor + 5 && !toks.get(d).text().equals(",")) {
                    d++;
                }
                d = d < v && d < floor + 5 ? d + 1 : floor;
            }
            if (named == null && d < v && toks.get(d).tag().equals("DET")) {
                // "A young man in a suit approached the mayor, saying: ...": the described subject of the sentence
                int k = d + 1;
                while (k < v && k < d + 5 && (toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("NOUN"))) {
                    k++;
                }
                // ("The senator then went after Jane Roe, calling ...": a title is a noun for a person too)
                String head = toks.get(k - 1).text();
                return k > d + 1 && (lex.personNoun(head) || Character.isLowerCase(head.charAt(0))
                        && isTitleWord(Character.toUpperCase(head.charAt(0)) + head.substring(1))) ? nominal(toks, d, k) : null;
            }
            return named;
        }
        int j = v - 1;
        while (j >= floor && (lex.skipWords.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
                || toks.get(j).tag().equals("ADV") && !toks.get(j).text().equals(",")
                && !(toks.get(j).capitalized() && j > floor && names.namePart(toks, j)))) {
            // ("Harbor Daily recently reported": "Daily" is the name's, not an adverb)
            j--;
        }
        int time = timePhraseStart(toks, j, floor);
        if (time > floor) {
            // "Jane Roe on Thursday said", "Roe earlier this month told": the subject is before the time phrase
            j = time - 1;
            while (j >= floor && (lex.skipWords.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
                    || toks.get(j).tag().equals("ADV") && !toks.get(j).capitalized())) {
                j--;
            }
        }
        if (j - 1 >= floor && lex.speechNouns.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
                && (toks.get(j - 1).text().endsWith("\u2019s") || toks.get(j - 1).text().endsWith("'s"))) {
            // "Mr. Roe’s apology noted ...": the words of the one whose apology, remarks or testimony it is
            int s = names.runStart(toks, j - 1, floor);
            Mention m = s >= 0 ? names.mention(toks, s, j - 1) : null;
            if (m != null && m.kind == Speaker.Kind.PERSON) {
                return m;
            }
        }
        if (j > floor && isDash(toks.get(j).text())) {
            // "Jane Roe, chair of the committee — which meets on Mondays — said": skip the aside
            int open = j - 1;
            while (open > floor && open > j - 20 && !isDash(toks.get(open).text())) {
                open--;
            }
            if (open > floor && isDash(toks.get(open).text())) {
                j = open - 1;
                Mention named = beforeComma(toks, j, floor);
                if (named != null) {
                    // "Jane Roe, Democrat of Ohio and the chair of the committee — where ... — said"
                    return named;
                }
                Mention outer = objectsSubject(toks, j, floor);
                if (outer != null) {
                    return outer;
                }
            }
        }
        if (j > floor && describedCompound(toks, j, floor)) {
            // "the mayor and the governor said": two speakers described; credit neither
            return nobody(toks.get(j));
        }
        Mention described = describedRelative(toks, floor, j);
        if (described != null) {
            // "A woman who saw the crash said", "Sources who saw the plan said": the people described, not a
            // name or noun inside the relative clause
            return described;
        }
        Mention outer = j - 2 >= floor && toks.get(j).text().equalsIgnoreCase("who") && toks.get(j - 1).text().equals(",")
                ? beforeApposition(toks, j - 2, floor) : null;
        if (outer != null) {
            // "said Tom Webb, a candidate in Ohio's 4th District, who said": the person the apposition describes
            return outer;
        }
        if (j - 1 >= floor && toks.get(j).text().equalsIgnoreCase("who")
                && (j - 2 >= floor && toks.get(j - 1).text().equals(",") || toks.get(j - 1).proper()
                || j - 1 > floor && toks.get(j - 1).capitalized() && names.pronoun(toks.get(j - 1)) == null)) {
            // ("annoyed Justice Antonin Webb who said": a surname the tagger took for a pronoun)
            // "notably from Mayor Tom Webb, who said", "drew the ire of Justice Tom Webb who said": the relative pronoun
            // stands for the name before it
            int last = toks.get(j - 1).text().equals(",") ? j - 2 : j - 1;
            int ns = names.runStart(toks, last, floor);
            Mention placed = ns >= 0 && toks.get(j - 1).text().equals(",") ? placedPerson(toks, ns, floor) : null;
            if (placed != null) {
                // "Sheriff Jane Roe of Lamar County, Tex., who": the person before the place and its state
                return placed;
            }
            Mention named = ns >= 0 ? names.mention(toks, ns, last) : null;
            if (named != null && named.kind == Speaker.Kind.PERSON) {
                return named;
            }
        }
        if (j - 1 >= floor && toks.get(j).text().equalsIgnoreCase("which")
                && (toks.get(j - 1).proper() || j - 2 >= floor && toks.get(j - 1).text().equals(",") && toks.get(j - 2).proper())) {
            // "downplayed by Acme which said", "a report by the Harbor Board, which said": the body named before it
            int last = toks.get(j - 1).text().equals(",") ? j - 2 : j - 1;
            int ns = names.runStart(toks, last, floor);
            Mention named = ns >= 0 ? names.mention(toks, ns, last) : null;
            if (named != null) {
                return named;
            }
        }
        if (j > floor && toks.get(j).text().equals("to") && toks.get(j).tag().equals("PART")) {
            // "Jane Roe was quick to retort", "Roe appeared to respond": the subject right before the verb phrase
            int k = j - 1;
            while (k > floor && k >= j - 3 && (toks.get(k).tag().equals("VERB") || toks.get(k).tag().equals("AUX")
                    || toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("ADV"))) {
                k--;
            }
            if (k < j - 1 && k >= floor) {
                Mention p = names.pronoun(toks.get(k));
                int ks = p != null ? -1 : names.runStart(toks, k, floor);
                Mention m = p != null ? p : ks >= 0 ? names.mention(toks, ks, k) : null;
                if (m != null && m.kind == Speaker.Kind.PERSON) {
                    return m;
                }
            }
        }
        if (j >= floor && toks.get(j).text().equals(")")) {
            // "Sen. Jane Roe (D-Ohio) told reporters": the parenthesis after the name is no part of the subject
            int open = j - 1;
            while (open > floor && open > j - 8 && !toks.get(open).text().equals("(")) {
                open--;
            }
            if (open > floor && toks.get(open).text().equals("(")) {
                j = open - 1;
            }
        }
        if (j < floor) {
            return null;
        }
        if (toks.get(j).text().equals("and") || toks.get(j).text().equals("but")) {
            // "X referred to ... and said": the subject of the first verb
            Mention opener = describedClauseOpener(toks, floor, j);
            if (opener != null) {
                // "That cable summarized a meeting held in Harborville and warned": the thing or person described
                // that opens the clause, not a name in its predicate
                return opener;
            }
            Mention first = mainFirstNamed(toks, floor, j);
            return first != null ? first : describedOpener(toks, floor, j);
        }
        Mention p = names.pronoun(toks.get(j));
        if (p != null) {
            return p;
        }
        String appositive = "";
        for (int peel = 0; peel < 3 && j - 3 > floor && toks.get(j).text().equals(","); peel++) {
            // "Jane Roe, 26, of Halton, said": a home town after "of" or "from" is no part of the subject
            int k = j - 1;
            while (k > floor && k > j - 8 && !toks.get(k).text().equals(",")) {
                k--;
            }
            String prep = toks.get(k + 1).text();
            if (k <= floor || !toks.get(k).text().equals(",") || !(prep.equals("of") || prep.equals("from"))
                    || k + 2 >= j || names.runStart(toks, j - 1, k + 2) != k + 2) {
                break;
            }
            j = k;
        }
        if (toks.get(j).text().equals(",")) {
            int k = j - 1;
            while (k >= floor && k > j - 25 && !toks.get(k).text().equals(",")) {
                k--;
            }
            if (k < floor || k <= j - 25) {
                return firstNamed(toks, floor, v);
            }
            int town = townBeforeState(toks, k, j, floor);
            if (town >= 0) {
                // "Dr. Jane Roe, an internist in Ashland, Oregon, said": the state closes the apposition that holds its town
                k = town;
                while (k >= floor && k > j - 25 && !toks.get(k).text().equals(",")) {
                    k--;
                }
                if (k < floor || k <= j - 25) {
                    return firstNamed(toks, floor, v);
                }
            }
            int nameEnd = j - 1;
            int ofPlace = k + 1 < j ? names.runEnd(toks, k + 1, j - 1) : -1;
            if (ofPlace > k + 1 && ofPlace + 2 < j && toks.get(ofPlace + 1).text().equals("of")
                    && names.runStart(toks, j - 1, ofPlace + 2) == ofPlace + 2) {
                // "Another Democrat, Senator Tom Webb of Ohio, said": the place is no part of the name
                nameEnd = ofPlace;
            }
            int ns = k + 1 < j ? names.runStart(toks, nameEnd, k + 1) : -1;
            int hs = k - 1 >= floor ? names.runStart(toks, k - 1, floor) : -1;
            // "a party figure, Jane Roe, said", "the director of operations for Acme, Jane Roe, says", "Another
            // moderate Democrat, Tom Webb, said" (a capitalised head after a determiner)
            // ("The Democrat, Representative Jane Roe of Ohio, said": a party member's noun is a description too)
            boolean describedHead = k - 1 >= floor && (!toks.get(k - 1).capitalized() || Names.party(toks.get(k - 1).text())
                    || hs > floor && toks.get(hs - 1).tag().equals("ADP")
                    || hs > floor && toks.get(hs - 1).tag().equals("DET") && !toks.get(hs - 1).text().equalsIgnoreCase("the")
                    || hs - 1 > floor && toks.get(hs - 1).tag().equals("ADJ") && toks.get(hs - 2).tag().equals("DET")
                    && !toks.get(hs - 2).text().equalsIgnoreCase("the"));
            boolean theBody = ns == k + 2 && toks.get(k + 1).text().equalsIgnoreCase("the");
            if ((ns == k + 1 || theBody) && nameEnd > ns && describedHead) {
                // "A senior party figure, Jane Roe, said": the appositive is the name ("The province's police
                // watchdog, the Harbour Review Unit, said": a body's name after a described body)
                Mention named = names.mention(toks, ns, nameEnd);
                if (named != null && (named.kind == Speaker.Kind.PERSON && named.name.contains(" ")
                        && !theBody || named.kind == Speaker.Kind.ORGANIZATION && !toks.get(k - 1).capitalized())) {
                    return named;
                }
            }
            int ne = k + 1 < j ? names.runEnd(toks, k + 1, j - 1) : -1;
            int os = ne + 2 < j && toks.get(ne + 1).tag().equals("ADP") ? (toks.get(ne + 2).tag().equals("DET") ? ne + 3 : ne + 2) : -1;
            if (describedHead && ne > k + 1 && os > 0 && os < j && names.runStart(toks, j - 1, os) == os) {
                // "A rival distributor, Jane Roe from Acme Pictures, says": the name before the body it works for
                Mention named = names.mention(toks, k + 1, ne);
                if (named != null && named.kind == Speaker.Kind.PERSON && named.name.contains(" ")) {
                    return named;
                }
            }
            appositive = appositiveTitle(toks, k + 1, j);
            j = k - 1;
            if (j > floor && toks.get(j).text().equals(")")) {
                // "Tom Webb (R-Calif.), a longtime target of activists, said": past the parenthesis too
                int open = j - 1;
                while (open > floor && open > j - 8 && !toks.get(open).text().equals("(")) {
                    open--;
                }
                if (open > floor && toks.get(open).text().equals("(")) {
                    j = open - 1;
                }
            }
            if (j >= floor && (toks.get(j).text().equals("and") || toks.get(j).text().equals("but"))) {
                return mainFirstNamed(toks, floor, j);
            }
        }
        int s = names.runStart(toks, j, floor);
        if (s - 2 >= floor && oneBody(toks, s - 2, j)) {
            // "the Harbor and Canal Commission said": the body's whole name ("the U.S. Fish and Game ...")
            s -= 2;
            while (s - 1 >= floor && names.namePart(toks, s - 1)) {
                s--;
            }
        }
        if (s >= 0 && s - 1 >= floor && names.kindOf(toks, s, j) == Speaker.Kind.ORGANIZATION) {
            // "Tim Guest with the Health Authority says": the person before the organisation
            int k = s - 1;
            while (k >= floor && k > s - 4 && (toks.get(k).tag().equals("DET") || toks.get(k).tag().equals("ADP"))) {
                k--;
            }
            int ps = k < s - 1 ? names.runStart(toks, k, floor) : -1;
            if (ps >= 0 && names.kindOf(toks, ps, k) == Speaker.Kind.PERSON) {
                s = ps;
                j = k;
            }
        }
        int adp = s - 1 > floor && toks.get(s - 1).tag().equals("DET") ? s - 2 : s - 1;
        if (s >= 0 && adp > floor && !toks.get(adp).tag().equals("ADP")) {
            // "A blogger on the Web site Harbor Lights said": the preposition before "the Web site", not right before the name
            int k = adp;
            while (k > floor && k > adp - 4 && (toks.get(k).tag().equals("NOUN") || toks.get(k).tag().equals("PROPN")
                    || toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("DET"))) {
                k--;
            }
            if (k > floor && k < adp && toks.get(k).tag().equals("ADP") && k + 1 < s && (toks.get(k + 1).tag().equals("DET")
                    || toks.get(k + 1).tag().equals("ADJ") && !toks.get(k + 1).capitalized()) && !toks.get(s - 1).capitalized()) {
                adp = k;
            }
        }
        if (s >= 0 && adp > floor && toks.get(adp).tag().equals("ADP")) {
            // "Jane Roe, who runs a shop in Halton, says": a name after a preposition is not the subject
            // ("a spokesperson for the Acme Department said": the spokesperson)
            Mention first = firstNamed(toks, floor, adp);
            if (first != null) {
                return first;
            }
            int w = adp;
            while (w - 1 >= floor && w > adp - 5 && !toks.get(w - 1).tag().equals("NOUN")) {
                w--;
            }
            // ("After ..., the mayor of Harborville, Ohio, suggested": a title in lower case is a person's noun too,
            // unless a person's full name follows: "chairman of the Harbor Committee Rep. Jane Roe said")
            Mention after = names.mention(toks, s, j);
            boolean person = after != null && after.kind == Speaker.Kind.PERSON && (after.name.contains(" ") || !after.title.isEmpty());
            Mention who = w - 1 >= floor && (lex.personNoun(toks.get(w - 1).text()) || lowerTitle(toks.get(w - 1)) && !person)
                    ? nominal(toks, Math.max(floor, w - 5), w) : null;
            if (who != null && w == adp && toks.get(adp).text().equals("of") && !who.phrase.isEmpty()) {
                // "the mayor of Harborville": the office of the place named, as written
                who.phrase = who.phrase + " " + text(toks, adp, j + 1);
            }
            if (who != null) {
                // "One resident who lives near Halton posted": the person described, not the place
                return who;
            }
            int h = floor;
            while (h < adp && h < floor + 3 && !toks.get(h).tag().equals("NOUN")) {
                h++;
            }
            if (h < adp && toks.get(h).tag().equals("NOUN") && lex.personNoun(toks.get(h).text())) {
                // "Supporters of the park in lower Harborville ... say": the people the clause opens with
                Mention opener = nominal(toks, floor, h + 1);
                if (opener != null) {
                    return opener;
                }
            }
        }
        if (s >= 0 && conjoined(toks, s - 1, floor, -1) && !titleAfterAnd(toks, s, j, floor)) {
            // "Jane Roe and Tom Doe said": two speakers, and a statement has one; credit neither
            return nobody(toks.get(s));
        }
        if (s >= 0) {
            Mention m = names.mention(toks, s, j);
            if (m != null && m.kind == Speaker.Kind.PERSON && m.title.isEmpty() && s - 1 >= floor
                    && toks.get(s - 1).text().equalsIgnoreCase("the")) {
                // "the Kentucky Republican said": a description, not a name
                Mention d = new Mention(m.name, m.name, m.kind, m.offset, false, true, '?');
                d.phrase = toks.get(s - 1).text() + " " + m.name;
                return d;
            }
            if (m != null) {
                m = withTitleBefore(toks, s, floor, m);
                return appositive.isEmpty() || !m.title.isEmpty() ? m
                        : new Mention(m.name, appositive, m.kind, m.offset, false, false, m.gender);
            }
            Mention owned = describedOwnerBefore(toks, s, floor) ? nominal(toks, Math.max(floor, j - 6), j + 1) : null;
            // "the ethics committee's chief counsel said", "the board's senior Democrat said": a title owned by a
            // described body is the description as written, not a title of the person in focus
            return owned != null ? owned : titled(toks, s, j);
        }
        int k = j;
        while (k > floor && k > j - 5 && (toks.get(k).tag().equals("NOUN") || toks.get(k).tag().equals("ADJ")
                || toks.get(k).tag().equals("PROPN") && !toks.get(k).capitalized())) {
            k--;
        }
        if (k < j && k > floor && (toks.get(k).tag().equals("DET") || lex.possessives.containsKey(toks.get(k).text().toLowerCase(Locale.ROOT)))) {
            // ("a representative for his office told")
            k--;
        }
        if (k < j && k - 1 >= floor && toks.get(k).tag().equals("ADP")
                && (k - 1 == floor || Character.isLowerCase(toks.get(k - 1).text().charAt(0)))
                && lex.personNoun(toks.get(k - 1).text()) && !lex.vaguePersonNoun(toks.get(k - 1).text())) {
            // "a spokesman for the county said", "officials at the port authority say": the person described before
            // the preposition, not the body after it (as "a spokesperson for the Acme Department said")
            // ("The owners of the restaurant said" stays whole)
            Mention whole = toks.get(k).text().equalsIgnoreCase("of") ? nominal(toks, Math.max(floor, j - 6), j + 1) : null;
            Mention who = whole != null ? whole : nominal(toks, Math.max(floor, k - 5), k);
            if (who != null) {
                return who;
            }
        }
        Mention n = nominal(toks, Math.max(floor, j - 6), j + 1);
        return n != null ? n : firstNamed(toks, floor, v);
    }

    /**
     * True when the token at {@code c} is "and" (or "&amp;") joining a person's name to another person's name on
     * the side {@code dir} (-1: the name before it, looking no further left than {@code limit}; 1: the name
     * after it, no further right than {@code limit}).
     */
    private boolean conjoined(List<Token> toks, int c, int limit, int dir) {
        if (c < 0 || c >= toks.size() || dir < 0 && c <= limit || dir > 0 && c >= limit
                || !(toks.get(c).text().equals("and") || toks.get(c).text().equals("&"))) {
            return false;
        }
        int s = dir < 0 ? names.runStart(toks, c - 1, limit) : c + 1;
        int e = dir < 0 ? c - 1 : names.runEnd(toks, c + 1, limit);
        if (s < 0 || e < 0 || e < s) {
            return false;
        }
        Mention other = names.mention(toks, s, e);
        if (other != null && oneBody(toks, dir < 0 ? s : c - 1, dir < 0 ? names.runEnd(toks, c + 1, toks.size() - 1) : e)) {
            // "the Harbor and Canal Commission said": one body whose name holds "and", not two speakers
            return false;
        }
        return other != null && other.kind == Speaker.Kind.PERSON && !toks.get(s).text().equals(toks.get(s).text().toUpperCase(Locale.ROOT));
    }

    /**
     * True when tokens [s, e] are one capitalised word, "and", and a name that ends in an organisation word ("Harbor and
     * Canal Commission", "Farm and Dairy Board"): one body, not a person and a body.
     */
    private boolean oneBody(List<Token> toks, int s, int e) {
        if (s < 0 || e < s + 2 || e >= toks.size() || !toks.get(s + 1).text().equals("and") || !names.namePart(toks.get(s))
                // (one word before "and": not "the Rural Transit and ... Fund", nor an acronym, "the ABC and ...")
                || s > 0 && names.namePart(toks, s - 1) && !toks.get(s - 1).text().endsWith(".")
                || toks.get(s).text().equals(toks.get(s).text().toUpperCase(Locale.ROOT))
                || lex.firstNames.containsKey(toks.get(s).text()) || lex.honorifics.containsKey(toks.get(s).text())
                || lex.titles.contains(toks.get(s).text())) {
            return false;
        }
        Mention body = names.mention(toks, s + 2, e);
        return body != null && body.kind == Speaker.Kind.ORGANIZATION && body.title.isEmpty();
    }

    /**
     * The person named right before the nearest comma that precedes token {@code j} (within 25 tokens) when the
     * words between are an appositive ("Jane Roe, Democrat of Ohio and the chair of ..."), or null.
     */
    private Mention beforeComma(List<Token> toks, int j, int floor) {
        for (int k = j; k > floor && k > j - 25; k--) {
            String tag = toks.get(k).tag();
            if (tag.equals("VERB") || tag.equals("AUX")) {
                return null;
            }
            if (toks.get(k).text().equals(",")) {
                int ns = names.runStart(toks, k - 1, floor);
                Mention named = ns >= 0 ? names.mention(toks, ns, k - 1) : null;
                return named != null && named.kind == Speaker.Kind.PERSON && named.name.contains(" ") ? named : null;
            }
        }
        return null;
    }

    /**
     * True when the name run [s, e] carries a title and the word before the "and" at {@code s - 1} is a single
     * capitalised word that begins that title ("Housing and Urban Development Secretary Jane Roe").
     */
    private boolean titleAfterAnd(List<Token> toks, int s, int e, int floor) {
        Mention m = names.mention(toks, s, e);
        int os = names.runStart(toks, s - 2, floor);
        Mention other = os >= 0 ? names.mention(toks, os, s - 2) : null;
        return m != null && !m.title.isEmpty() && other != null && titleOfNext(toks, s - 1, e, other);
    }

    /** True for a hyphen written inside a word that the tokenizer split off ("co-founder"). */
    /** True for a word split off with its hyphen and joined to the next one ("Chilean-" of "Chilean-born"). */
    private static boolean hyphenPrefix(List<Token> toks, int j) {
        return j >= 0 && j + 1 < toks.size() && toks.get(j).text().length() > 1 && toks.get(j).text().endsWith("-")
                && toks.get(j).end() == toks.get(j + 1).start();
    }

    private static boolean joinedHyphen(List<Token> toks, int j) {
        return toks.get(j).text().equals("-") && j > 0 && j + 1 < toks.size()
                && toks.get(j - 1).end() == toks.get(j).start() && toks.get(j).end() == toks.get(j + 1).start();
    }

    /**
     * A person's name {@code m} starting at token {@code s}, with the lower-case title written right before it
     * ("Acme spokesman Tom Webb", "Webb attorney Jane Roe") as its title when it has none, so that "the attorney"
     * can point back to it.
     */
    private Mention withTitleBefore(List<Token> toks, int s, int floor, Mention m) {
        if (m.kind != Speaker.Kind.PERSON || !m.title.isEmpty() || s - 1 < floor || !m.name.contains(" ")) {
            return m;
        }
        int k = s - 1;
        String w = toks.get(k).text();
        if (k - 2 >= floor && joinedHyphen(toks, k - 1)) {
            // "co-founder", split into "co", "-", "founder"
            w = toks.get(k - 2).text() + "-" + w;
        }
        String cap = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !isTitleWord(w) && !lex.titles.contains(cap)) {
            return m;
        }
        return new Mention(m.name, w, m.kind, m.offset, false, false, m.gender);
    }

    /**
     * True when the single word {@code m} before "and" at {@code c} begins a title that runs on to the titled name
     * after it ("Housing and Urban Development Secretary Jane Roe"): one person, not two.
     */
    private boolean titleOfNext(List<Token> toks, int c, int limit, Mention m) {
        if (m.name.contains(" ") || !m.title.isEmpty()) {
            return false;
        }
        int e = names.runEnd(toks, c + 1, limit);
        Mention other = e >= 0 ? names.mention(toks, c + 1, e) : null;
        return other != null && !other.title.isEmpty();
    }

    /** A speaker that is no one person ("Jane Roe and Tom Doe said"): the statement is credited to nobody. */
    private static Mention nobody(Token at) {
        return new Mention(at.text(), "", Speaker.Kind.PERSON, at.start(), true, false, 'n');
    }

    private static boolean isDash(String w) {
        return w.equals("\u2014") || w.equals("--") || w.equals("\u2013");
    }

    /**
     * True when a lower-case possessive ("committee’s", "board's") comes right before {@code s}, past adjectives
     * ("the board's senior Democrat").
     */
    private static boolean describedOwnerBefore(List<Token> toks, int s, int floor) {
        int k = s - 1;
        while (k > floor && k > s - 3 && toks.get(k).tag().equals("ADJ") && !toks.get(k).capitalized()) {
            k--;
        }
        if (k >= floor && ownerMark(toks.get(k).text()) && k - 1 >= floor && toks.get(k - 1).end() == toks.get(k).start()) {
            k--;
        }
        return k >= floor && owner(toks, k) && !toks.get(k).capitalized();
    }

    private Mention titled(List<Token> toks, int s, int e) {
        String title = toks.get(s).text();
        for (int i = s + 1; i <= e; i++) {
            title += " " + toks.get(i).text();
        }
        return new Mention(title, title, names.kindOf(toks, s, e), toks.get(s).start(), false, true, '?');
    }

    /**
     * A clause that opens with a determiner and a lower-case noun for a person or a text before its verb ("That cable
     * summarized ...", "The senator met ..."): that description (a text credits nobody), or null.
     */
    private Mention describedClauseOpener(List<Token> toks, int from, int to) {
        if (from >= to || !(toks.get(from).tag().equals("DET") || DEMONSTRATIVES.contains(toks.get(from).text()))) {
            return null;
        }
        int h = from + 1;
        // ("That cable summarized": a noun the tagger took for a verb after a demonstrative it took for a pronoun)
        while (h < to && h < from + 4 && (toks.get(h).tag().equals("ADJ") || toks.get(h).tag().equals("NOUN")
                || h == from + 1 && lex.documentNouns.contains(toks.get(h).text()))) {
            h++;
        }
        String head = h > from + 1 ? toks.get(h - 1).text() : "";
        boolean described = !head.isEmpty() && Character.isLowerCase(head.charAt(0))
                && (lowerTitle(toks.get(h - 1)) || lex.documentNouns.contains(head));
        // (not "The evening began ...: protesters marched ... and chanted", "The threat comes as ...")
        return described && h < to && toks.get(h).tag().equals("VERB") ? nominal(toks, from, h) : null;
    }

    /**
     * The people a clause in [from, to) opens with when they are described, not named ("Protesters walked down
     * the avenue and sang", "The evening began quietly: a few students marched ... and sang"), or null. The
     * clause starts after the last colon or semicolon.
     */
    private Mention describedOpener(List<Token> toks, int from, int to) {
        int k0 = from;
        for (int c = from; c < to; c++) {
            if (toks.get(c).text().equals(":") || toks.get(c).text().equals(";")) {
                k0 = c + 1;
            }
        }
        int k = k0 < to && toks.get(k0).tag().equals("DET") ? k0 + 1 : k0;
        int h = k;
        while (h < to && h < k + 3 && (toks.get(h).tag().equals("ADJ") || toks.get(h).tag().equals("NOUN"))) {
            h++;
        }
        if (h == k || h >= to || !lex.personNoun(toks.get(h - 1).text()) || !toks.get(h).tag().equals("VERB")) {
            return null;
        }
        return nominal(toks, k0, h);
    }

    /**
     * The person who opens the last clause joined by ", and" or ", but" before {@code v} with a verb of its own
     * ("..., and Jane Roe, chair of Acme, sent her a letter ... saying"), or null.
     */
    /**
     * Where tokens [floor, v) leave a quotation that opened before {@code floor} (a closing mark with no opening one
     * before it; an odd count of straight marks): the token after that mark; else {@code floor}.
     */
    private static int quotedOpening(List<Token> toks, int floor, int v) {
        int straight = 0;
        int firstStraight = -1;
        for (int u = floor; u < v; u++) {
            String w = toks.get(u).text();
            if (w.equals("\u201c")) {
                return floor;
            }
            if (w.equals("\u201d")) {
                return u + 1;
            }
            if (w.equals("\"")) {
                firstStraight = straight == 0 ? u : firstStraight;
                straight++;
            }
        }
        return straight % 2 == 1 ? firstStraight + 1 : floor;
    }

    private Mention coordinatedSubject(List<Token> toks, int v, int floor) {
        for (int c = v - 1; c > floor + 1; c--) {
            String w = toks.get(c).text();
            if (!(w.equals("and") || w.equals("but")) || !toks.get(c - 1).text().equals(",")) {
                continue;
            }
            int e = c + 1 < v ? names.runEnd(toks, c + 1, v - 1) : -1;
            if (e < 0) {
                return null;
            }
            int k = e + 1;
            if (k < v && toks.get(k).text().equals(",")) {
                // "Jane Roe, chair of Acme, sent": over the apposition
                k++;
                while (k < v && !toks.get(k).text().equals(",")) {
                    k++;
                }
                k++;
            }
            Mention m = names.mention(toks, c + 1, e);
            return k < v && toks.get(k).tag().equals("VERB") && m != null && m.kind == Speaker.Kind.PERSON ? m : null;
        }
        return null;
    }

    /**
     * The first name or pronoun of the main clause in [from, to): after an opening subordinate clause ("After
     * reporter Tom Webb finished, Roe leaned in and said", "A day before Doe wrote, Roe asked") the name after its
     * comma, else the first name of the whole span.
     */
    Mention mainFirstNamed(List<Token> toks, int from, int to) {
        int k = from;
        while (k < to && k < from + 4 && (toks.get(k).tag().equals("DET") || toks.get(k).tag().equals("NUM")
                || toks.get(k).tag().equals("NOUN") || toks.get(k).tag().equals("ADJ"))) {
            k++;
        }
        if (k < to && toks.get(k).tag().equals("SCONJ") && (k == from ? toks.get(k).capitalized() : toks.get(from).capitalized())) {
            for (int c = k + 1; c < to && c < k + 40; c++) {
                if (toks.get(c).text().equals(",")) {
                    Mention main = firstNamed(toks, c + 1, to);
                    if (main != null) {
                        return main;
                    }
                    break;
                }
            }
        }
        return firstNamed(toks, from, to);
    }

    /**
     * "..., with one father saying “...”", "and a blogger asking, “...”": the described person right before a
     * participle after "with", "and" or a comma is its own subject, not the sentence's; else null.
     */
    private Mention absoluteSubject(List<Token> toks, int v, int floor) {
        int k = v - 1;
        if (k <= floor || !lex.personNoun(toks.get(k).text()) || !Character.isLowerCase(toks.get(k).text().charAt(0))) {
            return null;
        }
        int d = k;
        while (d - 1 >= floor && d > k - 3 && (toks.get(d - 1).tag().equals("DET") || toks.get(d - 1).tag().equals("NUM")
                || toks.get(d - 1).tag().equals("ADJ"))) {
            d--;
        }
        if (d == k || d - 1 < floor) {
            return null;
        }
        String before = toks.get(d - 1).text();
        return before.equals("with") || before.equals("and") || before.equals(",") ? nominal(toks, d, v) : null;
    }

    /**
     * True when the subject ending at token {@code j} is a described person joined by "and" to another person, described
     * or named: "the mayor and the governor", "Jane Roe and the governor".
     */
    private boolean describedCompound(List<Token> toks, int j, int floor) {
        if (!lowerTitle(toks.get(j))) {
            return false;
        }
        int d = j - 1;
        while (d >= floor && (toks.get(d).tag().equals("ADJ") || toks.get(d).tag().equals("NOUN"))) {
            d--;
        }
        if (d - 2 < floor || !toks.get(d).tag().equals("DET") || !toks.get(d - 1).text().equals("and")) {
            return false;
        }
        Token other = toks.get(d - 2);
        return lowerTitle(other) || other.proper() && other.capitalized();
    }

    /** True for a lower-case title or noun for a person ("minister", "contractor"). */
    boolean lowerTitle(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && (lex.personNoun(w) || isTitleWord(Character.toUpperCase(w.charAt(0)) + w.substring(1)));
    }

    /** The first name or pronoun in [from, to): the sentence's subject, for "X issued a statement saying". */
    /**
     * The person a sentence that points back at the quotation before it names: "Those were the words of Jane Roe at
     * ...", "That is how Jane Roe remembers it", "This was the verdict of Jane Roe": a demonstrative subject and a
     * form of "be" open the sentence, and the first full name of a person in it is taken; else null.
     */
    Mention pointedBack(List<Token> toks, int from, int to) {
        if (to - from < 4 || !DEMONSTRATIVES.contains(toks.get(from).text()) || !toks.get(from + 1).tag().equals("AUX")) {
            return null;
        }
        for (int i = from + 2; i < to; i++) {
            if (toks.get(i).text().equals(",") || toks.get(i).text().equals(";") || RELATIVES.contains(toks.get(i).text())) {
                // ("This is the town where Jane Roe grew up": a place the sentence describes, not whose words)
                return null;
            }
            int e = names.runEnd(toks, i, to - 1);
            if (e >= 0) {
                Mention m = names.mention(toks, i, e);
                return m != null && m.kind == Speaker.Kind.PERSON && m.name.contains(" ") && !owner(toks, e) ? m : null;
            }
        }
        return null;
    }

    /**
     * The person whose full name opens a sentence as its subject ("Jane Roe is one of 60 owners still waiting."); else
     * null.
     */
    Mention openingName(List<Token> toks, int from, int to) {
        int e = from < to ? names.runEnd(toks, from, to - 1) : -1;
        if (e < 0 || e + 1 >= to || !(toks.get(e + 1).tag().equals("VERB") || toks.get(e + 1).tag().equals("AUX")
                || toks.get(e + 1).text().equals(","))) {
            return null;
        }
        Mention m = names.mention(toks, from, e);
        return m != null && m.kind == Speaker.Kind.PERSON && m.name.contains(" ") && !owner(toks, e) ? m : null;
    }

    Mention firstNamed(List<Token> toks, int from, int to) {
        Mention possessive = null;
        int objectEnd = -1;
        for (int i = from; i < to; i++) {
            Mention p = names.pronoun(toks.get(i));
            if (p != null && !toks.get(i).text().equalsIgnoreCase("it")) {
                return p;
            }
            int e = names.runEnd(toks, i, to - 1);
            if (e >= 0 && e + 2 < to && lowerTitle(toks.get(e + 1)) && names.runEnd(toks, e + 2, to - 1) >= 0) {
                // "Health minister Jane Roe took aim at ...": the person after a body's lower-case title, not the body
                i = e + 2;
                e = names.runEnd(toks, i, to - 1);
            }
            if (e >= 0) {
                // a name after a preposition ("In the Rose Room", "from Acme") is not the subject; one that owns
                // something ("Acme’s chief, Jane Roe,") only when no other name follows ("Roe’s trip ..., calling")
                // ("Despite Roe saying": the name right before the participle is its subject)
                boolean object = e + 1 < to && i - 1 >= from && (toks.get(i - 1).tag().equals("ADP")
                        || toks.get(i - 1).tag().equals("DET") && i - 2 >= from && toks.get(i - 2).tag().equals("ADP"));
                // ("a letter from Representative Tom Webb, Democrat of Ohio, calling": one word before "of" after a
                // comma is the apposition of the name before it, a party and a state, no one's name)
                object |= e == i && i - 1 >= from && toks.get(i - 1).text().equals(",") && e + 1 < to
                        && toks.get(e + 1).text().equals("of");
                // ("the mayors of Denver and Austin", "parts of Dayton and Akron": a name joined to an object is one too)
                object |= i - 2 >= from && i - 2 == objectEnd && (toks.get(i - 1).text().equals("and") || toks.get(i - 1).text().equals("or"));
                // ("the Ohio case", "calling Haitian immigrants ...": a name before a common noun modifies it)
                boolean modifier = e + 1 < to && modifiesNoun(toks, e);
                String noun = toks.get(e + 1).text();
                if (modifier && !object && (lex.personNoun(noun) || lex.organisationWords.contains(Character.toUpperCase(noun.charAt(0))
                        + noun.substring(1))) && i - 1 >= from && toks.get(i - 1).tag().equals("DET")
                        && (i - 2 < from || !(toks.get(i - 2).tag().equals("VERB") || toks.get(i - 2).tag().equals("ADP")))
                        && e + 2 < to && (toks.get(e + 2).tag().equals("VERB") || toks.get(e + 2).tag().equals("AUX"))) {
                    // "In a matter of hours, the Harbor group fired off a statement ...", "The Roe administration tried
                    // ..., arguing": the group or body described
                    Mention group = nominal(toks, i - 1, e + 2);
                    if (group != null) {
                        return group;
                    }
                }
                object |= modifier;
                if (object) {
                    objectEnd = e;
                }
                Mention m = object ? null : names.mention(toks, i, e);
                if (m != null && m.kind == Speaker.Kind.PERSON && (e > i || toks.get(i).proper()
                        || !m.name.equals(toks.get(i).text()))) {
                    if (!owner(toks, e)) {
                        return m;
                    }
                    possessive = possessive == null ? m : possessive;
                }
                i = e;
            }
        }
        return possessive;
    }

    /** True when a name follows the lower-case nouns and adjectives from token {@code i} on ("search and rescue co-ordinator Ingrid Lund"). */
    private boolean nameAfterNouns(List<Token> toks, int i, int to) {
        for (int k = i; k < to && k < i + 8; k++) {
            Token t = toks.get(k);
            if (t.capitalized()) {
                return names.runEnd(toks, k, to - 1) >= 0;
            }
            if (!(t.tag().equals("NOUN") || t.tag().equals("ADJ") || t.text().equals("and") || joinedHyphen(toks, k))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the name that ends at token {@code e} modifies the common noun after it ("the Ohio case", "Acme
     * officials said", "calling Haitian immigrants “...”"), so that the name itself is no one's subject: not a name in
     * the possessive ("Roe’s tax return showed"), not before a word of time ("Roe yesterday said"), a reporting verb or
     * a text the name wrote ("according to Acme data"), nor before a noun followed by its own object, a verb the tagger
     * took for a plural noun ("Roe opposes the plan").
     */
    private boolean modifiesNoun(List<Token> toks, int e) {
        if (e + 1 >= toks.size() || owner(toks, e)) {
            return false;
        }
        Token t = toks.get(e + 1);
        String w = t.text();
        if (!t.tag().equals("NOUN") || !Character.isLowerCase(w.charAt(0)) || TIME_WORDS.contains(w) || lex.verb(w) != null
                || lex.documentNouns.contains(w) || lex.authoredTexts.contains(w)) {
            return false;
        }
        String after = e + 2 < toks.size() ? toks.get(e + 2).tag() : "";
        return !(after.equals("DET") || after.equals("ADJ") || after.equals("NOUN") || after.equals("PROPN")
                || after.equals("NUM") || after.equals("PRON"));
    }

    /**
     * True when the word at {@code v} follows a possessive, over at most three modifiers ("Roe’s offer", "his first
     * Twitter post"): a noun, whatever the tagger made of it.
     */
    /**
     * The owner of a noun for something said whose "that" clause is at {@code that}: "Roe's claim that", "Roe's
     * comment on Sunday that", "the claim by Jane Roe that" (a named person or body; a phrase of time or place may
     * stand between the noun and "that"); else null.
     */
    private Found ownedSpeech(List<Token> toks, int that, int floor) {
        for (int n = that - 1; n > floor && n >= that - 5; n--) {
            Token t = toks.get(n);
            if (lex.speechNouns.contains(t.text())) {
                String w = toks.get(n - 1).text();
                Mention m = null;
                int head = n - 1;
                if (w.endsWith("\u2019s") || w.endsWith("'s")) {
                    int s = names.runStart(toks, n - 1, floor);
                    m = s >= 0 ? names.mention(toks, s, n - 1) : null;
                    head = s;
                } else if (n + 2 < that && toks.get(n + 1).text().equals("by")) {
                    int e = names.runEnd(toks, n + 2, that - 1);
                    m = e >= 0 ? names.mention(toks, n + 2, e) : null;
                }
                while (head > floor && (toks.get(head - 1).tag().equals("DET") || toks.get(head - 1).tag().equals("ADJ"))) {
                    head--;
                }
                if (head > floor && (toks.get(head - 1).tag().equals("ADP") || toks.get(head - 1).tag().equals("SCONJ"))) {
                    // "saying after Roe's announcement that the candidate ...": a phrase of time, the words are the
                    // verb's
                    return null;
                }
                return m != null && !m.nominal && !m.pronoun
                        && (m.kind == Speaker.Kind.PERSON || m.kind == Speaker.Kind.ORGANIZATION) ? new Found(m, t, -1) : null;
            }
            String tag = t.tag();
            if (!(tag.equals("ADP") || tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("NUM") || tag.equals("DET"))) {
                return null;
            }
        }
        return null;
    }

    private boolean afterPossessive(List<Token> toks, int v, int floor) {
        String w = toks.get(v).text().toLowerCase(Locale.ROOT);
        if (w.endsWith("ed") || SURE_VERBS.contains(w)) {
            // "Acme’s spokesman said": a past tense is the verb
            return false;
        }
        for (int k = v - 1; k >= floor && k >= v - 4; k--) {
            Token t = toks.get(k);
            if (owner(toks, k) || lex.possessives.containsKey(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            String tag = t.tag();
            if (!(tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADV") || tag.equals("NUM"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The person named before an apposition that ends at token {@code last}: "Tom Webb, a candidate in the 4th
     * District" (the apposition opens with a determiner and holds no comma); null otherwise.
     */
    private Mention beforeApposition(List<Token> toks, int last, int floor) {
        int a = last;
        while (a > floor && a > last - 12 && !toks.get(a).text().equals(",")) {
            a--;
        }
        if (a <= floor || !toks.get(a).text().equals(",") || a + 1 > last || !toks.get(a + 1).tag().equals("DET")) {
            return null;
        }
        int ns = names.runStart(toks, a - 1, floor);
        Mention named = ns >= 0 ? names.mention(toks, ns, a - 1) : null;
        return named != null && named.kind == Speaker.Kind.PERSON && !named.pronoun ? named : null;
    }

    /**
     * The description that opens the clause at {@code floor} (or follows a comma) and is followed by a relative clause
     * with no comma before "who", running to token {@code j} right before the verb: "A woman who saw the crash", "Sources
     * who saw the plan"; null otherwise.
     */
    private Mention describedRelative(List<Token> toks, int floor, int j) {
        for (int k = floor + 1; k < j; k++) {
            Token t = toks.get(k);
            if (!t.text().equals("who")) {
                continue;
            }
            for (int c = k + 1; c <= j; c++) {
                if (punct(toks.get(c)) || isDash(toks.get(c).text())) {
                    // ("Jane Roe, a nurse who works nights, said": the apposition's noun is not the subject)
                    return null;
                }
            }
            Token head = toks.get(k - 1);
            boolean lower = Character.isLowerCase(head.text().charAt(0));
            if (!(head.tag().startsWith("NOUN") || !lower && head.proper()) || !lex.personNoun(head.text().toLowerCase(Locale.ROOT))
                    || !lower && k - 1 != floor) {
                return null;
            }
            int start = k - 1;
            while (start - 1 >= floor && (toks.get(start - 1).tag().equals("ADJ") || toks.get(start - 1).tag().equals("NOUN")
                    || toks.get(start - 1).tag().equals("NUM")) && start > k - 4) {
                start--;
            }
            boolean determined = start - 1 >= floor && toks.get(start - 1).tag().equals("DET")
                    && lex.determiners.contains(toks.get(start - 1).text().toLowerCase(Locale.ROOT));
            int open = determined ? start - 1 : start;
            int first = floor;
            while (first < open && toks.get(first).tag().equals("ADV") && first < floor + 2) {
                // "Then a teacher who ... said:": an adverb that opens the sentence
                first++;
            }
            if (open != first && !toks.get(open - 1).text().equals(",")) {
                return null;
            }
            if (!determined && !head.text().endsWith("s")) {
                return null;
            }
            return nominal(toks, open, k);
        }
        return null;
    }

    /** True when the name ending at token {@code e} is possessive ("Roe’s", "Roe ’s", "the Trustees’"). */
    static boolean owner(List<Token> toks, int e) {
        String w = toks.get(e).text();
        String next = e + 1 < toks.size() && toks.get(e + 1).start() == toks.get(e).end() ? toks.get(e + 1).text() : "";
        return w.length() > 2 && (w.endsWith("\u2019s") || w.endsWith("'s") || w.endsWith("s\u2019") || w.endsWith("s'"))
                || next.equals("\u2019s") || next.equals("'s") || next.equals("\u2019") || next.equals("'");
    }

    private String appositiveTitle(List<Token> toks, int s, int e) {
        boolean titled = false;
        StringBuilder b = new StringBuilder();
        for (int i = s; i < e; i++) {
            String w = toks.get(i).text();
            if (b.length() == 0 && toks.get(i).tag().equals("DET")) {
                continue;
            }
            if (b.length() == 0 && lex.exampleOpeners.contains(w.toLowerCase(Locale.ROOT))) {
                // ", including Mayor Jane Roe,": an aside of examples, no title of the name before it
                return "";
            }
            titled |= isTitleWord(w);
            if (b.length() > 0 && toks.get(i - 1).end() < toks.get(i).start()) {
                // ("the Mexican-born reporter", "the former F.B.I. director": tokens written together stay together)
                b.append(' ');
            }
            b.append(w);
        }
        return titled && b.length() <= 60 ? b.toString() : "";
    }

    boolean isTitleWord(String w) {
        if (lex.titles.contains(w) || WordShapes.isAge(w, false, false)) {
            // "the 43-year-old said" points back to the person the text is about, as "the senator" does
            return true;
        }
        String cap = w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
        // lower-case "father" or "leader" describes a person; only the capitalised form is a title
        return lex.titles.contains(cap) && !w.equals("head") && !lex.personNoun(w);
    }

    /**
     * "the 43-year-old" that the tokenizer split into "43", "-", "year", "-", "old" at the end of [from, to): a
     * description that points back like a title, or null.
     */
    private Mention age(List<Token> toks, int from, int to) {
        int k = to - 1;
        if (k < from || !toks.get(k).text().equalsIgnoreCase("old")) {
            return null;
        }
        String w = toks.get(k).text();
        int s = k;
        while (s - 1 >= from && s > k - 5 && toks.get(s - 1).end() == toks.get(s).start()) {
            s--;
            w = toks.get(s).text() + w;
        }
        if (!WordShapes.isAge(w, true, false)) {
            return null;
        }
        Mention m = new Mention(w, w, Speaker.Kind.PERSON, toks.get(s).start(), false, true, '?');
        m.phrase = s - 1 >= from && lex.determiners.contains(toks.get(s - 1).text().toLowerCase(Locale.ROOT))
                ? toks.get(s - 1).text() + " " + w : w;
        return m;
    }

    /** A lower-case possessive word ("committee’s") or its split mark, after {@code floor}. */
    private static boolean ownerToken(List<Token> toks, int k, int floor) {
        String w = toks.get(k).text();
        if (ownerMark(w)) {
            return k - 1 > floor && toks.get(k - 1).end() == toks.get(k).start() && !toks.get(k - 1).capitalized();
        }
        return k > floor && w.length() > 2 && Character.isLowerCase(w.charAt(0)) && owner(toks, k);
    }

    /**
     * A lower-case noun a business goes by ({@code business-words.txt}: "the automaker", "the retailer", "the tech
     * giant"), read as a body after "the", as "the company" is ("a business" in general is nobody in particular).
     */
    private boolean businessHead(Token t) {
        return Character.isLowerCase(t.text().charAt(0)) && lex.businessWords.contains(t.text());
    }

    private static boolean ownerMark(String w) {
        return w.equals("\u2019s") || w.equals("'s") || w.equals("\u2019") || w.equals("'");
    }

    /** The words of tokens [s, e) as written, joined where the text joins them. */
    private static String text(List<Token> toks, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int i = s; i < e; i++) {
            if (i > s && toks.get(i).start() > toks.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(toks.get(i).text());
        }
        return b.toString();
    }

    /**
     * The owner of a description that starts at token {@code s} when a determiner and a lower-case noun in the possessive
     * come right before its head ("the mayor’s" of "the mayor’s top aide", the mark joined to the noun or split off);
     * else the empty string.
     */
    private String describedOwner(List<Token> toks, int from, int s) {
        int o = -1;
        int mark = -1;
        if (s - 2 >= from && ownerMark(toks.get(s - 1).text()) && toks.get(s - 2).end() == toks.get(s - 1).start()) {
            o = s - 2;
            mark = s;
        } else if (s - 1 >= from && owner(toks, s - 1) && toks.get(s - 1).text().length() > 2) {
            o = s - 1;
            mark = s;
        } else if (owner(toks, s) && toks.get(s).text().length() > 2) {
            o = s;
            mark = s + 1;
        }
        // ("the committee's treasurer": the tagger may take the owner for an adjective, a name or a mark)
        if (o < 0 || !Character.isLowerCase(toks.get(o).text().charAt(0)) || !(toks.get(o).tag().startsWith("NOUN")
                || toks.get(o).tag().equals("ADJ") || toks.get(o).tag().equals("PROPN") || toks.get(o).tag().equals("PUNCT"))
                || mark >= toks.size()) {
            return "";
        }
        int d = o - 1;
        // ("the ethics committee's chief counsel": a noun before the owner too)
        while (d >= from && d > o - 3 && (toks.get(d).tag().equals("ADJ") || toks.get(d).tag().equals("NOUN")
                || toks.get(d).tag().equals("PROPN")) && Character.isLowerCase(toks.get(d).text().charAt(0))) {
            d--;
        }
        if (d < from || !toks.get(d).tag().equals("DET") || !lex.determiners.contains(toks.get(d).text().toLowerCase(Locale.ROOT))) {
            return "";
        }
        return text(toks, d, mark);
    }

    /** A noun phrase such as "the defense minister" or "the company": a nominal mention, or null. */
    /**
     * A plural description with no determiner that opens the sentence at {@code floor} and is the subject of its
     * main verb before {@code v} ("Senior White House officials (significantly) raised ..."): adjectives, nouns and
     * names ending in a lower-case person noun in -s; else null.
     */
    private Mention pluralDescription(List<Token> toks, int floor, int v) {
        int k = floor;
        while (k < v && k < floor + 5 && (toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("NOUN")
                || toks.get(k).tag().equals("PROPN"))) {
            k++;
        }
        int verb = k;
        while (verb < v && toks.get(verb).tag().equals("ADV")) {
            verb++;
        }
        if (k == floor || verb >= v || !toks.get(verb).tag().equals("VERB")) {
            return null;
        }
        String head = toks.get(k - 1).text();
        return Character.isLowerCase(head.charAt(0)) && head.endsWith("s") && lex.personNoun(head) ? nominal(toks, floor, k) : null;
    }

    private Mention nominal(List<Token> toks, int from, int to) {
        Mention age = age(toks, from, to);
        if (age != null) {
            return age;
        }
        int e = to - 1;
        // "the premier said": a title word is the head even when the tagger took it for an adjective
        while (e >= from && !(toks.get(e).tag().equals("NOUN") || toks.get(e).tag().equals("PROPN")
                || e == to - 1 && isTitleWord(toks.get(e).text())
                // ("the tech giant said": a business noun the tagger took for an adjective)
                || e == to - 1 && e > from && businessHead(toks.get(e))
                // ("a senior State Department official said": the tagger took the person noun for an adjective)
                || e == to - 1 && e > from && Character.isLowerCase(toks.get(e).text().charAt(0)) && lex.personNoun(toks.get(e).text())
                || e == to - 1 && e > from && lex.documentNouns.contains(toks.get(e).text().toLowerCase(Locale.ROOT)))) {
            // ("the social media ads read": a text the tagger took for a verb)
            e--;
        }
        if (e < from) {
            return null;
        }
        if (e + 2 < to && lex.vaguePersonNoun(toks.get(e).text()) && toks.get(e + 1).text().equals("of")) {
            // "a member of the public, who gave no name, wrote": the "of" phrase belongs to a vague head
            int k = e + 2;
            while (k < to && (toks.get(k).tag().equals("DET") || toks.get(k).tag().equals("ADJ")
                    || toks.get(k).tag().equals("NOUN") || toks.get(k).tag().equals("PROPN"))) {
                k++;
            }
            if (k - 1 > e + 1 && !toks.get(k - 1).tag().equals("DET")) {
                e = k - 1;
            }
        }
        int s = e;
        while (s - 1 >= from && (toks.get(s - 1).tag().equals("NOUN") || toks.get(s - 1).tag().equals("ADJ")
                || toks.get(s - 1).tag().equals("PROPN") || toks.get(s - 1).tag().equals("NUM") && joinedHyphen(toks, s)
                || s - 2 >= from && joinedHyphen(toks, s - 1) || s - 3 >= from && joinedHyphen(toks, s - 2)
                || s - 2 >= from && hyphenPrefix(toks, s - 2) || hyphenPrefix(toks, s - 1)
                || s - 2 >= from && ampersand(toks, s - 1))) {
            // ("a Marks & Spencer spokesman": an ampersand inside a firm's name)
            // "the three-term chairman", split into "four", "-", "term"; "the Chilean-born reporter" ("born" a verb)
            s--;
        }
        if (s - 2 >= from && toks.get(s - 1).text().equals("of") && toks.get(s - 2).tag().equals("NOUN")
                && Character.isLowerCase(toks.get(s - 2).text().charAt(0)) && s < e && possessiveWord(toks, s)) {
            // "the former secretary of labor’s campaign said": an owner whose title holds "of"
            s -= 2;
            while (s - 1 >= from && (toks.get(s - 1).tag().equals("ADJ") || toks.get(s - 1).tag().equals("NOUN"))) {
                s--;
            }
        }
        if (s - 3 >= 0 && toks.get(s - 1).tag().equals("DET") && toks.get(s - 2).text().equals("of")
                && toks.get(s - 3).tag().equals("NOUN")) {
            // "a member of the public": the description is the noun before "of"
            int head = s - 3;
            s = head;
            while (s - 1 >= 0 && s - 1 >= from - 4 && (toks.get(s - 1).tag().equals("NOUN")
                    || toks.get(s - 1).tag().equals("ADJ"))) {
                s--;
            }
        }
        String headWord = toks.get(e).text().toLowerCase(Locale.ROOT);
        if (lex.documentNouns.contains(headWord)) {
            // "her statement read": the author of the text, when a possessive names one
            Token owner = s - 1 >= 0 ? toks.get(s - 1) : null;
            if (owner != null && lex.possessives.containsKey(owner.text().toLowerCase(Locale.ROOT))) {
                char g = lex.possessives.get(owner.text().toLowerCase(Locale.ROOT));
                return new Mention(owner.text(), "", g == 'o' ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON,
                        owner.start(), true, false, g);
            }
            int k = s - 1;
            int ownerEnd = k >= 0 && (toks.get(k).text().equals("\u2019s") || toks.get(k).text().equals("'s")
                    || toks.get(k).text().equals("\u2019") || toks.get(k).text().equals("'")) ? k - 1 : -1;
            for (int i = s; i < e && ownerEnd < 0; i++) {
                if (owner(toks, i) && toks.get(i).text().length() > 2) {
                    ownerEnd = i;
                }
            }
            int ownerStart = ownerEnd >= 0 ? names.runStart(toks, ownerEnd, 0) : -1;
            Mention named = ownerStart >= 0 ? names.mention(toks, ownerStart, ownerEnd) : null;
            if (named != null) {
                // "The Harbor Board Trustees’ letter argued": the named owner of the text
                return named;
            }
            // "the report said": a text with no author named here; no speaker
            return new Mention(toks.get(e).text(), "", Speaker.Kind.PERSON, toks.get(e).start(), false, true, 'p');
        }
        // "Stone’s attorney said", "Jones’ campaign told": a named owner is the description's determiner; the
        // description stands as written and never points back to another lawyer or campaign
        String owned = "";
        for (int i = s; i < e; i++) {
            if (owner(toks, i) && toks.get(i).capitalized()) {
                int o = i + 1 < e && ownerMark(toks.get(i + 1).text()) && toks.get(i + 1).start() == toks.get(i).end() ? i + 2 : i + 1;
                owned = text(toks, s, o);
                s = o;
            }
        }
        if (owned.isEmpty() && s - 2 >= from && ownerMark(toks.get(s - 1).text()) && toks.get(s - 2).end() == toks.get(s - 1).start()
                && toks.get(s - 2).capitalized()) {
            // (the possessive mark split off: "Stone", "’s")
            int os = names.runStart(toks, s - 2, from);
            owned = text(toks, os >= 0 ? os : s - 2, s);
        }
        if (owned.isEmpty()) {
            // "the mayor’s aide said", "said the team’s coach": a description owned by a described person or body
            owned = describedOwner(toks, from, s);
            if (!owned.isEmpty()) {
                for (int i = s; i < e; i++) {
                    if (owner(toks, i)) {
                        s = i + 1;
                    }
                }
            }
        }
        boolean titled = false;
        boolean org = false;
        StringBuilder b = new StringBuilder();
        for (int i = s; i <= e; i++) {
            String w = toks.get(i).text();
            titled |= isTitleWord(w);
            org |= i == e && (lex.organisationWords.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1))
                    || businessHead(toks.get(i)) && s - 1 >= 0 && toks.get(s - 1).text().equalsIgnoreCase("the"));
            if (b.length() > 0 && !hyphenPrefix(toks, i - 1) && !joinedHyphen(toks, i) && !joinedHyphen(toks, i - 1)) {
                // ("the Mexican-born reporter", split after the hyphen, is written as one word)
                b.append(' ');
            }
            b.append(w);
        }
        String head = toks.get(e).text();
        if (titled && head.endsWith("s") && !isTitleWord(head) && lex.personNoun(head) && Character.isLowerCase(head.charAt(0))) {
            // "senior administration officials said": a group, not one titled person the text is about
            titled = false;
        }
        String phrase = b.toString();
        if (!owned.isEmpty()) {
            phrase = owned + " " + phrase;
        } else if (s - 1 >= 0 && lex.determiners.contains(toks.get(s - 1).text().toLowerCase(Locale.ROOT))) {
            phrase = toks.get(s - 1).text() + " " + phrase;
        } else if (s - 1 >= 0 && lex.possessives.containsKey(toks.get(s - 1).text().toLowerCase(Locale.ROOT))
                && (lex.personNoun(head) || isTitleWord(head) || org && !(s - 2 >= 0 && toks.get(s - 2).text().equalsIgnoreCase("what")))) {
            // "her lawyer said", "its director said", "his campaign said": a description owned by whoever the pronoun
            // stands for (not "what his campaign calls “...”", a name for something)
            phrase = toks.get(s - 1).text() + " " + phrase;
        }
        Mention m;
        if (!titled && !org) {
            m = new Mention(b.toString(), "", Speaker.Kind.PERSON, toks.get(s).start(), false, true, 'p');
        } else {
            m = new Mention(b.toString(), titled ? b.toString() : "",
                    org && !titled ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON, toks.get(s).start(), false, true,
                    org && !titled ? 'o' : '?');
        }
        m.phrase = phrase;
        return m;
    }
}

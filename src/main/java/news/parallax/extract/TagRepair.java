package news.parallax.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.parallax.text.Token;

/**
 * Undoes three tokenizer and tagger errors that hide speakers, on the tokens of one paragraph: a capitalised word inside a name
 * tagged as a closed-class word ("Judge Miriam Holt" with "Miriam" an auxiliary, "Owen Tully" with "Tully" an adverb)
 * becomes a proper noun, and a lower-case word tagged as a preposition that is none ("said harbor master Owen
 * Tully", "festival director") becomes a noun; a sentence's final period joined to a short surname ("said Jane Marr.") is split off. A word counts as closed-class when it is in
 * {@code extract/function-words.txt} or {@code extract/prepositions.txt} ({@link Lexicons#functionWords}).
 */
final class TagRepair {

    private static final Set<String> CLOSED = Set.of("AUX", "ADP", "SCONJ", "ADV", "CCONJ", "DET", "PRON", "PART");

    private TagRepair() {}

    /** True when a lower-case person noun ends the words from {@code i}, one to three nouns or adjectives. */
    private static boolean personNounAhead(List<Token> toks, int i, Lexicons lex) {
        int n = i;
        while (n < toks.size() && n < i + 3 && Character.isLowerCase(toks.get(n).text().charAt(0))
                && (toks.get(n).tag().equals("NOUN") || toks.get(n).tag().equals("ADJ"))) {
            n++;
        }
        return n > i && lex.personNoun(toks.get(n - 1).text());
    }

    /**
     * Repairs {@code toks} (one sentence) in place; {@code functionWords} are the closed-class words, lower-case, and
     * {@code abbreviations} the words whose final period is part of them.
     */
    static void repair(List<Token> toks, Lexicons lex) {
        repair(toks, lex.functionWords, lex.abbreviations);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = t.text();
            if ((t.tag().equals("PROPN+PART") || t.tag().equals("NOUN+PART")) && w.length() > 2
                    && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019"))
                    && reportedSoon(toks, i + 1, lex)) {
                // "Roe's office said": a possessive name the tagger gave the tag of a name and a particle at once is a
                // name (the rules read the possessive from its letters); only as the owner in an attribution's subject
                toks.set(i, new Token(t.start(), t.end(), w, t.tag().substring(0, t.tag().indexOf('+'))));
            }
        }
        for (int v = 0; v + 2 < toks.size(); v++) {
            if (!lex.verbs.containsKey(toks.get(v).text()) || toks.get(v).capitalized()) {
                continue;
            }
            int i = v + 1;
            while (i + 1 < toks.size() && i < v + 3 && toks.get(i).capitalized() && toks.get(i).tag().equals("PROPN")) {
                i++;
            }
            Token t = toks.get(i);
            String w = t.text();
            if (i + 1 < toks.size() && t.capitalized() && !t.tag().equals("PROPN") && w.length() > 2
                    && (w.endsWith("'s") || w.endsWith("\u2019s")) && personNounAhead(toks, i + 1, lex)) {
                // "said Roe's spokesman", "said Acme's lawyer": a possessive name after a reporting verb, before a
                // person noun, the tagger read as a preposition or a name and particle at once
                toks.set(i, new Token(t.start(), t.end(), w, "PROPN"));
            }
        }
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            Token next = toks.get(i + 1);
            String w = t.text();
            if (!t.tag().equals("PROPN") && t.capitalized() && lex.firstNames.containsKey(w) && next.capitalized()
                    && t.end() < next.start() && nameWord(next)) {
                // "Ingrid Solberg" with "Ingrid" an adjective, "Nancy Roe" with "Nancy" a noun: a known given name
                // before a capitalised word is a name
                toks.set(i, new Token(t.start(), t.end(), w, "PROPN"));
            } else if (CLOSED.contains(t.tag()) && t.capitalized() && w.length() >= 3 && letters(w)
                    && !lex.functionWords.contains(w.toLowerCase(Locale.ROOT)) && next.tag().equals("PROPN")
                    && next.capitalized() && t.end() < next.start()) {
                // "Amira Haddad" with "Amira" a determiner: a capitalised word that is no function word, before a
                // proper noun, is part of the name
                toks.set(i, new Token(t.start(), t.end(), w, "PROPN"));
            }
        }
        presentVerb(toks, lex);
        verbOnly(toks, lex);
        participleAfterComma(toks, lex);
        for (int v = 0; v + 2 < toks.size(); v++) {
            Token verb = toks.get(v);
            if (!lex.verbs.containsKey(verb.text()) || verb.capitalized()) {
                continue;
            }
            // "said lead author Jane Roe", "said search and rescue co-ordinator Jane Roe": words of a title the tagger
            // read as verbs, between a reporting verb and the name the title goes with
            int k = v + 1;
            while (k < toks.size() && k < v + 3 && toks.get(k).capitalized() && toks.get(k).tag().equals("PROPN")) {
                // ("said Halton search and rescue co-ordinator Jane Roe": a place before the title)
                k++;
            }
            boolean verbLike = false;
            while (k < toks.size() && !toks.get(k).capitalized() && (toks.get(k).tag().equals("NOUN")
                    || toks.get(k).tag().equals("ADJ") || toks.get(k).tag().equals("VERB") && !toks.get(k).text().endsWith("ing")
                    && !toks.get(k).text().endsWith("ed") && !lex.verbs.containsKey(toks.get(k).text())
                    || toks.get(k).text().equals("and") && k > v + 1 || toks.get(k).text().equals("-"))) {
                verbLike |= toks.get(k).tag().equals("VERB");
                k++;
            }
            if (!verbLike || k >= toks.size() || k - 1 <= v || !toks.get(k - 1).tag().equals("NOUN")
                    || !nameWord(toks.get(k)) && !toks.get(k).tag().equals("PROPN") || !toks.get(k).capitalized()) {
                continue;
            }
            for (int j = v + 1; j < k; j++) {
                Token t = toks.get(j);
                if (t.tag().equals("VERB")) {
                    toks.set(j, new Token(t.start(), t.end(), t.text(), "NOUN"));
                }
            }
        }
    }

    /**
     * True when a reporting verb follows within six words from {@code i}, with only nouns and adjectives before it
     * ("office said", "senior adviser told"): the words before {@code i} are the subject of an attribution.
     */
    private static boolean reportedSoon(List<Token> toks, int i, Lexicons lex) {
        for (int k = i; k < toks.size() && k < i + 6; k++) {
            Token t = toks.get(k);
            if (k > i && lex.verbs.containsKey(t.text()) && Character.isLowerCase(t.text().charAt(0))) {
                return true;
            }
            if (!t.tag().equals("NOUN") && !t.tag().equals("ADJ") && !t.tag().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "said the rule protects walleye stocks", "says fuel alone costs him $1,200": after a reporting verb that
     * introduces reported speech, words with no verb at all hold one that the tagger read as a plural noun: the first
     * lower-case word in -s after a noun, an adjective or an adverb and before an object is the verb.
     */
    private static void presentVerb(List<Token> toks, Lexicons lex) {
        int v = 0;
        while (v < toks.size() && !(toks.get(v).tag().equals("VERB") && !toks.get(v).capitalized()
                && lex.speechVerbs.contains(lex.verbs.getOrDefault(toks.get(v).text(), "")))) {
            v++;
        }
        if (v >= toks.size()) {
            return;
        }
        int candidate = -1;
        for (int j = v + 1; j < toks.size(); j++) {
            Token t = toks.get(j);
            if (t.tag().equals("VERB") || t.tag().equals("AUX") || t.text().equals(",") || t.text().equals("that")) {
                return;
            }
            String w = t.text();
            if (candidate < 0 && j > v + 2 && j + 1 < toks.size() && t.tag().equals("NOUN") && !t.capitalized() && w.length() > 3
                    && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.equals("news")
                    && letters(w)) {
                String before = toks.get(j - 1).tag();
                String after = toks.get(j + 1).tag();
                if ((before.equals("NOUN") || before.equals("ADJ") || before.equals("ADV")) && !toks.get(j - 1).capitalized()
                        && !toks.get(j - 1).text().endsWith("s") && !toks.get(j - 2).tag().equals("ADP")
                        && (after.equals("NOUN") || after.equals("DET") || after.equals("PRON") || after.equals("NUM")
                        || after.equals("SYM") || after.equals("ADJ"))) {
                    candidate = j;
                }
            }
        }
        if (candidate > 0) {
            Token t = toks.get(candidate);
            toks.set(candidate, new Token(t.start(), t.end(), t.text(), "VERB"));
        }
    }

    /**
     * "Tom Webb argues that ...", "The lawsuit insists “...”": a reporting verb's form that English has no noun for,
     * read as a plural noun after a name or a noun, is the verb when "that", a quotation mark, a colon or a comma
     * follows it ({@code extract/verb-only-forms.txt}).
     */
    private static void verbOnly(List<Token> toks, Lexicons lex) {
        for (int i = 1; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.tag().equals("NOUN") || t.capitalized() || !lex.verbOnlyForms.contains(t.text())) {
                continue;
            }
            String before = toks.get(i - 1).tag();
            String next = toks.get(i + 1).text();
            if ((before.equals("PROPN") || before.equals("NOUN") || before.equals("PRON"))
                    && (next.equals("that") || next.equals(":") || next.equals(",")
                    || next.length() == 1 && QuoteMarks.isOpening(next.charAt(0)))) {
                toks.set(i, new Token(t.start(), t.end(), t.text(), "VERB"));
            }
        }
    }

    /**
     * "Roe voted against the budget, noting that ...", "Jane Roe spoke, warning on Wednesday that ...": a reporting
     * verb's participle after a comma is the verb, whatever the tagger made of it, when "that" follows it, directly
     * or after a short phrase of time or place.
     */
    private static void participleAfterComma(List<Token> toks, Lexicons lex) {
        for (int i = 1; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.tag().equals("VERB") || t.capitalized() || !t.text().endsWith("ing") || !toks.get(i - 1).text().equals(",")
                    || !lex.speechVerbs.contains(lex.verbs.getOrDefault(t.text(), ""))) {
                continue;
            }
            for (int k = i + 1; k < toks.size() && k <= i + 5; k++) {
                Token w = toks.get(k);
                if (w.text().equals("that")) {
                    toks.set(i, new Token(t.start(), t.end(), t.text(), "VERB"));
                    break;
                }
                String tag = w.tag();
                if (!(tag.equals("ADP") || tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("DET") || tag.equals("NUM"))) {
                    break;
                }
            }
        }
    }

    static void repair(List<Token> toks, Set<String> functionWords, Set<String> abbreviations) {
        int last = toks.size() - 1;
        if (last >= 1 && finalPeriodJoined(toks.get(last), abbreviations) && nameWord(toks.get(last - 1))) {
            // "..., said Jane Marr.": the tokenizer kept the sentence's period on a short surname
            Token t = toks.get(last);
            toks.set(last, new Token(t.start(), t.end() - 1, t.text().substring(0, t.text().length() - 1), "PROPN"));
            toks.add(new Token(t.end() - 1, t.end(), ".", "PUNCT"));
        }
        for (int i = 1; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = t.text();
            if (!CLOSED.contains(t.tag()) || w.length() < 3 || !letters(w)
                    || functionWords.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Token prev = toks.get(i - 1);
            Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            if (t.capitalized() && nameWord(prev) && prev.end() < t.start()) {
                // "Judge Miriam Holt", "Owen Tully": a capitalised word right after a capitalised word
                toks.set(i, new Token(t.start(), t.end(), w, "PROPN"));
            } else if (!t.capitalized() && t.tag().equals("ADP") && w.length() >= 4 && !w.endsWith("ing")
                    && next != null && (next.tag().startsWith("NOUN") || next.tag().startsWith("PROPN"))) {
                // "said harbor master Owen Tully": a noun before a noun, not a preposition
                toks.set(i, new Token(t.start(), t.end(), w, "NOUN"));
            }
        }
    }

    /** A capitalised word of three letters or more with the sentence's period joined to it, and no abbreviation. */
    private static boolean finalPeriodJoined(Token t, Set<String> abbreviations) {
        String w = t.text();
        return w.length() >= 4 && w.endsWith(".") && t.capitalized() && !abbreviations.contains(w)
                && letters(w, w.length() - 1)
                && w.substring(1, w.length() - 1).chars().anyMatch(Character::isLowerCase);
    }

    /** A capitalised word of letters (a name part, a title), possibly ending in a period ("Sen."). */
    private static boolean nameWord(Token t) {
        String w = t.text();
        int n = w.endsWith(".") ? w.length() - 1 : w.length();
        return n > 0 && t.capitalized() && letters(w, n) && (t.tag().startsWith("PROPN") || t.tag().startsWith("NOUN"));
    }

    /** True when every character of {@code w} is a letter ({@link Character#isLetter(char)}; true when empty). */
    static boolean letters(String w) {
        return letters(w, w.length());
    }

    /** True when each of the first {@code n} characters of {@code w} is a letter (as {@code chars().allMatch}). */
    static boolean letters(String w, int n) {
        for (int i = 0; i < n; i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

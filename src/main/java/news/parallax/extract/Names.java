package news.parallax.extract;

import java.util.List;
import java.util.Locale;
import news.parallax.model.Speaker;
import news.parallax.text.Token;

/**
 * Reads a speaker's name from tagged tokens: a run of capitalised proper nouns (with initials, name
 * particles and "of" inside titles), split into the title written before the name ("U.S. Defense
 * Secretary") and the name itself, with the possessive dropped. Thread-safe.
 */
final class Names {

    /** "D-Calif.", "R-S.C.": a party and a state. */
    private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("\\p{Lu}-\\p{Lu}.*");

    private final Lexicons lex;

    Names(Lexicons lex) {
        this.lex = lex;
    }

    /** True when the token may be part of a name or title run. */
    boolean namePart(Token t) {
        String w = t.text();
        if (WordShapes.isLowerParticleName(w) && !t.tag().equals("VERB")) {
            // "diGenova", "deVries": a surname whose particle is written in lower case
            return true;
        }
        if (!t.capitalized() || lex.notNames.contains(w) && !lex.titles.contains(w)) {
            return false;
        }
        if (w.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean possessive = w.length() > 2 && (w.endsWith("\u2019s") || w.endsWith("'s"));
        if (possessive && lex.pronouns.containsKey(w.substring(0, w.length() - 2).toLowerCase(java.util.Locale.ROOT))) {
            // "Says He’s Unlikely To ..." in a headline in title case: "he is", no name
            return false;
        }
        return t.proper() || possessive || t.tag().equals("NOUN") || t.tag().equals("ADJ") || t.tag().equals("X")
                || lex.titles.contains(w) || lex.honorifics.containsKey(w) || WordShapes.isInitial(w);
    }

    /** {@link #namePart(Token)}, and a word such as "May" right after an honorific ("Ms. May"). */
    boolean namePart(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (i + 1 < toks.size() && toks.get(i + 1).text().equals("than") && (i == 0 || opensSentence(toks.get(i - 1).text()))) {
            // "Rather than go ahead, ...", "More than a dozen ...": a comparison that opens a sentence, no name
            return false;
        }
        if (namePart(t)) {
            return true;
        }
        if (i > 0 && t.text().length() > 2 && t.text().charAt(0) == '-' && Character.isUpperCase(t.text().charAt(1))
                && toks.get(i - 1).end() == t.start() && namePart(toks.get(i - 1))) {
            // "Vega-Ruiz" split by the tokenizer into "Vega" and "-Ruiz": one hyphenated surname
            return true;
        }
        if (i > 0 && i + 1 < toks.size() && t.capitalized() && t.text().length() >= 4 && t.text().chars().allMatch(Character::isLetter)
                && (t.tag().equals("ADP") || t.tag().equals("SCONJ") || t.tag().equals("ADV"))
                && !lex.prepositions.contains(t.text().toLowerCase(java.util.Locale.ROOT)) && !lex.notNames.contains(t.text())
                && namePart(toks.get(i - 1)) && (toks.get(i + 1).proper() && toks.get(i + 1).capitalized()
                        || surnameTaggedAsPronoun(toks.get(i + 1)) || Character.isLowerCase(toks.get(i + 1).text().charAt(0)))) {
            // "Justice Antonin Webb", "Harbor Daily reported": an unusual given name or a name's last word the tagger took
            // for a preposition or an adverb, after a name part and before another or a lower-case word
            return true;
        }
        if (i > 1 && surnameTaggedAsPronoun(t) && namePart(toks.get(i - 2)) && namePart(toks, i - 1)) {
            // "Justice Antonin Webb who said": a surname the tagger took for a pronoun, after two name parts
            return true;
        }
        if (!t.capitalized() || !lex.notNames.contains(t.text()) || i == 0) {
            return false;
        }
        int h = toks.get(i - 1).text().equals(".") && i >= 2 ? i - 2 : i - 1;
        String w = toks.get(h).text();
        return lex.honorifics.containsKey(w) || lex.honorifics.containsKey(w + ".");
    }

    /** True for a token after which a sentence or a quotation opens. */
    private static boolean opensSentence(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals("\"") || w.equals("\u201c") || w.equals(":");
    }

    /**
     * True for a capitalised word the tagger took for a verb or an interjection right after a name part, and followed by
     * punctuation or a lower-case word: "Babatunji Farinloye, 50" (an unusual surname), not "Trump Visits Japan".
     */
    private boolean surnameTaggedAsVerb(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.capitalized() || !t.tag().equals("VERB") && !t.tag().equals("INTJ") || lex.verb(t.text()) != null
                || lex.notNames.contains(t.text())
                || !namePart(toks.get(i - 1)) || t.text().chars().anyMatch(c -> !Character.isLetter(c))) {
            return false;
        }
        if (i + 1 >= toks.size()) {
            return true;
        }
        Token n = toks.get(i + 1);
        return n.tag().equals("PUNCT") || Character.isLowerCase(n.text().charAt(0));
    }

    private boolean joiner(List<Token> toks, int i) {
        String w = toks.get(i).text();
        if (w.equals(".") && i > 0 && toks.get(i - 1).end() == toks.get(i).start()) {
            // the tokenizer may split "Rep." into "Rep" and "."
            String abbreviation = toks.get(i - 1).text() + ".";
            return lex.titles.contains(abbreviation) || lex.honorifics.containsKey(abbreviation)
                    || WordShapes.isInitial(abbreviation) && i + 1 < toks.size() && namePart(toks.get(i + 1));
        }
        // "Center for Harbor Policy": "for" after an organisation word joins the organisation's name
        boolean forBody = w.equals("for") && i > 0 && (lex.organisationWords.contains(toks.get(i - 1).text())
                || groupBeforeFor(toks, i));
        // "Barlow & Finch", "Standard & Poor's": an ampersand joins the names of a firm
        return (lex.particles.contains(w) || w.equals("of") && !honorificAt(toks, i + 1) || w.equals("-") || w.equals("&")
                || forBody) && i + 1 < toks.size() && namePart(toks.get(i + 1));
    }

    /** True for an honorific at token {@code i} ("Mr.", or "Mrs" and "." as two tokens): a name starts there. */
    private boolean honorificAt(List<Token> toks, int i) {
        if (i >= toks.size()) {
            return false;
        }
        String w = toks.get(i).text();
        boolean dotted = i + 1 < toks.size() && toks.get(i + 1).text().equals(".") && toks.get(i).end() == toks.get(i + 1).start();
        return lex.honorifics.containsKey(w) || dotted && lex.honorifics.containsKey(w + ".");
    }

    /**
     * True when the "for" at {@code i} follows a single capitalised word that is no given name, title or honorific and
     * comes before a capitalised word: "Citizens for Clean Harbors", "Parents for Safer Streets" (an advocacy group).
     */
    private boolean groupBeforeFor(List<Token> toks, int i) {
        if (i < 1 || i + 1 >= toks.size() || !toks.get(i + 1).capitalized()) {
            return false;
        }
        Token b = toks.get(i - 1);
        String w = b.text();
        return b.capitalized() && w.length() > 3 && w.chars().allMatch(Character::isLetter)
                && !lex.firstNames.containsKey(w) && !lex.titles.contains(w) && !lex.honorifics.containsKey(w)
                && !lex.notNames.contains(w) && (i < 2 || !namePart(toks.get(i - 2)));
    }

    /** True for "of the" at {@code i} inside a title: "Speaker of the House", "Secretary of the Navy". */
    private boolean ofThe(List<Token> toks, int i) {
        return i - 1 >= 0 && i + 2 < toks.size() && toks.get(i).text().equals("of") && toks.get(i + 1).text().equals("the")
                && lex.titles.contains(toks.get(i - 1).text()) && namePart(toks.get(i + 2));
    }

    /** The start of the name run that ends at token {@code end} (inclusive), or -1 if none ends there. */
    int runStart(List<Token> toks, int end, int floor) {
        if (end < floor || !namePart(toks, end)) {
            return -1;
        }
        int s = end;
        while (s - 1 >= floor && (namePart(toks, s - 1) || s - 2 >= floor && joiner(toks, s - 1)
                && namePart(toks, s - 2) || s - 3 >= floor && ofThe(toks, s - 2))) {
            s -= namePart(toks, s - 1) ? 1 : s - 2 >= floor && joiner(toks, s - 1) && namePart(toks, s - 2) ? 2 : 3;
        }
        if (s - 2 >= floor && toks.get(s - 1).text().equals("-") && toks.get(s - 1).end() == toks.get(s).start()
                && toks.get(s - 2).end() == toks.get(s - 1).start() && lex.particles.contains(toks.get(s - 2).text())) {
            // "al-Nasra", "el-Badri": a particle joined by a hyphen is part of the name
            s -= 2;
        }
        return s;
    }

    /** The end (inclusive) of the name run that starts at token {@code start}, or -1. */
    int runEnd(List<Token> toks, int start, int ceiling) {
        if (start > ceiling || !namePart(toks, start)) {
            return -1;
        }
        int e = start;
        while (e + 1 <= ceiling && (namePart(toks, e + 1) || e + 2 <= ceiling && joiner(toks, e + 1)
                || e + 3 <= ceiling && ofThe(toks, e + 1))) {
            e += namePart(toks, e + 1) ? 1 : e + 2 <= ceiling && joiner(toks, e + 1) ? 2 : 3;
        }
        if (e + 3 <= ceiling && lex.particles.contains(toks.get(e + 1).text()) && toks.get(e + 2).text().equals("-")
                && toks.get(e + 1).end() == toks.get(e + 2).start() && toks.get(e + 2).end() == toks.get(e + 3).start()
                && namePart(toks.get(e + 3))) {
            // "Hamid al-Nasri"
            e += 3;
        }
        if (e + 1 <= ceiling && surnameTaggedAsVerb(toks, e + 1)) {
            e++;
        }
        return e;
    }

    /** Party members' nouns written before "of" and a state: "Democrat of Ohio". */
    private static final java.util.Set<String> PARTIES = java.util.Set.of("Democrat", "Republican", "Independent", "Libertarian");

    /** True for a party member's noun ("Democrat", "Republican"). */
    static boolean party(String word) {
        return PARTIES.contains(word);
    }

    /** The mention made by tokens [s, e] (inclusive), or null when they hold a title only. */
    Mention mention(List<Token> toks, int s, int e) {
        if (PARTIES.contains(toks.get(s).text()) && s + 1 < toks.size() && toks.get(s + 1).text().equals("of")) {
            // "Representative Tom Webb, Democrat of Ohio,": a party and a state in apposition, no one's name
            return null;
        }
        if (s == e && PARTIES.contains(toks.get(s).text()) && s > 0 && (toks.get(s - 1).tag().equals("ADJ")
                || toks.get(s - 1).tag().equals("DET") || toks.get(s - 1).text().endsWith("\u2019s") || toks.get(s - 1).text().endsWith("'s"))) {
            // "the committee’s senior Democrat said": the head of a description, no one's name
            return null;
        }
        int lastTitle = -1;
        char gender = '?';
        // "Jane King", "Ms. Judge": a title word right after a first name or an honorific is a surname
        int titleEnd = e;
        for (int k = s + 2; k <= e + 1; k++) {
            // the word before "of" or the run's end ("Sen. Alder King of Ohio")
            if ((k == e + 1 || toks.get(k).text().equals("of")) && lex.titles.contains(toks.get(k - 1).text())
                    && surnameAfter(toks, s, k - 2)) {
                titleEnd = k - 2;
                break;
            }
        }
        for (int i = s; i <= titleEnd; i++) {
            String w = toks.get(i).text();
            String dotted = i + 1 <= titleEnd && toks.get(i + 1).text().equals(".") ? w + "." : w;
            if (lex.titles.contains(dotted) || lex.honorifics.containsKey(dotted)) {
                lastTitle = dotted.equals(w) ? i : i + 1;
                gender = lex.honorifics.getOrDefault(dotted, gender);
            }
        }
        String first = toks.get(s).text();
        if (lastTitle < 0 && e - s >= 2 && (s == 0 || toks.get(s - 1).tag().equals("PUNCT")) && !lex.firstNames.containsKey(first)
                && lex.firstNames.containsKey(toks.get(s + 1).text()) && lex.personNoun(first.toLowerCase(java.util.Locale.ROOT))) {
            // "Candidate Rosa Lind sat down ...", "Lobbyist Ray Conti denied ...": a person noun capitalised only because
            // it opens the sentence, before a known given name, is her description, not part of her name
            lastTitle = s;
        }
        int nameStart = lastTitle + 1;
        if (lastTitle >= 0) {
            // "Secretary of State Jane Roe": skip the "of ..." part of the title
            boolean of = false;
            while (nameStart + 1 <= e && toks.get(nameStart).text().equals("of")) {
                // "of the House": the article is part of the title too
                nameStart += toks.get(nameStart + 1).text().equals("the") ? 3 : 2;
                of = true;
            }
            while (of && e - nameStart >= 2 && !lex.firstNames.containsKey(toks.get(nameStart).text())
                    && lex.firstNames.containsKey(toks.get(nameStart + 1).text())) {
                // "Director of National Intelligence Jane Roe": the "of" part runs up to a given name
                nameStart++;
            }
        } else {
            nameStart = s;
        }
        if (nameStart > e) {
            return null;
        }
        if (e - nameStart >= 2) {
            // "Republican Jane Roe", "Senate President Pro Tem Jane Roe", "Senators Jane Roe": capitalised words before a
            // known given name that a surname follows are a description, not part of the name (not "K. Jane Roe")
            int given = nameStart + 1;
            while (given < e && !lex.firstNames.containsKey(toks.get(given).text())) {
                given++;
            }
            boolean described = given < e;
            for (int i = nameStart; i < given && described; i++) {
                String w = toks.get(i).text();
                described = !lex.firstNames.containsKey(w) && !WordShapes.isInitial(w) && !w.equals(".") && !w.equals("of")
                        && Character.isUpperCase(w.charAt(0)) && !lex.particles.contains(w);
            }
            if (described && kindOf(toks, given, e) == Speaker.Kind.PERSON) {
                lastTitle = given - 1;
                nameStart = given;
            }
        }
        String title = lastTitle >= 0 ? join(toks, s, nameStart - 1, false) : "";
        int possessive = Math.max(title.lastIndexOf("\u2019s "), title.lastIndexOf("'s "));
        if (possessive >= 0) {
            // "ABC's Sen. John Doe": the outlet is not part of the title
            title = title.substring(possessive + 3);
        }
        for (int i = nameStart; i < e - 1; i++) {
            String w = toks.get(i).text();
            if (w.length() > 2 && (w.endsWith("\u2019s") || w.endsWith("'s"))) {
                // "Acme's Jane Roe": the organisation is not part of the name
                nameStart = i + 1;
            }
        }
        for (int i = nameStart + 1; i < e && kindOf(toks, nameStart, i - 1) == Speaker.Kind.PERSON; i++) {
            if (toks.get(i).text().equals("of")) {
                // "Sen. Jane Roe of Ohio": the place is not part of the name (but "Bank of Avalon" is one name)
                e = i - 1;
                break;
            }
        }
        String name = stripPossessive(join(toks, nameStart, e, false));
        if (lex.linkLabels.contains(name) || name.contains(" ") && name.equals(name.toUpperCase(Locale.ROOT))) {
            // "WATCH", "ANALYST'S TAKE": a label in capitals, not a speaker
            return null;
        }
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || PARTY_STATE.matcher(name).matches()) {
            // "D-Calif.", "R-S.C.": a party and state, not a name
            return null;
        }
        // "Senate Majority Leader Jane Roe": an organisation word in the title does not make the person one
        Speaker.Kind kind = lastTitle >= 0 ? kindOf(toks, nameStart, e) : kindOf(toks, s, e);
        if (e > s && lex.placeWords.contains(toks.get(e).text()) && !lex.firstNames.containsKey(toks.get(nameStart).text())
                && gender == '?' && (lastTitle < 0 || lastTitle == s && !toks.get(s).text().endsWith("."))) {
            // "Queen Street", "Downing Street": a place, or the body that sits there, never a person ("she"); not
            // "Jane Lane", "Mr. Street" or "Sen. Lane"
            kind = Speaker.Kind.ORGANIZATION;
        }
        return new Mention(name, title, kind, toks.get(nameStart).start(), false, false, gender);
    }

    /**
     * True when the word at {@code p} makes the title word after it a surname: a first name or an initial ("Jane
     * King"), an honorific ("Mr. King"), or a given name after a title ("Sen. Alder King", not "Foreign Minister").
     */
    private boolean surnameAfter(List<Token> toks, int s, int p) {
        String w = toks.get(p).text();
        if (lex.firstNames.containsKey(w) || lex.honorifics.containsKey(w) || WordShapes.isInitial(w)) {
            return true;
        }
        if (w.equals(".") && p - 1 >= s && lex.honorifics.containsKey(toks.get(p - 1).text() + ".")) {
            return true;
        }
        if (!Character.isUpperCase(w.charAt(0)) || lex.titles.contains(w) || lex.organisationWords.contains(w)) {
            return false;
        }
        for (int i = s; i < p; i++) {
            String t = toks.get(i).text();
            String dotted = toks.get(i + 1).text().equals(".") ? t + "." : t;
            if (lex.titles.contains(dotted) || lex.honorifics.containsKey(dotted)) {
                return true;
            }
        }
        return false;
    }

    Speaker.Kind kindOf(List<Token> toks, int s, int e) {
        for (int i = s; i <= e; i++) {
            String w = toks.get(i).text();
            if (lex.organisationWords.contains(w) || w.equals("&")) {
                return Speaker.Kind.ORGANIZATION;
            }
        }
        String w = toks.get(e).text();
        boolean acronym = s == e && w.length() >= 2 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return acronym ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON;
    }

    private String join(List<Token> toks, int s, int e, boolean keepHonorifics) {
        int from = s;
        while (!keepHonorifics && from <= e && lex.honorifics.containsKey(toks.get(from).text())) {
            from++;
            if (from <= e && toks.get(from).text().equals(".")) {
                // "Mrs" "." as two tokens: the stop belongs to the honorific
                from++;
            }
        }
        if (from > e) {
            return "";
        }
        StringBuilder b = new StringBuilder(toks.get(from).text());
        for (int i = from + 1; i <= e; i++) {
            if (toks.get(i - 1).end() < toks.get(i).start()) {
                b.append(' ');
            }
            b.append(toks.get(i).text());
        }
        return b.toString();
    }

    static String stripPossessive(String name) {
        String n = name;
        if (n.endsWith("'s") || n.endsWith("\u2019s")) {
            n = n.substring(0, n.length() - 2);
        } else if (n.endsWith("'") || n.endsWith("\u2019")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.strip();
    }

    /** A pronoun mention, or null when the token is not a speaker pronoun. */
    /** True for a capitalised word tagged as a pronoun that is no pronoun ("Webb"), unknown to the lexicons. */
    private boolean surnameTaggedAsPronoun(Token t) {
        String w = t.text();
        return t.tag().equals("PRON") && t.capitalized() && w.length() >= 4 && w.chars().allMatch(Character::isLetter)
                && !w.equals(w.toUpperCase(Locale.ROOT)) && lex.pronouns.get(w.toLowerCase(Locale.ROOT)) == null
                && !lex.notNames.contains(w);
    }

    Mention pronoun(Token t) {
        Character g = lex.pronouns.get(t.text().toLowerCase(Locale.ROOT));
        if (g == null) {
            return null;
        }
        return new Mention(t.text(), "", g == 'o' ? Speaker.Kind.ORGANIZATION : Speaker.Kind.PERSON, t.start(),
                true, false, g);
    }
}

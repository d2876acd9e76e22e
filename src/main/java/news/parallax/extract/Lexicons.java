package news.parallax.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.parallax.text.Lexicon;

/** The word lists of {@code extract/}, loaded once. Immutable, thread-safe. */
final class Lexicons {

    /** Reporting verb form (lower case) to its lemma. */
    final Map<String, String> verbs = new HashMap<>();
    /** Lemmas that introduce reported speech without quotation marks. */
    final Set<String> speechVerbs = new HashSet<>();
    /** Reporting verbs' forms in -s that are never nouns ("argues"): verb-only-forms.txt. */
    final Set<String> verbOnlyForms;
    final Set<String> titles;
    /** Honorific to gender: 'm', 'f' or 'x'. */
    final Map<String, Character> honorifics;
    /** Pronoun (lower case) to what it refers to: 'm', 'f', 'o', 'p'. */
    final Map<String, Character> pronouns;
    /** Common first name to the gender it usually signals: 'm' or 'f'. */
    final Map<String, Character> firstNames;
    /** {@link #firstNames} without the names common for both genders ("Terry m?"): a gender sure enough to keep "Ms.
     * Roe" apart from "Terry Roe". */
    final Map<String, Character> surelyGendered;
    final Set<String> organisationWords;
    /** Last words of the names of streets and places ("Queen Street", "Harbour Square"): place-words.txt. */
    final Set<String> placeWords;
    /** Verbs whose object is shown or heard speaking ("the video showed Jane Roe telling"): showing-verbs.txt. */
    final Set<String> showingVerbs;
    /** Nouns a business may go by ("the airline") and the last words of businesses' names ("Inc."). */
    final Set<String> businessWords;
    /** Nouns any body may go by ("the company", "the agency"): they point back to any organisation. */
    final Set<String> bodyWords;
    final Set<String> notNames;
    final Set<String> particles;
    final Set<String> elisions;
    final Set<String> skipWords;
    final List<String> linkLabels;
    final Set<String> speechNouns;
    final Set<String> documentNouns;
    /** Nouns for a group that speak as a plural without -s ("police said"). */
    final Set<String> collectiveNouns;
    /** Texts that speak for whoever issued them ("X said in a statement ... the statement said"). */
    final Set<String> authoredTexts;
    final Set<String> determiners;
    final Set<String> personNouns;
    /** Person nouns whose "of" phrase belongs to the description ("a member of the public"). */
    final Set<String> vaguePersonNouns;
    /** Possessive pronouns and what they refer to (as in {@code pronouns}). */
    final Map<String, Character> possessives;
    /** Nouns that tell the gender of the name after them ("his wife, Jane Roe"). */
    final Map<String, Character> genderedNouns;
    /** Words before a quotation that name a term or a title, not anyone's words ("known as", "the word"). */
    final List<String> termIntroducers;
    /** Nouns for works with a title ("memoir", "video"): a quotation right after one is the title. */
    final Set<String> workNouns;
    /** Short words written in lower case inside a title in title case ("with", "from"). */
    final Set<String> titleSmallWords;
    /** Prepositions and conjunctions of four letters or more ("from", "until"). */
    final Set<String> prepositions;
    /** Closed-class words and common adverbs, with the prepositions, lower-case (for {@link TagRepair}). */
    final Set<String> functionWords;
    /** Abbreviations written with a final period ("Ariz.", "Sen.", "Jr."), case-sensitive (for {@link TagRepair}). */
    final Set<String> abbreviations;
    /** Words that open an aside of examples ("including", "such as"): no title. */
    final Set<String> exampleOpeners;
    /** Verbs of what a speaker would not say ("declined to elaborate", "did not name"), lower case. */
    final Set<String> withheldVerbs;
    /** Verbs of a writer's remark with "no" ("offered no evidence"), lower case. */
    final Set<String> withoutVerbs;

    private Lexicons() {
        for (String line : Lexicon.lines("extract/reporting-verbs.txt")) {
            String[] words = line.split("\\s+");
            boolean speech = words[0].startsWith("+");
            String lemma = speech ? words[0].substring(1) : words[0];
            if (speech) {
                speechVerbs.add(lemma);
            }
            verbs.put(lemma, lemma);
            for (int i = 1; i < words.length; i++) {
                verbs.put(words[i].toLowerCase(Locale.ROOT), lemma);
            }
        }
        verbOnlyForms = lower(Lexicon.lines("extract/verb-only-forms.txt"));
        titles = Set.copyOf(Lexicon.lines("extract/titles.txt"));
        honorifics = letters("extract/honorifics.txt");
        pronouns = letters("extract/pronouns.txt");
        firstNames = letters("extract/first-names.txt");
        Map<String, Character> sure = new HashMap<>();
        for (String line : Lexicon.lines("extract/first-names.txt")) {
            String[] w = line.split("\\s+");
            if (!w[1].endsWith("?")) {
                sure.put(w[0], w[1].charAt(0));
            }
        }
        surelyGendered = Map.copyOf(sure);
        organisationWords = Set.copyOf(Lexicon.lines("extract/organisation-words.txt"));
        placeWords = Set.copyOf(Lexicon.lines("extract/place-words.txt"));
        showingVerbs = Set.copyOf(Lexicon.lines("extract/showing-verbs.txt"));
        List<Set<String>> business = marked("extract/business-words.txt");
        businessWords = business.get(0);
        bodyWords = business.get(1);
        notNames = Set.copyOf(Lexicon.lines("extract/not-names.txt"));
        particles = Set.copyOf(Lexicon.lines("extract/name-particles.txt"));
        elisions = lower(Lexicon.lines("extract/elisions.txt"));
        skipWords = lower(Lexicon.lines("extract/skip-words.txt"));
        linkLabels = Lexicon.lines("extract/link-labels.txt");
        speechNouns = Set.copyOf(Lexicon.lines("extract/speech-nouns.txt"));
        documentNouns = lower(Lexicon.lines("extract/document-nouns.txt"));
        collectiveNouns = lower(Lexicon.lines("extract/collective-nouns.txt"));
        authoredTexts = lower(Lexicon.lines("extract/authored-texts.txt"));
        genderedNouns = letters("extract/gendered-nouns.txt");
        possessives = letters("extract/possessives.txt");
        personNouns = lower(Lexicon.lines("extract/person-nouns.txt"));
        determiners = lower(Lexicon.lines("extract/description-determiners.txt"));
        vaguePersonNouns = lower(Lexicon.lines("extract/vague-person-nouns.txt"));
        termIntroducers = List.copyOf(Lexicon.lines("extract/term-introducers.txt"));
        workNouns = lower(Lexicon.lines("extract/work-nouns.txt"));
        titleSmallWords = lower(Lexicon.lines("extract/title-small-words.txt"));
        prepositions = lower(Lexicon.lines("extract/prepositions.txt"));
        Set<String> closed = new HashSet<>(lower(Lexicon.lines("extract/function-words.txt")));
        closed.addAll(prepositions);
        functionWords = Set.copyOf(closed);
        Set<String> abbr = new HashSet<>(Lexicon.lines("text/abbreviations.txt"));
        abbr.addAll(Lexicon.lines("text/title-abbreviations.txt"));
        abbr.addAll(Lexicon.lines("extract/name-suffixes.txt"));
        abbreviations = Set.copyOf(abbr);
        exampleOpeners = lower(Lexicon.lines("extract/example-openers.txt"));
        List<Set<String>> withholding = marked("extract/withholding-words.txt");
        withheldVerbs = withholding.get(0);
        withoutVerbs = withholding.get(1);
    }

    /** A word list in lower case, split in two: the words as listed, and those marked with a leading '>'. */
    private static List<Set<String>> marked(String resource) {
        Set<String> plain = new HashSet<>();
        Set<String> marked = new HashSet<>();
        for (String line : Lexicon.lines(resource)) {
            String w = line.toLowerCase(Locale.ROOT);
            (w.startsWith(">") ? marked : plain).add(w.startsWith(">") ? w.substring(1) : w);
        }
        return List.of(Set.copyOf(plain), Set.copyOf(marked));
    }

    /** A list of "word letter" lines as a map from each word to its one-letter class. */
    private static Map<String, Character> letters(String resource) {
        Map<String, Character> out = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] w = line.split("\\s+");
            out.put(w[0], w[1].charAt(0));
        }
        return Map.copyOf(out);
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static final class Holder {
        static final Lexicons STANDARD = new Lexicons();
    }

    static Lexicons standard() {
        return Holder.STANDARD;
    }

    /** True for a noun that describes a person who may speak ("spokesperson", "protesters"). */
    boolean personNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int hyphen = w.lastIndexOf('-');
        if (hyphen > 0 && hyphen < w.length() - 1) {
            // "front-runner", "co-founder": the word after the hyphen
            w = w.substring(hyphen + 1);
        }
        return personNouns.contains(w) || WordShapes.isAge(w, false, true) || w.endsWith("s") && personNouns.contains(w.substring(0, w.length() - 1))
                || w.endsWith("es") && personNouns.contains(w.substring(0, w.length() - 2))
                // ("authorities", "deputies": the plural of a noun in -y)
                || w.endsWith("ies") && personNouns.contains(w.substring(0, w.length() - 3) + "y");
    }

    /** True for a person noun so vague that its "of" phrase is part of the description ("member"). */
    boolean vaguePersonNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return vaguePersonNouns.contains(w) || w.endsWith("s") && vaguePersonNouns.contains(w.substring(0, w.length() - 1));
    }

    /** The lemma of a reporting verb form, or null. */
    String verb(String word) {
        return verbs.get(word.toLowerCase(Locale.ROOT));
    }
}

package news.parallax.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.text.Lexicon;

/**
 * How check-worthy a sentence is: the probability, by a logistic model over a few named, readable
 * features (figures, dates, names, past-tense actions, comparisons against opinion, hedges, first and
 * second person, questions, length), that it states a fact worth checking. The features' word lists
 * and the weights are resource files under {@code news/parallax/claims/}; the weights were fitted on
 * ClaimBuster training sentences by {@code scripts/TrainClaims.java} (see docs/claims.md).
 * Thread-safe.
 */
public final class CheckWorthiness {

    /** The features, in the order of the weights file. */
    static final List<String> FEATURES = List.of(
            "length", "short", "number", "numbers", "digits", "quantity", "date", "proper", "properRatio",
            "past", "pastCount", "perfect", "event", "reporting", "actorAndAction", "ownRecord", "discourse", "comparative", "domain", "thirdPerson",
            "opinion", "hedge", "modal", "negation", "firstSingular", "firstPlural", "second",
            "question", "courtesy", "exclamation", "verbless", "pronounRatio", "adjRatio", "nounRatio");

    private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
    private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> THIRD = Set.of("he", "she", "they", "him", "her", "them", "his",
            "their", "its");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nobody", "nothing",
            "none", "neither", "nor");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "\u2019ve", "'s", "\u2019s",
            "'d", "\u2019d", "having");

    /** Words whose kinds are kept ({@link #kinds}). */
    static final int WORDS = 100_000;
    private static final int DIGIT = 1;
    private static final int QUANTITY = 1 << 1;
    private static final int DATE = 1 << 2;
    private static final int PAST = 1 << 3;
    private static final int HAS = 1 << 4;
    private static final int EVENT = 1 << 5;
    private static final int REPORTING = 1 << 6;
    private static final int COMPARATIVE = 1 << 7;
    private static final int GRADED = 1 << 8;
    private static final int DOMAIN = 1 << 9;
    private static final int OPINION = 1 << 10;
    private static final int HEDGE = 1 << 11;
    private static final int MODAL = 1 << 12;
    private static final int GONNA = 1 << 13;
    private static final int NEGATIVE = 1 << 14;
    private static final int COURTESY = 1 << 15;
    private static final int FIRST_SINGULAR_WORD = 1 << 16;
    private static final int FIRST_PLURAL_WORD = 1 << 17;
    private static final int SECOND_WORD = 1 << 18;
    private static final int THIRD_WORD = 1 << 19;
    private static final int DISCOURSE = 1 << 20;

    private static final CheckWorthiness STANDARD = new CheckWorthiness(PosTagger.standard(),
            Weights.read("claims/weights.tsv"));

    private final PosTagger tagger;
    private final Weights weights;
    private final Set<String> opinion = words("claims/opinion.txt");
    private final Set<String> hedges = words("claims/hedges.txt");
    private final Set<String> quantities = words("claims/quantities.txt");
    private final Set<String> dates = words("claims/dates.txt");
    private final Set<String> comparatives = words("claims/comparatives.txt");
    private final Set<String> notComparatives = words("claims/not-comparatives.txt");
    private final Set<String> courtesy = words("claims/courtesy.txt");
    private final Set<String> pastIrregular = words("claims/past-irregular.txt");
    private final Set<String> notPast = words("claims/not-past.txt");
    private final Set<String> eventVerbs = words("claims/event-verbs.txt");
    private final Set<String> reporting = words("claims/reporting.txt");
    private final Set<String> discourse = words("claims/discourse.txt");
    private final Set<String> domain = words("claims/domain.txt");
    private final Set<String> modals = words("claims/modals.txt");
    private final Map<String, Integer> kinds = new ConcurrentHashMap<>(1 << 12);

    private CheckWorthiness(PosTagger tagger, Weights weights) {
        this.tagger = tagger;
        this.weights = weights;
    }

    /** The scorer with the tagger, word lists and weights shipped in the jar. */
    public static CheckWorthiness standard() {
        return STANDARD;
    }

    /** How check-worthy {@code sentence} is, in 0..1. */
    public double score(String sentence) {
        return weights.probability(values(tagger.tag(sentence), sentence));
    }

    /** The score at and above which a sentence counts as check-worthy (a claim). */
    public double threshold() {
        return weights.threshold();
    }

    /** Whether {@code sentence} scores at least {@link #threshold()}. */
    public boolean isCheckWorthy(String sentence) {
        return score(sentence) >= threshold();
    }

    /**
     * The feature values of {@code sentence} (each in 0..1), in {@link #FEATURES} order: what the score
     * is computed from, for explanation and for fitting the weights.
     */
    public Map<String, Double> features(String sentence) {
        double[] v = values(tagger.tag(sentence), sentence);
        Map<String, Double> f = new LinkedHashMap<>();
        for (int k = 0; k < v.length; k++) {
            f.put(FEATURES.get(k), v[k]);
        }
        return Collections.unmodifiableMap(f);
    }

    /** The feature values of a tagged sentence, in {@link #FEATURES} order. */
    private double[] values(PosTagger.Tagged t, String sentence) {
        int words = 0;
        int numbers = 0;
        boolean digits = false;
        int proper = 0;
        int past = 0;
        int pronouns = 0;
        int adjectives = 0;
        int nouns = 0;
        int opinions = 0;
        int domains = 0;
        boolean event = false;
        boolean reports = false;
        boolean quantity = false;
        boolean date = false;
        boolean perfect = false;
        boolean comparative = false;
        boolean hedge = false;
        boolean modal = false;
        boolean negation = false;
        boolean verb = false;
        boolean courteous = false;
        boolean i = false;
        boolean we = false;
        boolean you = false;
        boolean third = false;
        // what each word is (its lower-case form in the word lists ...), looked up once per word
        int before1 = 0;
        int before2 = 0;
        for (int k = 0; k < t.size(); k++) {
            int w = kinds(t.word(k));
            String tag = t.tag(k);
            if (!tag.equals("PUNCT") && !tag.equals("SYM")) {
                words++;
            }
            boolean hasDigit = (w & DIGIT) != 0;
            boolean figure = tag.equals("NUM") || hasDigit;
            numbers += figure ? 1 : 0;
            digits |= hasDigit;
            quantity |= (w & QUANTITY) != 0;
            date |= (w & DATE) != 0;
            proper += tag.equals("PROPN") ? 1 : 0;
            boolean isVerb = tag.equals("VERB") || tag.equals("AUX");
            verb |= isVerb;
            boolean pastForm = isVerb && (w & PAST) != 0;
            past += pastForm ? 1 : 0;
            // a perfect: a form of "have" followed, within two words, by a past participle
            if (pastForm && ((k >= 1 && (before1 & HAS) != 0) || (k >= 2 && (before2 & HAS) != 0))) {
                perfect = true;
            }
            event |= isVerb && (w & EVENT) != 0;
            reports |= (w & REPORTING) != 0;
            comparative |= (w & COMPARATIVE) != 0 || ((w & GRADED) != 0 && (tag.equals("ADJ") || tag.equals("ADV")));
            domains += (w & DOMAIN) != 0 ? 1 : 0;
            opinions += (w & OPINION) != 0 ? 1 : 0;
            hedge |= (w & HEDGE) != 0;
            modal |= (w & MODAL) != 0 && (tag.equals("AUX") || (w & GONNA) != 0);
            negation |= (w & NEGATIVE) != 0;
            courteous |= (w & COURTESY) != 0;
            i |= (w & FIRST_SINGULAR_WORD) != 0 && tag.equals("PRON");
            we |= (w & FIRST_PLURAL_WORD) != 0;
            you |= (w & SECOND_WORD) != 0;
            third |= (w & THIRD_WORD) != 0;
            pronouns += tag.equals("PRON") ? 1 : 0;
            adjectives += tag.equals("ADJ") ? 1 : 0;
            nouns += tag.equals("NOUN") ? 1 : 0;
            before2 = before1;
            before1 = w;
        }
        double n = Math.max(words, 1);
        return new double[] {
            Math.min(words, 40) / 40.0, // length
            flag(words < 7), // short
            flag(numbers > 0), // number
            Math.min(numbers, 4) / 4.0, // numbers
            flag(digits), // digits
            flag(quantity), // quantity
            flag(date), // date
            Math.min(proper, 4) / 4.0, // proper
            proper / n, // properRatio
            flag(past > 0), // past
            Math.min(past, 3) / 3.0, // pastCount
            flag(perfect), // perfect
            flag(event), // event
            flag(reports), // reporting
            // a named actor and a past action together: "the Senate passed ...", "Smith voted ..."
            flag(proper > 0 && past > 0), // actorAndAction
            // a speaker's own record: "we cut taxes", "I voted against it"
            flag((i || we) && past > 0), // ownRecord
            flag(t.size() > 0 && (kinds(t.word(0)) & DISCOURSE) != 0), // discourse
            flag(comparative), // comparative
            Math.min(domains, 3) / 3.0, // domain
            flag(third), // thirdPerson
            Math.min(opinions, 2) / 2.0, // opinion
            flag(hedge), // hedge
            flag(modal), // modal
            flag(negation), // negation
            flag(i), // firstSingular
            flag(we), // firstPlural
            flag(you), // second
            flag(isQuestion(sentence)), // question
            flag(courteous), // courtesy
            flag(sentence.indexOf('!') >= 0), // exclamation
            flag(!verb), // verbless
            pronouns / n, // pronounRatio
            adjectives / n, // adjRatio
            nouns / n, // nounRatio
        };
    }

    /**
     * What {@code word} is, as bits ({@link #DIGIT} ...): the tests the rules make of its lower-case form,
     * none of which depends on its tag or its neighbours, so they are made once per word (the first
     * {@value #WORDS}, for all threads).
     */
    private int kinds(String word) {
        Integer known = kinds.get(word);
        if (known != null) {
            return known;
        }
        String w = word.toLowerCase(Locale.ROOT);
        int k = 0;
        k |= WordShapes.hasDigit(w) ? DIGIT : 0;
        k |= quantities.contains(w) ? QUANTITY : 0;
        k |= dates.contains(w) || WordShapes.isYear(w) ? DATE : 0;
        k |= isPast(w) ? PAST : 0;
        k |= HAVE.contains(w) ? HAS : 0;
        k |= isEventVerb(w) ? EVENT : 0;
        k |= reporting.contains(w) ? REPORTING : 0;
        k |= comparatives.contains(w) ? COMPARATIVE : 0;
        k |= isGraded(w) ? GRADED : 0;
        k |= domain.contains(w) ? DOMAIN : 0;
        k |= opinion.contains(w) ? OPINION : 0;
        k |= hedges.contains(w) ? HEDGE : 0;
        k |= modals.contains(w) ? MODAL : 0;
        k |= w.equals("gonna") ? GONNA : 0;
        k |= NEGATION.contains(w) ? NEGATIVE : 0;
        k |= courtesy.contains(w) ? COURTESY : 0;
        k |= FIRST_SINGULAR.contains(w) ? FIRST_SINGULAR_WORD : 0;
        k |= FIRST_PLURAL.contains(w) ? FIRST_PLURAL_WORD : 0;
        k |= SECOND.contains(w) ? SECOND_WORD : 0;
        k |= THIRD.contains(w) ? THIRD_WORD : 0;
        k |= discourse.contains(w) ? DISCOURSE : 0;
        if (kinds.size() < WORDS) {
            kinds.putIfAbsent(word, k);
        }
        return k;
    }

    private boolean isPast(String w) {
        // regular past forms end in -ed ("voted", "agreed"); "need", "exceed" and the like do not count
        return pastIrregular.contains(w) || (w.length() > 4 && w.endsWith("ed") && !notPast.contains(w));
    }

    private boolean isEventVerb(String w) {
        // the base form, or the base form plus -s, -es, -d, -ed, -ing (with a dropped final e)
        for (String suffix : List.of("", "s", "es", "d", "ed", "ing")) {
            if (w.endsWith(suffix)) {
                String stem = w.substring(0, w.length() - suffix.length());
                if (eventVerbs.contains(stem) || (suffix.equals("ing") && eventVerbs.contains(stem + "e"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isGraded(String w) {
        // "-er"/"-est" adjectives and adverbs (the tag is tested by the caller): "higher", "largest"; not
        // "other", "former"
        return w.length() > 4 && (w.endsWith("er") || w.endsWith("est")) && !notComparatives.contains(w);
    }

    /** Whether the sentence ends with a question mark, closing quotation marks and brackets aside. */
    static boolean isQuestion(String sentence) {
        int e = sentence.length();
        while (e > 0 && (Character.isWhitespace(sentence.charAt(e - 1))
                || "\"'\u201d\u2019)]".indexOf(sentence.charAt(e - 1)) >= 0)) {
            e--;
        }
        return e > 0 && sentence.charAt(e - 1) == '?';
    }

    private static double flag(boolean b) {
        return b ? 1.0 : 0.0;
    }

    private static Set<String> words(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : Lexicon.lines(resource)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}

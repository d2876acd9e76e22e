package news.parallax.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
        return weights.probability(features(sentence));
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
        return measure(tagger.tag(sentence), sentence);
    }

    private Map<String, Double> measure(PosTagger.Tagged t, String sentence) {
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
        for (int k = 0; k < t.size(); k++) {
            String w = t.word(k).toLowerCase(Locale.ROOT);
            String tag = t.tag(k);
            if (!tag.equals("PUNCT") && !tag.equals("SYM")) {
                words++;
            }
            boolean hasDigit = WordShapes.hasDigit(w);
            boolean figure = tag.equals("NUM") || hasDigit;
            numbers += figure ? 1 : 0;
            digits |= hasDigit;
            quantity |= quantities.contains(w);
            date |= dates.contains(w) || WordShapes.isYear(w);
            proper += tag.equals("PROPN") ? 1 : 0;
            boolean isVerb = tag.equals("VERB") || tag.equals("AUX");
            verb |= isVerb;
            boolean pastForm = isVerb && isPast(w);
            past += pastForm ? 1 : 0;
            // a perfect: a form of "have" followed, within two words, by a past participle
            if (pastForm && (HAVE.contains(prev(t, k, 1)) || HAVE.contains(prev(t, k, 2)))) {
                perfect = true;
            }
            event |= isVerb && isEventVerb(w);
            reports |= reporting.contains(w);
            comparative |= comparatives.contains(w) || isGradedAdjective(w, tag);
            domains += domain.contains(w) ? 1 : 0;
            opinions += opinion.contains(w) ? 1 : 0;
            hedge |= hedges.contains(w);
            modal |= modals.contains(w) && (tag.equals("AUX") || w.equals("gonna"));
            negation |= NEGATION.contains(w);
            courteous |= courtesy.contains(w);
            i |= FIRST_SINGULAR.contains(w) && tag.equals("PRON");
            we |= FIRST_PLURAL.contains(w);
            you |= SECOND.contains(w);
            third |= THIRD.contains(w);
            pronouns += tag.equals("PRON") ? 1 : 0;
            adjectives += tag.equals("ADJ") ? 1 : 0;
            nouns += tag.equals("NOUN") ? 1 : 0;
        }
        double n = Math.max(words, 1);
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("length", Math.min(words, 40) / 40.0);
        f.put("short", flag(words < 7));
        f.put("number", flag(numbers > 0));
        f.put("numbers", Math.min(numbers, 4) / 4.0);
        f.put("digits", flag(digits));
        f.put("quantity", flag(quantity));
        f.put("date", flag(date));
        f.put("proper", Math.min(proper, 4) / 4.0);
        f.put("properRatio", proper / n);
        f.put("past", flag(past > 0));
        f.put("pastCount", Math.min(past, 3) / 3.0);
        f.put("perfect", flag(perfect));
        f.put("event", flag(event));
        f.put("reporting", flag(reports));
        // a named actor and a past action together: "the Senate passed ...", "Smith voted ..."
        f.put("actorAndAction", flag(proper > 0 && past > 0));
        // a speaker's own record: "we cut taxes", "I voted against it"
        f.put("ownRecord", flag((i || we) && past > 0));
        f.put("discourse", flag(t.size() > 0 && discourse.contains(t.word(0).toLowerCase(Locale.ROOT))));
        f.put("comparative", flag(comparative));
        f.put("domain", Math.min(domains, 3) / 3.0);
        f.put("thirdPerson", flag(third));
        f.put("opinion", Math.min(opinions, 2) / 2.0);
        f.put("hedge", flag(hedge));
        f.put("modal", flag(modal));
        f.put("negation", flag(negation));
        f.put("firstSingular", flag(i));
        f.put("firstPlural", flag(we));
        f.put("second", flag(you));
        f.put("question", flag(isQuestion(sentence)));
        f.put("courtesy", flag(courteous));
        f.put("exclamation", flag(sentence.indexOf('!') >= 0));
        f.put("verbless", flag(!verb));
        f.put("pronounRatio", pronouns / n);
        f.put("adjRatio", adjectives / n);
        f.put("nounRatio", nouns / n);
        return Collections.unmodifiableMap(f);
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

    private boolean isGradedAdjective(String w, String tag) {
        // "-er"/"-est" adjectives and adverbs: "higher", "largest"; not "other", "former"
        return (tag.equals("ADJ") || tag.equals("ADV")) && w.length() > 4
                && (w.endsWith("er") || w.endsWith("est")) && !notComparatives.contains(w);
    }

    private static String prev(PosTagger.Tagged t, int k, int back) {
        return k - back >= 0 ? t.word(k - back).toLowerCase(Locale.ROOT) : "";
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

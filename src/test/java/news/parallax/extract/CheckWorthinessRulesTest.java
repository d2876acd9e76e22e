package news.parallax.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import news.parallax.ingest.StoryReader;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.model.Story;
import news.parallax.text.Lexicon;
import news.parallax.text.Sentence;
import news.parallax.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * The check-worthiness features, found with each word's kinds looked up once and the score summed from an
 * array, equal those of the rules written word by word (set look-ups of every lower-cased word, a map of
 * named values): the same values, and the same score to the last bit, on the seed sentences and on
 * random sentences of the word lists' own words, in any case, with digits, marks and odd characters.
 */
class CheckWorthinessRulesTest {

    private static final CheckWorthiness SCORER = CheckWorthiness.standard();
    private static final Reference REFERENCE = new Reference();

    @Test
    void theSeedSentencesHaveTheFeaturesAndScoresOfTheWordByWordRules() throws Exception {
        Story story = StoryReader.standard().readStory(Path.of("seeds"));
        int checked = 0;
        for (Source source : story.sources()) {
            for (Block block : source.blocks()) {
                for (Sentence s : SentenceSplitter.standard().split(source.text(), block.start(), block.end())) {
                    String sentence = s.textIn(source.text());
                    assertSame(sentence);
                    // and its parts from or to each space, as clauses are scored alone
                    for (int at = sentence.indexOf(' '); at >= 0; at = sentence.indexOf(' ', at + 1)) {
                        assertSame(sentence.substring(0, at));
                        assertSame(sentence.substring(at + 1));
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void randomSentencesOfListedWordsHaveTheFeaturesAndScoresOfTheWordByWordRules() {
        List<String> vocabulary = new ArrayList<>();
        for (String list : List.of("opinion", "hedges", "quantities", "dates", "comparatives", "not-comparatives",
                "courtesy", "past-irregular", "not-past", "event-verbs", "reporting", "discourse", "domain", "modals")) {
            vocabulary.addAll(Lexicon.lines("claims/" + list + ".txt"));
        }
        vocabulary.addAll(List.of("I", "me", "we", "Us", "you", "YOUR", "he", "she", "they", "its", "not", "n't",
                "never", "has", "have", "'ve", "\u2019ve", "'s", "\u2019s", "'d", "having", "voted", "agreed", "need",
                "exceeded", "higher", "largest", "other", "former", "gonna", "will", "can", "1990s", "2019", "1599",
                "3,000", "$1.5", "4%", "42", "built", "builds", "building", "closes", "closing", "Senate", "Ohio",
                "\u0130stanbul", "STRASSE", "stra\u00dfe", "\u00c9t\u00e9", "x\u0085y", "a\u2028b", "\ud83d\ude00",
                "?", "!", ".", ",", ";", "\u201c", "\u201d", "\"", "'", ")", "]", "-", "U.S."));
        Random random = new Random(7);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(30);
            for (int k = 0; k < words; k++) {
                String w = vocabulary.get(random.nextInt(vocabulary.size()));
                w = switch (random.nextInt(4)) {
                    case 0 -> w.toUpperCase(Locale.ROOT);
                    case 1 -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
                    default -> w;
                };
                b.append(w).append(random.nextInt(6) == 0 ? "" : " ");
            }
            assertSame(b.toString());
        }
    }

    private static void assertSame(String sentence) {
        PosTagger.Tagged t = PosTagger.standard().tag(sentence);
        Map<String, Double> expected = REFERENCE.features(t, sentence);
        assertThat(SCORER.features(sentence)).as(sentence).containsExactlyEntriesOf(expected);
        assertThat(Double.doubleToRawLongBits(SCORER.score(sentence))).as(sentence)
                .isEqualTo(Double.doubleToRawLongBits(REFERENCE.weights.probability(expected)));
    }

    /** The rules as they were written: every word lower-cased and looked up in each list, a map of values. */
    private static final class Reference {
        private static final Set<String> FIRST_SINGULAR = Set.of("i", "me", "my", "mine", "myself");
        private static final Set<String> FIRST_PLURAL = Set.of("we", "us", "our", "ours", "ourselves");
        private static final Set<String> SECOND = Set.of("you", "your", "yours", "yourself", "yourselves");
        private static final Set<String> THIRD = Set.of("he", "she", "they", "him", "her", "them", "his",
                "their", "its");
        private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no", "nobody", "nothing",
                "none", "neither", "nor");
        private static final Set<String> HAVE = Set.of("has", "have", "had", "'ve", "\u2019ve", "'s", "\u2019s",
                "'d", "\u2019d", "having");

        final Weights weights = Weights.read("claims/weights.tsv");
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

        Map<String, Double> features(PosTagger.Tagged t, String sentence) {
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
                boolean hasDigit = w.matches(".*\\d.*");
                boolean figure = tag.equals("NUM") || hasDigit;
                numbers += figure ? 1 : 0;
                digits |= hasDigit;
                quantity |= quantities.contains(w);
                date |= dates.contains(w) || w.matches("(?:1[6-9]|20)\\d\\d(?:s)?");
                proper += tag.equals("PROPN") ? 1 : 0;
                boolean isVerb = tag.equals("VERB") || tag.equals("AUX");
                verb |= isVerb;
                boolean pastForm = isVerb && isPast(w);
                past += pastForm ? 1 : 0;
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
            f.put("actorAndAction", flag(proper > 0 && past > 0));
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
            f.put("question", flag(CheckWorthiness.isQuestion(sentence)));
            f.put("courtesy", flag(courteous));
            f.put("exclamation", flag(sentence.indexOf('!') >= 0));
            f.put("verbless", flag(!verb));
            f.put("pronounRatio", pronouns / n);
            f.put("adjRatio", adjectives / n);
            f.put("nounRatio", nouns / n);
            return Collections.unmodifiableMap(f);
        }

        private boolean isPast(String w) {
            return pastIrregular.contains(w) || (w.length() > 4 && w.endsWith("ed") && !notPast.contains(w));
        }

        private boolean isEventVerb(String w) {
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
            return (tag.equals("ADJ") || tag.equals("ADV")) && w.length() > 4
                    && (w.endsWith("er") || w.endsWith("est")) && !notComparatives.contains(w);
        }

        private static String prev(PosTagger.Tagged t, int k, int back) {
            return k - back >= 0 ? t.word(k - back).toLowerCase(Locale.ROOT) : "";
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
}

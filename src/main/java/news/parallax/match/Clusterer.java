package news.parallax.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import news.parallax.model.Cluster;
import news.parallax.model.Extraction;
import news.parallax.extract.SpeakerNames;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;
import news.parallax.text.Spaces;

/**
 * Clusters one story's statements.
 *
 * <ol>
 * <li>Every statement is analysed with the story's acronyms and indexed; its BM25 neighbours are its
 * candidates ({@value #CANDIDATES} at most).
 * <li>A candidate pair is a link when: both are quotes and the shorter one's words appear in the
 * longer one in order ({@value #CONTAINED} of them at least; a partial quote joins the quote it comes
 * from); or their similarity reaches the threshold (quotes with other words, claims, a claim that
 * paraphrases a quote).
 * <li>Links are taken strongest first (containment before similarity, then by score, then by statement
 * order). Two groups join when they share no source (one outlet's statements are not joined to each
 * other), except when an outlet repeats itself word for word (its statements in the two groups are one
 * inside the other, or both pieces of one quote another outlet prints whole), and
 * when the average link between their members reaches half the threshold (no long chains; along a
 * containment link {@value #CONTAINED_MIN_AVERAGE} is enough).
 * <li>Every statement left alone is a cluster of its own (an exclusive).
 * </ol>
 */
final class Clusterer {

    static final int CANDIDATES = 25;
    static final double CONTAINED = 0.9;
    /** The average link a group needs to join along a containment link (a quote inside another). */
    static final double CONTAINED_MIN_AVERAGE = 0.15;
    private static final int MIN_CONTAINED_WORDS = 2;
    /** The share of words that makes two statements of one outlet a repetition, from {@value #NEAR_REPEAT_WORDS} words. */
    static final double NEAR_REPEAT = 0.75;
    static final int NEAR_REPEAT_WORDS = 4;
    /** The words two quotes must have in common, at the end of one and the start of the other, for one to continue the other. */
    static final int CONTINUED_WORDS = 5;
    /** The words from which two outlets' quotes of one speaker may be one quote printed a word or two apart ({@link Links#nearCopy}). */
    static final int NEAR_COPY_WORDS = 6;
    /** The smallest number that is a quantity for {@link Links#sharedQuantities}. */
    static final double QUANTITY = 1000;
    /** The phrases ({@link Similarity#anchorPhrases}) two statements that share a quantity need to be linked. */
    static final int QUANTITY_PHRASES = 2;
    /** The phrases ({@link Similarity#anchorPhrases}) two outlets' statements of one named speaker need to be linked ({@link Links#oneSpeaker}). */
    static final int SPEAKER_PHRASES = 2;
    /** The phrases two statements that share a figure in a phrase of their own need to be linked ({@link Links#sharedFigures}). */
    static final int FIGURE_PHRASES = 2;
    /** The most statements of a story a phrase may be found in to be one fact's own ({@link Links#ownPhrase}). */
    static final int OWN_PHRASE_STATEMENTS = 2;

    /** The most statements of a story a phrase may be found in for an anchored link to rest on it ({@link Links#subjectOnly}). */
    static final int SUBJECT_STATEMENTS = 4;

    /** Whether an analysed number term is a year: four digits, 1900 to 2100. */
    static boolean year(String n) {
        return n.length() == 4 && n.chars().allMatch(Character::isDigit) && n.compareTo("1900") >= 0
                && n.compareTo("2100") <= 0;
    }

    /** Whether an analysed number term is a quantity: {@value #QUANTITY} or more, and not a year. */
    static boolean quantity(String n) {
        double v;
        try {
            v = Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return false;
        }
        boolean year = n.length() == 4 && v >= 1900 && v <= 2100;
        return v >= QUANTITY && !year;
    }

    /** The weight of the link of a claim and the quote its sentence holds, as a share of the threshold: taken last. */
    static final double HOLDS_WEIGHT = 0.99;
    /** The words from which a quote inside another may be spread out in it ({@link Links#compact}). */
    static final int COMPACT_WORDS = 4;
    /** The words under which a quote is a fragment the similarity alone joins with care ({@link Links#looseFragment}). */
    static final int FRAGMENT_WORDS = 3;

    private final Similarity similarity;
    private final double threshold;

    Clusterer(Similarity similarity, double threshold) {
        this.similarity = similarity;
        this.threshold = threshold;
    }

    List<Cluster> cluster(Story story, Extraction extraction) {
        List<Statement> st = extraction.statements();
        if (st.isEmpty()) {
            return List.of();
        }
        Acronyms acronyms = Acronyms.in(story.sources().stream().map(Source::text).toList());
        NewsAnalyzer analyzer = new NewsAnalyzer(acronyms);
        List<String> texts = st.stream().map(Statement::text).toList();
        List<Terms> terms = texts.stream().map(t -> Terms.of(t, analyzer)).toList();
        // without acronyms the analyzer is the search index's: the story's search entries reuse these terms
        SearchTerms.analysed(texts, terms, acronyms.isEmpty());
        Links links = new Links(st, terms, persons(st, extraction.speakers()),
                speaksFor(extraction.speakers(), story.sources().stream().map(Source::text).toList()), analyzer);
        links.surnames(surnames(st, extraction.speakers()), story.sources());
        List<Link> candidates = new ArrayList<>();
        try (StatementIndex index = StatementIndex.of(terms)) {
            PairSet seen = new PairSet();
            for (int i = 0; i < st.size(); i++) {
                links.load(i);
                for (int j : index.candidates(terms.get(i), CANDIDATES)) {
                    int a = Math.min(i, j);
                    int b = Math.max(i, j);
                    if (a != b && seen.add((long) a * st.size() + b)) {
                        links.link(a, b).ifPresent(candidates::add);
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Link l) -> -l.weight()).thenComparingInt(Link::a)
                .thenComparingInt(Link::b));
        Groups groups = new Groups(st);
        for (Link l : candidates) {
            // a quote found word for word in another joins with a lower bar: its words are the evidence
            groups.join(l, links, l.weight() > 1 ? Math.min(threshold / 2, CONTAINED_MIN_AVERAGE) : threshold / 2,
                    threshold / 2);
        }
        return clusters(st, groups.members());
    }

    /**
     * Per statement, the id of the person it is credited to when that person is named (not described:
     * {@link SpeakerNames#named}), or of the named organisation a quote is credited to (its words are the
     * organisation's: a senator's quote and a research office's quote that share a figure are two voices); null
     * for a statement of no speaker, a claim of an organisation, or a description.
     */
    static String[] persons(List<Statement> st, List<Speaker> speakers) {
        Speaker[] of = speakersOf(st, speakers);
        String[] out = new String[st.size()];
        for (int i = 0; i < out.length; i++) {
            Speaker s = of[i];
            boolean quote = st.get(i).kind() == Statement.Kind.QUOTE;
            out[i] = s != null && (s.kind() == Speaker.Kind.PERSON || quote)
                    && SpeakerNames.named(s.name()) ? s.id() : null;
        }
        return out;
    }

    /**
     * Per statement, the surname (the last word of the name, not "Jr.") of the named person ({@link Speaker.Kind#PERSON},
     * {@link SpeakerNames#named}) it is credited to; null for none.
     */
    static String[] surnames(List<Statement> st, List<Speaker> speakers) {
        Speaker[] of = speakersOf(st, speakers);
        String[] out = new String[st.size()];
        for (int i = 0; i < out.length; i++) {
            Speaker s = of[i];
            if (s == null || s.kind() != Speaker.Kind.PERSON || !SpeakerNames.named(s.name())) {
                continue;
            }
            String[] w = s.name().trim().split("\\s+");
            int k = w.length - 1;
            while (k > 0 && NAME_SUFFIXES.contains(w[k].replace(".", "").replace(",", ""))) {
                k--;
            }
            String last = edges(w[k]);
            // a surname has a capital at each of its parts ("Ocasio-Cortez"; not "Democratic-leaning", a description)
            out[i] = last.isEmpty() || !SURNAME.matcher(last).matches() ? null : last;
        }
        return out;
    }

    /** Per statement, the speaker it is credited to; null for none. */
    private static Speaker[] speakersOf(List<Statement> st, List<Speaker> speakers) {
        Map<String, Speaker> byId = new HashMap<>();
        speakers.forEach(s -> byId.put(s.id(), s));
        Speaker[] out = new Speaker[st.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = st.get(i).speaker().map(byId::get).orElse(null);
        }
        return out;
    }

    /** A surname: a capital at each of its parts ("Ocasio-Cortez"). */
    private static final Pattern SURNAME = Pattern.compile("\\p{Lu}[\\p{L}'\u2019]*(?:-\\p{Lu}[\\p{L}'\u2019]*)*");

    /** Roles of one who speaks for another ("lawyer", "spokeswoman"), from {@code agent-roles.txt}. */
    private static final Set<String> AGENT_ROLES = Set.copyOf(Lexicons.lines("agent-roles.txt"));
    /** Words after a name that are no surname ("Jr."). */
    private static final Set<String> NAME_SUFFIXES = Set.of("Jr", "Sr", "II", "III", "IV");
    /** Anything but letters and apostrophes at the end of a word. */
    private static final Pattern TRAILING = Pattern.compile("[^\\p{L}'\u2019]+$");
    /** Words of a time phrase ("last week", "Monday night"): shared by two claims, they say nothing of what happened. */
    private static final List<String> TIME_WORDS = List.of("last", "next", "past", "earlier", "later", "today",
            "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year");
    /** The claims under this many words that may not be joined through names and a time phrase only ({@link Links#namesOnly}). */
    static final int SHORT_CLAIM_WORDS = 8;

    /** A word that negates what follows it in its clause ("not", "never", "didn't"; {@link Similarity#negated}). */
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|no|never|nor|none|nothing|neither|without|cannot)\\b|\\b\\p{L}+n['\u2019]t\\b");
    /**
     * Where a negation's scope ends: a comma, semicolon, colon, question or exclamation mark before a space, a dash,
     * or a full stop before a space after two small letters (not "U.S." nor "Robert S."); not a bracket ("to beat
     * [him] up").
     */
    private static final Pattern SCOPE_END = Pattern.compile("[,;:!?](?=\\s)|(?<=\\p{Ll}\\p{Ll})\\.(?=\\s)|[\u2013\u2014]|\\s-\\s");
    /** The terms a name may stand from the word two claims share for {@link Links#rolesSwapped}. */
    static final int ROLE_TERMS = 4;
    /**
     * The shared terms a negation must be about for two statements to disagree ({@link Links#negatedApart}): one
     * shared word is often another thing ("no increase in troops" / "increased access to the islands").
     */
    static final int NEGATED_SHARED = 2;
    /** "No." or "No" before a figure: a number, not a negation ("the No. 2 job"). */
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?i)no\\.?\\s*\\d");

    /**
     * The terms a negation of {@code text} is about: those from each negating word to the end of its clause
     * ({@link #SCOPE_END}: a comma, a dash, a full stop...): "he had not served overseas" negates "served overseas"; "a long war that may not be
     * won" negates "won", not "war" (invented). "No." before a figure is no negation.
     */
    static Set<String> negationScope(String text, NewsAnalyzer analyzer) {
        Set<String> out = new TreeSet<>();
        negations(text, analyzer).forEach(out::addAll);
        return out;
    }

    /** Per negation of {@code text}, the terms it is about, in order ({@link #negationScope}); the first is what it negates. */
    static List<List<String>> negations(String text, NewsAnalyzer analyzer) {
        List<List<String>> out = new ArrayList<>();
        java.util.regex.Matcher m = NEGATION.matcher(text);
        while (m.find()) {
            if (NUMBER_SIGN.matcher(text).region(m.start(), text.length()).lookingAt()) {
                continue;
            }
            java.util.regex.Matcher e = SCOPE_END.matcher(text);
            int end = e.find(m.end()) ? e.end() : text.length();
            List<String> terms = Terms.of(text.substring(m.end(), end), analyzer).terms();
            if (!terms.isEmpty()) {
                out.add(terms);
            }
        }
        return out;
    }

    /** The score from which two outlets' statements that share a name and words of their own are linked ({@link Links#restated}). */
    static final double RESTATED_MIN_SCORE = 0.2;
    /** The words of the two alone two outlets' statements must share for {@link Links#restated}. */
    static final int RESTATED_WORDS = 2;
    /** The most statements of the story a word of {@link Links#restated} may be in: the two alone. */
    static final int RESTATED_STATEMENTS = 2;

    /** The score from which two outlets' leads that share a phrase of their own are linked ({@link #leads}). */
    static final double LEAD_MIN_SCORE = 0.15;

    /**
     * Per statement, whether it is the first claim of its source (by its start): the sentence an outlet leads with,
     * the news of the story as it tells it. Two outlets' leads that share a phrase no third statement of the story
     * has ({@link Links#ownPhrase}: "resigned from the board" / "is resigning from the board", invented) and score
     * {@value #LEAD_MIN_SCORE} or more report the same news in their own words.
     */
    static boolean[] leads(List<Statement> st) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < st.size(); i++) {
            Statement s = st.get(i);
            if (s.kind() == Statement.Kind.CLAIM) {
                first.merge(s.source(), i, (x, y) -> st.get(y).start() < st.get(x).start() ? y : x);
            }
        }
        boolean[] out = new boolean[st.size()];
        first.values().forEach(i -> out[i] = true);
        return out;
    }

    /** A day of the week, written as a name ("Sunday", "Thursday's"; not "Sundays"). */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b");

    /** The days of the week a statement names ({@link #WEEKDAY}). */
    static Set<String> weekdays(String text) {
        Set<String> out = new TreeSet<>();
        if (!mayNameWeekday(text)) {
            return out;
        }
        java.util.regex.Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
    /** The beginnings of the days' names in {@link #WEEKDAY}. */
    private static final String[] WEEKDAY_STEMS = {"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"};

    /**
     * False when {@link #WEEKDAY} cannot match {@code text}: no "day" in it follows one of the days' stems. Most
     * statements; a plain scan, where the regex tries its word boundary at every character.
     */
    static boolean mayNameWeekday(String text) {
        for (int d = text.indexOf("day", 3); d >= 0; d = text.indexOf("day", d + 1)) {
            for (String stem : WEEKDAY_STEMS) {
                if (d >= stem.length() && text.startsWith(stem, d - stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }
    /** A title or an initial, which ends no clause: "Ms.", "Dr.", "J.". */
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{0,2}\\.");
    /**
     * The words both statements need for a person and the one who speaks for him to be one voice: a short
     * quote of each ("no excuses" / "That's not an excuse") shares a word, not a fact.
     */
    static final int AGENT_MIN_WORDS = 6;
    /** The words between a role and the agent's surname ("lawyer, Jane Roe"), and around "for". */
    private static final int AGENT_WORDS = 3;

    /**
     * The pairs of named people (ids, {@link #pairKey}) of whom one speaks for the other, as a source says it
     * in so many words: "Doe's lawyer, Jane Roe", "Doe's attorney Jane Roe", "Jane Roe, Doe's spokeswoman,",
     * "a lawyer for John Doe, Jane Roe" (a role of {@code agent-roles.txt}, in lower case, next to the two
     * surnames). A lawyer restating his client's statement says the same thing, not a second one.
     */
    static Set<String> speaksFor(List<Speaker> speakers, List<String> texts) {
        Map<String, List<String>> bySurname = new HashMap<>();
        Map<String, Set<String>> titleWords = new HashMap<>();
        for (Speaker s : speakers) {
            if (s.kind() == Speaker.Kind.PERSON && SpeakerNames.named(s.name())) {
                String surname = surname(s.name());
                if (surname != null) {
                    bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(s.id());
                }
                Set<String> words = new TreeSet<>();
                s.titles().forEach(t -> Arrays.stream(Spaces.split(t)).map(Clusterer::bare).forEach(words::add));
                titleWords.put(s.id(), words);
            }
        }
        Set<String> out = new TreeSet<>();
        if (bySurname.size() < 2) {
            return out;
        }
        for (String text : texts) {
            String[] w = Spaces.split(text);
            for (int i = 0; i < w.length; i++) {
                // a role is written in lower case: most words are passed over on their first letter
                if (w[i].isEmpty() || !Character.isLowerCase(w[i].charAt(0)) || !AGENT_ROLES.contains(bare(w[i]))) {
                    continue;
                }
                List<String> principals = new ArrayList<>();
                List<String> agents = new ArrayList<>();
                List<String> before = new ArrayList<>();
                // "Doe's lawyer", "Doe's longtime lawyer": the principal just before
                for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
                    if (possessive(w[k])) {
                        principals.addAll(bySurname.getOrDefault(bare(w[k]), List.of()));
                        // "Jane Roe, Doe's lawyer,": the agent just before, ending with a comma
                        if (k > 0 && w[k - 1].endsWith(",")) {
                            before.addAll(bySurname.getOrDefault(bare(w[k - 1]), List.of()));
                        }
                        break;
                    }
                    if (ends(w[k])) {
                        break;
                    }
                }
                int after = i + 1;
                // "a lawyer for John Doe, Jane Roe": the principal after "for", up to a comma
                if (principals.isEmpty() && !ends(w[i]) && after < w.length && w[after].equals("for")) {
                    for (int k = after + 1; k < Math.min(w.length, after + 1 + AGENT_WORDS); k++) {
                        if (ends(w[k]) && !w[k].endsWith(",")) {
                            break;
                        }
                        List<String> ids = bySurname.get(bare(w[k]));
                        if (ids != null) {
                            principals.addAll(ids);
                            after = k + 1;
                            break;
                        }
                    }
                    if (principals.isEmpty()) {
                        continue;
                    }
                }
                // the agent's name right after the role (or the principal): "lawyer, Jane Roe," or "attorney Jane Roe said"
                if (!(ends(w[after - 1]) && !w[after - 1].endsWith(","))) {
                    for (int k = after; k < Math.min(w.length, after + AGENT_WORDS); k++) {
                        List<String> ids = bySurname.get(bare(w[k]));
                        if (ids != null) {
                            // not someone named with his own office ("lawyer, Rep. Jane Roe": the letter's recipient)
                            for (String id : ids) {
                                if (Arrays.stream(w, after, k).map(Clusterer::bare)
                                        .noneMatch(titleWords.getOrDefault(id, Set.of())::contains)) {
                                    agents.add(id);
                                }
                            }
                            break;
                        }
                        if (ends(w[k]) || bare(w[k]).isEmpty() || !Character.isUpperCase(bare(w[k]).charAt(0))) {
                            break; // only the words of a name come between: "attorney Jane Roe"
                        }
                    }
                }
                // "Jane Roe, Doe's lawyer,": only when no name follows the role
                for (String p : principals) {
                    for (String a : agents.isEmpty() ? before : agents) {
                        if (!p.equals(a)) {
                            out.add(pairKey(p, a));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** One key for two speaker ids, in either order. */
    static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    // the last word of a name that is not a suffix ("Jr."), without its punctuation; null when none
    private static String surname(String name) {
        String[] w = Spaces.split(name.strip());
        for (int k = w.length - 1; k >= 0; k--) {
            String b = bare(w[k]);
            if (!b.isEmpty() && !NAME_SUFFIXES.contains(b)) {
                return b;
            }
        }
        return null;
    }

    // a word without its possessive ending and the punctuation around it
    private static String bare(String word) {
        String w = edges(word);
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w;
    }

    /**
     * {@code word} without the non-letters at its start and end (a letter: a code point of {@code \p{L}},
     * {@link Character#isLetter(int)}): what the regex {@code ^[^\p{L}]+|[^\p{L}]+$} replaced by "" gives,
     * without a matcher per word (this runs for every lower-case word of every article: {@link #speaksFor}).
     */
    static String edges(String word) {
        int n = word.length();
        int start = 0;
        while (start < n) {
            int cp = word.codePointAt(start);
            if (Character.isLetter(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        int end = n;
        while (end > start) {
            int cp = word.codePointBefore(end);
            if (Character.isLetter(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return word.substring(start, end);
    }

    private static boolean possessive(String word) {
        String w = TRAILING.matcher(word).replaceAll("");
        return w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019");
    }

    // whether a word ends a clause (a comma, a full stop, a colon...); a title or an initial ("Ms.", "J.") does not
    private static boolean ends(String word) {
        return !word.isEmpty() && ",.;:!?\"\u201d)".indexOf(word.charAt(word.length() - 1)) >= 0
                && !ABBREVIATION.matcher(word).matches();
    }

    /** {@link Links#continues} on the two quotes' words (lower case, no punctuation: {@link Terms#words}). */
    static boolean continues(List<String> wa, List<String> wb) {
        return tailOpens(wa, wb) || tailOpens(wb, wa);
    }

    // whether the last CONTINUED_WORDS or more words of x are the first of y (after at most one word), y going on
    // after them and x having begun before them
    private static boolean tailOpens(List<String> x, List<String> y) {
        for (int skip = 0; skip <= 1; skip++) {
            for (int k = Math.min(x.size() - 1, y.size() - skip - 1); k >= CONTINUED_WORDS; k--) {
                if (x.subList(x.size() - k, x.size()).equals(y.subList(skip, skip + k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link Links#compact} on the two quotes' words (lower case, no punctuation: {@link Terms#words}). */
    static boolean compact(List<String> x, List<String> y) {
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        int n = shorter.size();
        if (n >= COMPACT_WORDS || n == 0) {
            return true;
        }
        int most = n + n / 3;
        for (int i = 0; i + n <= longer.size(); i++) {
            if (!longer.get(i).equals(shorter.get(0))) {
                continue;
            }
            int k = 1;
            for (int j = i + 1; k < n && j < longer.size() && j - i < most; j++) {
                if (longer.get(j).equals(shorter.get(k))) {
                    k++;
                }
            }
            if (k == n) {
                return true;
            }
        }
        return false;
    }

    /** A set of pairs of statements, each as a non-negative long (an open-addressing table). Not thread-safe. */
    static final class PairSet {
        private long[] keys = new long[1024];
        private int size;

        PairSet() {
            Arrays.fill(keys, -1);
        }

        /** Adds {@code key} (not negative); false when it was there already. */
        boolean add(long key) {
            int mask = keys.length - 1;
            int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
            while (keys[slot] != -1) {
                if (keys[slot] == key) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                grow();
            }
            return true;
        }

        private void grow() {
            long[] old = keys;
            keys = new long[old.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (long k : old) {
                if (k != -1) {
                    add(k);
                }
            }
        }
    }

    /** A candidate link; weight above 1 for containment. */
    record Link(int a, int b, double weight, boolean repetition) {}

    /** Scores of statement pairs, computed once. */
    final class Links {
        private final List<Statement> st;
        private final List<Terms> terms;
        /** Per statement, the named person (or, for a quote, organisation) it is credited to, or null ({@link #persons}). */
        private final String[] persons;
        /** The pairs of named people of whom one speaks for the other ({@link #speaksFor}). */
        private final Set<String> agents;
        /** Each statement's features, computed once (not once per pair). */
        private final List<Similarity.Profile> profiles;
        private final Map<Long, Double> cache = new HashMap<>();
        /** The words each statement could align with each other's; null for a story too large for one. */
        private final AlignableIndex alignable;
        /** One statement's profile spread out, to find its candidates' cheap features by look-ups. */
        private final Similarity.Scratch scratch;
        private int loaded = -1;
        /** Per statement, the days of the week it names ({@link Clusterer#weekdays}). */
        private final List<Set<String>> days;
        /** The terms of {@link #TIME_WORDS}. */
        private final Set<String> timeTerms;
        /** Per phrase key hash ({@link Similarity.Anchor#keyHash}), the statements of the story that have it; made on first use. */
        private Map<Integer, Integer> phraseCounts;
        /** Per term, the statements of the story that have it ({@link #restated}); made on first use. */
        private Map<String, Integer> termCounts;
        /** The same, counting only the statements that are no lead ({@link #leadPhrase}); made on first use. */
        private Map<Integer, Integer> leadPhraseCounts;
        /** Per statement, the surname of the named person it is credited to, or null ({@link Clusterer#surnames}). */
        private String[] surnames;
        /** Per source id, its text. */
        private final Map<String, String> texts = new HashMap<>();
        /**
         * Per source id and surname, whether the source's text has the surname as a word ({@link #unnamed}): found
         * once per source and surname, not once per pair of statements.
         */
        private final Map<String, Boolean> named = new HashMap<>();
        /** Per statement, whether it is the first claim of its source (the lead: {@link Clusterer#leads}). */
        private final boolean[] lead;
        /** The story's analyzer (for the scope of a statement's negations). */
        private final NewsAnalyzer analyzer;
        /** Per statement with a negation, the terms it negates ({@link Clusterer#negationScope}); made on first use. */
        private final Map<Integer, List<List<String>>> scopes = new HashMap<>();

        Links(List<Statement> st, List<Terms> terms, String[] persons, Set<String> agents, NewsAnalyzer analyzer) {
            this.st = st;
            this.terms = terms;
            this.persons = persons.clone();
            this.agents = Set.copyOf(agents);
            int words = 0;
            for (Terms t : terms) {
                words += t.words().size();
            }
            Similarity.Numbering numbering = new Similarity.Numbering(words);
            this.profiles = terms.stream().map(t -> similarity.profile(t, numbering)).toList();
            this.alignable = AlignableIndex.of(profiles);
            this.scratch = new Similarity.Scratch(numbering);
            this.days = st.stream().map(s -> weekdays(s.text())).toList();
            this.timeTerms = Terms.of(String.join(" ", TIME_WORDS), analyzer).termSet();
            this.analyzer = analyzer;
            this.lead = leads(st);
        }

        /** Makes statement {@code i} the one whose links are looked for next (it is in each pair {@link #link} gets). */
        void load(int i) {
            scratch.load(profiles.get(i));
            loaded = i;
        }

        // the other statement of a pair, when the loaded one is in it; else -1
        private int other(int a, int b) {
            return a == loaded ? b : b == loaded ? a : -1;
        }

        /** The link between statements a and b, if they may go in one cluster. */
        Optional<Link> link(int a, int b) {
            Statement x = st.get(a);
            Statement y = st.get(b);
            int other = other(a, b);
            double c = other < 0 ? containment(a, b) : containment(a, b, scratch.lcs(profiles.get(other)));
            boolean sameSource = x.source().equals(y.source());
            boolean quotes = x.kind() == Statement.Kind.QUOTE && y.kind() == Statement.Kind.QUOTE;
            boolean sameKind = x.kind() == y.kind();
            if (c >= CONTAINED && (quotes || sameSource && sameKind) && compact(a, b) && !otherVoice(a, b)
                    && !unnamed(a, b)) {
                // longer shared runs of words first, so a long quote finds its match before a fragment
                int words = Math.min(terms.get(a).words().size(), terms.get(b).words().size());
                return Optional.of(new Link(a, b, 1 + c + Math.min(words, 100) / 1000.0, sameSource));
            }
            if (nearCopy(a, b, c)) {
                // one speaker's quote as two outlets print it, a word apart: as good as found word for word
                int words = Math.min(terms.get(a).words().size(), terms.get(b).words().size());
                return Optional.of(new Link(a, b, 1 + c + Math.min(words, 100) / 1000.0, false));
            }
            if (sameSource && Groups.holds(x, y)) {
                // a claim whose sentence holds the outlet's quote: one statement, said twice; taken after every
                // link between outlets, so that a claim holding a few quoted words joins the fact it reports first
                return Optional.of(new Link(a, b, HOLDS_WEIGHT * threshold, true));
            }
            if (sameSource) {
                return Optional.empty(); // one outlet's statements are linked only by containment
            }
            if (creditedApart(a, b, c) || looseFragment(a, b) || otherDays(a, b) || namesOnly(a, b)
                    || negatedApart(a, b) || rolesSwapped(a, b)) {
                return Optional.empty();
            }
            int most = alignable == null ? -1 : Math.min(alignable.alignable(a, b), alignable.alignable(b, a));
            double[] cheap = other < 0 ? Similarity.features(profiles.get(a), profiles.get(b), false)
                    : scratch.features(profiles.get(other));
            Set<String> quantities = sharedQuantities(a, b);
            boolean speaker = oneSpeaker(a, b);
            boolean leads = lead[a] && lead[b];
            if (similarity.mayReach(profiles.get(a), profiles.get(b), threshold, most, cheap)) {
                double s = strength(a, b, quotes, c, cheap);
                if (s >= threshold && !subjectOnly(a, b, s)) {
                    return Optional.of(new Link(a, b, s, false));
                }
            } else if (quantities.isEmpty() && !speaker && !leads && (quotes || terms.get(a).numbers().isEmpty())
                    && !restated(a, b)) {
                return Optional.empty(); // surely below the threshold, and no rule below can apply: not scored
            }
            // two outlets' opening sentences that share a phrase of their own: the news both lead with
            if (leads && strength(a, b, quotes, c, cheap) >= LEAD_MIN_SCORE
                    && profiles.get(a).anchor().shared(profiles.get(b).anchor()) >= 1 && leadPhrase(a, b)) {
                return Optional.of(new Link(a, b, threshold, false));
            }
            // one fact in each outlet's words: a name and words no other statement of the story has
            if (restated(a, b) && strength(a, b, quotes, c, cheap) >= RESTATED_MIN_SCORE) {
                return Optional.of(new Link(a, b, threshold, false));
            }
            // the rules below need two shared phrases: most pairs are ruled out by the phrase keys alone
            if (ScoreBound.mostPhrases(profiles.get(a).phraseKeys, profiles.get(b).phraseKeys)
                    < Math.min(QUANTITY_PHRASES, Math.min(FIGURE_PHRASES, SPEAKER_PHRASES))) {
                return Optional.empty();
            }
            // one quantity in a phrase both have ("raised $25,000 for", "repaid about $40,000") and a second phrase:
            // one fact in each outlet's words
            if (!quantities.isEmpty() && quantityPhrases(a, b, quantities)) {
                return Optional.of(new Link(a, b, threshold, false));
            }
            // a figure in a phrase of the two alone ("the 12 jurors") and a second phrase: one fact
            Set<String> figures = quotes ? Set.of() : sharedFigures(a, b);
            if (!figures.isEmpty() && profiles.get(a).anchor().shared(profiles.get(b).anchor()) >= FIGURE_PHRASES
                    && ownPhrase(a, b, figures)) {
                return Optional.of(new Link(a, b, threshold, false));
            }
            // one person's statement as two outlets report it, with two phrases in common
            return speaker && profiles.get(a).anchor().shared(profiles.get(b).anchor()) >= SPEAKER_PHRASES
                    && ownPhrase(a, b, Set.of()) ? Optional.of(new Link(a, b, threshold, false)) : Optional.empty();
        }

        /**
         * Whether statements a and b share a phrase that at most {@value #OWN_PHRASE_STATEMENTS} statements of the
         * story have, holding one of {@code figures} when some are given (else not of names): the fact's own words
         * ("plead not guilty", "seek re-election", "12 jurors"), not the story's subject ("the ferry strike",
         * "issue subpoenas"), which many of its statements repeat. A phrase with a term said in passing on either
         * side ({@link Terms#aside}: ", where a ferry sank ...") is the place or person described, not the fact.
         */
        boolean ownPhrase(int a, int b, Set<String> figures) {
            if (phraseCounts == null) {
                phraseCounts = new HashMap<>();
                for (Similarity.Profile p : profiles) {
                    Arrays.stream(p.phraseHashes()).distinct().forEach(h -> phraseCounts.merge(h, 1, Integer::sum));
                }
            }
            return ownPhrase(a, b, figures, phraseCounts);
        }

        /**
         * Whether two outlets' leads a and b ({@link Clusterer#leads}) share a phrase, not of names nor said in passing,
         * that at most {@value #OWN_PHRASE_STATEMENTS} statements of the story besides its leads have: the news the
         * outlets lead with ("resigned from the board" in each lead), not the story's subject, which its other
         * statements repeat.
         */
        boolean leadPhrase(int a, int b) {
            if (leadPhraseCounts == null) {
                leadPhraseCounts = new HashMap<>();
                for (int i = 0; i < profiles.size(); i++) {
                    if (!lead[i]) {
                        Arrays.stream(profiles.get(i).phraseHashes()).distinct()
                                .forEach(h -> leadPhraseCounts.merge(h, 1, Integer::sum));
                    }
                }
            }
            return ownPhrase(a, b, Set.of(), leadPhraseCounts);
        }

        /**
         * Whether statements a and b of two outlets, not both quotes nor either a quote under {@value #COMPACT_WORDS}
         * words, share a name and {@value #RESTATED_WORDS} words or more (terms not of names, numbers, time phrases nor
         * function words, neither said in passing on either side) that no other statement of the story has: "Roe's aide
         * kept a ledger of the tolls in a shoebox" / "investigators found the ledger in a shoebox in the office of an
         * aide to Roe" (invented) report one fact in two outlets' words. The words of
         * the two alone are what the fact adds to the story's subject, which its other statements repeat.
         */
        boolean restated(int a, int b) {
            if (st.get(a).kind() == Statement.Kind.QUOTE && st.get(b).kind() == Statement.Kind.QUOTE
                    || shortQuote(a) || shortQuote(b) || st.get(a).source().equals(st.get(b).source())) {
                return false;
            }
            Terms x = terms.get(a);
            Terms y = terms.get(b);
            if (java.util.Collections.disjoint(x.names(), y.names())) {
                return false;
            }
            if (termCounts == null) {
                termCounts = new HashMap<>();
                for (Terms t : terms) {
                    t.termSet().forEach(w -> termCounts.merge(w, 1, Integer::sum));
                }
            }
            Set<String> shared = x.termSet();
            shared.retainAll(y.termSet());
            shared.removeAll(x.names());
            shared.removeAll(y.names());
            shared.removeAll(x.numbers());
            shared.removeAll(timeTerms);
            shared.removeAll(Similarity.phraseStops());
            shared.removeIf(w -> termCounts.get(w) > RESTATED_STATEMENTS);
            if (shared.size() < RESTATED_WORDS) {
                return false;
            }
            shared.removeAll(inPassing(a));
            shared.removeAll(inPassing(b));
            return shared.size() >= RESTATED_WORDS;
        }

        /**
         * Whether statements a and b, of score s, are joined by the phrase anchor alone (the logistic function under
         * the threshold) through phrases the story repeats: none of their shared phrases, not of names nor said in
         * passing, is found in {@value #SUBJECT_STATEMENTS} statements of the story or fewer. "used a private email
         * account" is the subject of a story about one; two facts that mention it are two facts (invented shape).
         */
        boolean subjectOnly(int a, int b, double s) {
            Similarity.Anchor x = profiles.get(a).anchor();
            Similarity.Anchor y = profiles.get(b).anchor();
            int n = x.shared(y);
            if (n < similarity.anchorPhrases()) {
                return false;
            }
            double anchored = threshold + Similarity.ANCHOR_LEAD
                    * Math.min(Similarity.ANCHOR_LEAD_PHRASES, n - similarity.anchorPhrases());
            if (Math.abs(s - anchored) > 1e-9) {
                return false; // the logistic function's own score
            }
            ownPhrase(a, b, Set.of()); // makes the counts
            return !ownPhrase(a, b, Set.of(), phraseCounts, SUBJECT_STATEMENTS);
        }

        // ownPhrase, with the phrase counts given
        private boolean ownPhrase(int a, int b, Set<String> figures, Map<Integer, Integer> counts) {
            return ownPhrase(a, b, figures, counts, OWN_PHRASE_STATEMENTS);
        }

        // ownPhrase, with the phrase counts and the most statements a phrase may be in given
        private boolean ownPhrase(int a, int b, Set<String> figures, Map<Integer, Integer> counts, int most) {
            Similarity.Anchor x = profiles.get(a).anchor();
            Similarity.Anchor y = profiles.get(b).anchor();
            Set<String> mine = new TreeSet<>();
            Set<String> theirs = new TreeSet<>();
            x.phrases(y, mine, theirs);
            Set<String> passing = inPassing(a);
            passing.addAll(inPassing(b));
            return own(x, mine, passing, figures, counts, most) || own(y, theirs, passing, figures, counts, most);
        }

        // whether a phrase of the anchor with both its terms among the shared ones, neither said in passing, holding
        // one of the figures (when some are given; else not of names), is found in few statements of the story
        private boolean own(Similarity.Anchor anchor, Set<String> shared, Set<String> passing, Set<String> figures,
                Map<Integer, Integer> counts, int most) {
            for (Similarity.Phrase p : anchor.neighbours()) {
                if (shared.contains(p.first()) && shared.contains(p.second())
                        && !passing.contains(p.first()) && !passing.contains(p.second())
                        && (figures.isEmpty() ? !p.names() : figures.contains(p.first()) || figures.contains(p.second()))
                        && counts.getOrDefault(Similarity.Anchor.keyHash(p), 0) <= most) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The numbers statements a and b have in common (after the analyzer: "two" and "2" alike) that are neither a
         * year (four digits, 1900 to 2100) nor a day of the month ("Dec. 27"): a count two outlets report.
         */
        Set<String> sharedFigures(int a, int b) {
            Set<String> out = sharedNumbers(a, b, n -> !year(n));
            if (!out.isEmpty()) {
                Set<String> fa = profiles.get(a).anchor().figures();
                Set<String> fb = profiles.get(b).anchor().figures();
                out.removeIf(n -> fa.contains(Similarity.DATE + n) || fb.contains(Similarity.DATE + n));
            }
            return out;
        }

        // the terms statement i has only in a clause said in passing (Terms#aside: ", where ...", ", who ...")
        private Set<String> inPassing(int i) {
            Terms t = terms.get(i);
            Set<String> aside = new TreeSet<>();
            Set<String> main = new TreeSet<>();
            for (int k = 0; k < t.terms().size(); k++) {
                (t.aside().get(k) ? aside : main).add(t.terms().get(k));
            }
            aside.removeAll(main);
            return aside;
        }

        /**
         * Whether statements a and b, not both quotes, are credited to one named person ({@link #persons}): what
         * two outlets report a person said, or one quotes and the other restates ("he would not run again in
         * 2030" / "Doe said he would not run again in 2030, after ..."; invented). The speaker is the evidence a
         * third shared phrase gives between two writers' sentences: {@value #SPEAKER_PHRASES} phrases are enough.
         */
        boolean oneSpeaker(int a, int b) {
            return persons[a] != null && persons[a].equals(persons[b])
                    && !(st.get(a).kind() == Statement.Kind.QUOTE && st.get(b).kind() == Statement.Kind.QUOTE);
        }

        /**
         * Whether statements a and b, given their {@link #containment} c, are credited to two different
         * named people (or a quote to a named organisation: {@link #persons}) and are not near copies of each other ({@value #NEAR_REPEAT} of the shorter's words
         * in order from {@value #NEAR_REPEAT_WORDS} words, all of them below): then they are two people's statements on
         * one topic, not one statement. The same words credited to two people stay together (a
         * difference of attribution the compare stage reports), and so do a person and the one a source
         * says speaks for him ({@link #speaksFor}: "Doe's lawyer, Jane Roe").
         */
        boolean creditedApart(int a, int b, double c) {
            if (persons[a] == null || persons[b] == null || persons[a].equals(persons[b])) {
                return false;
            }
            int min = Math.min(words(a), words(b));
            if (min >= AGENT_MIN_WORDS && agents.contains(pairKey(persons[a], persons[b]))) {
                return false; // one who speaks for the other (his lawyer, her spokeswoman) restating a fact
            }
            if (min >= NEAR_REPEAT_WORDS) {
                return c < NEAR_REPEAT;
            }
            if (min >= MIN_CONTAINED_WORDS) {
                return c < 1 || !compact(a, b);
            }
            // a quote of one word: only the same word alone is a copy
            return !terms.get(a).words().equals(terms.get(b).words());
        }

        /**
         * Whether quotes a and b of one outlet are credited by it to two different named speakers, the shorter a
         * partial quote of under {@value #COMPACT_WORDS} words: the outlet gives a term one person used ("she
         * will not say "open borders"") and, apart, another person's sentence that uses it too (invented); the
         * term is not a piece of that sentence.
         */
        boolean otherVoice(int a, int b) {
            return st.get(a).source().equals(st.get(b).source()) && st.get(a).kind() == Statement.Kind.QUOTE
                    && st.get(b).kind() == Statement.Kind.QUOTE && persons[a] != null && persons[b] != null
                    && !persons[a].equals(persons[b]) && Math.min(words(a), words(b)) < COMPACT_WORDS;
        }

        /**
         * Whether claims a and b, the shorter under {@value #SHORT_CLAIM_WORDS} words, have no term in common but
         * names, the words of a time phrase and function words ({@link Similarity#phraseStops}): "after talks with Roe last week" / "after hearing from Ms. Roe last
         * week", "After Doe ended his opening remarks" / "Mr. Doe held his ground" (invented) are fragments of two
         * sentences about one person, which the similarity scores high for their few words.
         */
        boolean namesOnly(int a, int b) {
            if (st.get(a).kind() != Statement.Kind.CLAIM || st.get(b).kind() != Statement.Kind.CLAIM
                    || Math.min(words(a), words(b)) >= SHORT_CLAIM_WORDS) {
                return false;
            }
            Set<String> shared = terms.get(a).termSet();
            shared.retainAll(terms.get(b).termSet());
            shared.removeAll(terms.get(a).names());
            shared.removeAll(terms.get(b).names());
            shared.removeAll(timeTerms);
            shared.removeAll(Similarity.phraseStops());
            return shared.isEmpty();
        }

        /**
         * Whether statements a and b, not both quotes, disagree on a negation of what they share: a negation of one
         * ({@link Clusterer#negations}) is about a term both have (the first of its scope) and holds {@value
         * #NEGATED_SHARED} or more of their shared terms (not function words, {@link Similarity#phraseStops}), and no
         * negation of the other holds any: "he had not served overseas" / "he "served overseas"" (invented) report a
         * fact and its denial, however alike their words. A "not" in another clause does not count, nor one about a
         * word the other lacks ("would not budge on the toll plan" / "would keep the toll plan": one fact). A denial
         * inside a negation about a word the other lacks ("does not mention that the plan never passed") disagrees with
         * the denial said plainly ("the plan never passed"): one reports that the other goes unsaid.
         */
        boolean negatedApart(int a, int b) {
            if (st.get(a).kind() == Statement.Kind.QUOTE && st.get(b).kind() == Statement.Kind.QUOTE) {
                return false;
            }
            if (!terms.get(a).negated() && !terms.get(b).negated() || shortQuote(a) || shortQuote(b)) {
                return false;
            }
            Set<String> shared = terms.get(a).termSet();
            shared.retainAll(terms.get(b).termSet());
            shared.removeAll(Similarity.phraseStops());
            return denies(a, shared) && !touches(b, shared) || denies(b, shared) && !touches(a, shared)
                    || framed(a, shared) && denies(b, shared) && !framed(b, shared)
                    || framed(b, shared) && denies(a, shared) && !framed(a, shared);
        }

        // whether statement i holds a denial (as denies finds one) inside a negation of its own about a word the other
        // lacks, in the same clause: "he does not mention that the plan never passed" says the denial goes unsaid,
        // not "the plan never passed"
        private boolean framed(int i, Set<String> shared) {
            List<List<String>> n = negations(i);
            for (int k = 0; k + 1 < n.size(); k++) {
                List<String> outer = n.get(k);
                List<String> inner = n.get(k + 1);
                if (outer.size() > inner.size() && !shared.contains(outer.get(0))
                        && outer.subList(outer.size() - inner.size(), outer.size()).equals(inner)
                        && shared.contains(inner.get(0)) && inner.stream().filter(shared::contains).count() >= NEGATED_SHARED) {
                    return true;
                }
            }
            return false;
        }

        // whether a negation of statement i is about a shared term (the first of its scope) and holds NEGATED_SHARED
        // shared terms: "had not served in the navy" denies "served in the navy"; "would not budge on the plan" does
        // not deny "the plan"
        private boolean denies(int i, Set<String> shared) {
            for (List<String> scope : negations(i)) {
                if (shared.contains(scope.get(0)) && scope.stream().filter(shared::contains).count() >= NEGATED_SHARED) {
                    return true;
                }
            }
            return false;
        }

        // whether a negation of statement i is about any shared term
        private boolean touches(int i, Set<String> shared) {
            for (List<String> scope : negations(i)) {
                if (scope.stream().anyMatch(shared::contains)) {
                    return true;
                }
            }
            return false;
        }

        // whether statement i is a quote of under COMPACT_WORDS words: a few words whose negation, if any, is in the
        // sentence around them ("the letter did not speak for "all the members"", invented)
        private boolean shortQuote(int i) {
            return st.get(i).kind() == Statement.Kind.QUOTE && words(i) < COMPACT_WORDS;
        }

        // the negations of statement i (Clusterer#negations), made once
        private List<List<String>> negations(int i) {
            if (!terms.get(i).negated()) {
                return List.of();
            }
            return scopes.computeIfAbsent(i, k -> Clusterer.negations(st.get(k).text(), analyzer));
        }

        /** Sets, per statement, the surname of the person it is credited to (or null), and the sources' texts. */
        void surnames(String[] surnames, List<Source> sources) {
            this.surnames = surnames.clone();
            sources.forEach(x -> texts.put(x.id(), x.text()));
        }

        /**
         * Whether quotes a and b are of two outlets and the shorter, of under {@value #COMPACT_WORDS} words, is
         * credited to a person whom the longer's outlet never names: "deeply troubled", a chairwoman's words in one
         * outlet, found in a letter of others that another outlet quotes and that never names her (invented), are
         * two people's words, however common. A person the outlet names may be the one it quotes.
         */
        boolean unnamed(int a, int b) {
            int shorter = words(a) <= words(b) ? a : b;
            int longer = shorter == a ? b : a;
            String surname = surnames[shorter];
            if (surname == null || words(shorter) >= COMPACT_WORDS || st.get(a).source().equals(st.get(b).source())
                    || st.get(a).kind() != Statement.Kind.QUOTE || st.get(b).kind() != Statement.Kind.QUOTE) {
                return false;
            }
            String source = st.get(longer).source();
            String text = texts.get(source);
            return text != null && !named.computeIfAbsent(source + '\n' + surname,
                    k -> Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(text).find());
        }

        /**
         * Whether claims a and b put two names they share on either side of a word they share (once in each), each
         * the other way round, within {@value #ROLE_TERMS} terms and neither name on both sides: "Roe lashed out at Doe" / "Doe on Friday lashed out at Jane Roe"
         * (invented) report two people's acts, not one.
         */
        boolean rolesSwapped(int a, int b) {
            if (st.get(a).kind() != Statement.Kind.CLAIM || st.get(b).kind() != Statement.Kind.CLAIM) {
                return false;
            }
            Terms x = terms.get(a);
            Terms y = terms.get(b);
            Set<String> names = new TreeSet<>(x.names());
            names.retainAll(y.names());
            if (names.size() < 2) {
                return false;
            }
            Set<String> words = x.termSet();
            words.retainAll(y.termSet());
            words.removeAll(x.names());
            words.removeAll(y.names());
            words.removeAll(x.numbers());
            words.removeAll(Similarity.phraseStops());
            for (String v : words) {
                int vx = x.terms().indexOf(v);
                int vy = y.terms().indexOf(v);
                if (vx != x.terms().lastIndexOf(v) || vy != y.terms().lastIndexOf(v)) {
                    continue; // a word said twice ("former President ..., former Senator ...") orders nothing
                }
                for (String n : names) {
                    for (String m : names) {
                        if (!n.equals(m) && around(x.terms(), n, vx, m) && around(y.terms(), m, vy, n)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        // whether name `before` is found within ROLE_TERMS terms before position v (and not after it) and name `after`
        // within ROLE_TERMS after it (and not before)
        private static boolean around(List<String> t, String before, int v, String after) {
            return near(t, before, v, -1) && !near(t, before, v, 1) && near(t, after, v, 1) && !near(t, after, v, -1);
        }

        // whether term n is found within ROLE_TERMS terms of position v on one side (-1 before, 1 after)
        private static boolean near(List<String> t, String n, int v, int side) {
            for (int k = 1; k <= ROLE_TERMS; k++) {
                int i = v + side * k;
                if (i >= 0 && i < t.size() && t.get(i).equals(n)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether statements a and b, not both quotes, each name a day of the week and share none: "The two
         * leaders met on Sunday for the first time in weeks" / "Thursday's meeting was the second in a week"
         * (invented) report two events, however alike their words. A quote is left to the speaker's words.
         */
        boolean otherDays(int a, int b) {
            if (st.get(a).kind() == Statement.Kind.QUOTE && st.get(b).kind() == Statement.Kind.QUOTE) {
                return false;
            }
            Set<String> da = days.get(a);
            Set<String> db = days.get(b);
            return !da.isEmpty() && !db.isEmpty() && java.util.Collections.disjoint(da, db);
        }

        /**
         * Whether quotes a and b, of two outlets and credited to one speaker, are one quote printed a word or two
         * apart: {@value #NEAR_REPEAT} of the shorter's words, {@value #NEAR_COPY_WORDS} or more, found in order in
         * the longer (their {@link #containment} c), as for one outlet's repetition. An outlet that drops a word
         * the other prints ("accused of being both the culprits and the victims" / "who are accused of being the
         * culprits and the victims") or writes one preposition for another ("harmful to the spirit of the
         * alliance" / "harmful of the spirit of the alliance") prints the same quote, which the similarity can
         * score low when the longer quote goes on (invented examples).
         */
        boolean nearCopy(int a, int b, double c) {
            if (c < NEAR_REPEAT || c >= 1 || Math.min(words(a), words(b)) < NEAR_COPY_WORDS) {
                return false;
            }
            Statement x = st.get(a);
            Statement y = st.get(b);
            return x.kind() == Statement.Kind.QUOTE && y.kind() == Statement.Kind.QUOTE
                    && !x.source().equals(y.source()) && x.speaker().isPresent() && x.speaker().equals(y.speaker());
        }

        /**
         * Whether the shorter of statements a and b, when it has fewer than {@value #COMPACT_WORDS} words, is
         * found in the longer in order within a stretch of its own words and a third more (two words in a row,
         * three within four): a short partial quote is cut out of the quote it comes from, so "We the voters" is
         * not inside "We fail to show the voters", nor "no deal" inside "there was no secret deal". From four
         * words, a quote printed with a word or a few more in it ("I know you're tired" / "I know you're very,
         * very tired") is still inside: always true.
         */
        boolean compact(int a, int b) {
            return Clusterer.compact(terms.get(a).words(), terms.get(b).words());
        }

        /**
         * Whether one of statements a and b is a quote of fewer than {@value #FRAGMENT_WORDS} words that the
         * similarity alone may not join to the other: only when the other holds each of its words ("hoax" /
         * "It was a hoax"), or is a quote of the same speaker ("no gap" / "There won't be any gap between us").
         * A word or two share a stem with many statements of a story ("reasonable." / "one reason the council
         * found it unacceptable"; an agency's "trade barriers" / a minister's "the right to raise a trade
         * barrier").
         */
        boolean looseFragment(int a, int b) {
            int f = words(a) <= words(b) ? a : b;
            int o = f == a ? b : a;
            if (st.get(f).kind() != Statement.Kind.QUOTE || words(f) >= FRAGMENT_WORDS) {
                return false;
            }
            if (terms.get(o).words().containsAll(terms.get(f).words())) {
                return false;
            }
            Optional<String> sf = st.get(f).speaker();
            return !(st.get(o).kind() == Statement.Kind.QUOTE && sf.isPresent() && sf.equals(st.get(o).speaker()));
        }

        /**
         * The numbers of {@value #QUANTITY} or more statements a and b have in common (after the analyzer:
         * "$4.2 billion" and "4,200,000,000" alike) that is not a year (1900 to 2100 as four digits): a count or
         * a sum that two outlets report is rarely a coincidence, as a date or a small number is.
         */
        Set<String> sharedQuantities(int a, int b) {
            return sharedNumbers(a, b, Clusterer::quantity);
        }

        /** The numbers statements a and b have in common that {@code kind} accepts, in order. */
        private Set<String> sharedNumbers(int a, int b, java.util.function.Predicate<String> kind) {
            Set<String> na = terms.get(a).numbers();
            Set<String> nb = terms.get(b).numbers();
            if (na.isEmpty() || nb.isEmpty()) {
                return Set.of();
            }
            Set<String> out = new TreeSet<>();
            for (String n : na) {
                if (nb.contains(n) && kind.test(n)) {
                    out.add(n);
                }
            }
            return out;
        }

        /**
         * Whether statements a and b share {@value #QUANTITY_PHRASES} phrases or more as the anchor counts them
         * (none when they disagree on a figure or a negation), one of them holding one of their shared
         * quantities: the quantity is part of the fact both report, not a figure one of them mentions in passing.
         */
        boolean quantityPhrases(int a, int b, Set<String> quantities) {
            Similarity.Anchor x = profiles.get(a).anchor();
            Similarity.Anchor y = profiles.get(b).anchor();
            if (x.shared(y) < QUANTITY_PHRASES) {
                return false;
            }
            Set<String> mine = new TreeSet<>();
            x.phrases(y, mine, new TreeSet<>());
            return mine.stream().anyMatch(quantities::contains);
        }

        /** The number of words of statement {@code i}. */
        int words(int i) {
            return terms.get(i).words().size();
        }

        /**
         * Whether quotes a and b are two overlapping stretches of one passage: neither inside the other,
         * and the last words of one (at least {@value #CONTINUED_WORDS}) are the first of the other, which may
         * open with one word more ("But", "And": an outlet that starts the quote a word earlier).
         */
        boolean continues(int a, int b) {
            return Clusterer.continues(terms.get(a).words(), terms.get(b).words());
        }


        /** The share of the shorter statement's words found in order in the longer; 0 below two words. */
        double containment(int a, int b) {
            return containment(a, b, -1);
        }

        // the same, given the longest common subsequence of the two (negative: not known, so computed here)
        private double containment(int a, int b, int lcs) {
            List<String> wa = terms.get(a).words();
            List<String> wb = terms.get(b).words();
            int min = Math.min(wa.size(), wb.size());
            if (min < MIN_CONTAINED_WORDS) {
                return 0;
            }
            return (double) (lcs >= 0 ? lcs : Similarity.lcs(profiles.get(a), profiles.get(b))) / min;
        }

        /**
         * {@link #strength(int, int)}, given whether both are quotes, their {@link #containment} and the features
         * of the two without the alignment (filled in here): the same value, without computing those again.
         */
        private double strength(int a, int b, boolean quotes, double containment, double[] cheap) {
            long key = (long) Math.min(a, b) * st.size() + Math.max(a, b);
            Double known = cache.get(key);
            if (known != null) {
                return known;
            }
            double s = quotes && containment >= CONTAINED && compact(a, b) && !unnamed(a, b)
                    || nearCopy(a, b, containment) ? 1.0
                    : similarity.score(profiles.get(Math.min(a, b)), profiles.get(Math.max(a, b)), cheap);
            cache.put(key, s);
            return s;
        }

        /** How strongly two statements belong together: containment counts as 1, else the similarity. */
        double strength(int a, int b) {
            long key = (long) Math.min(a, b) * st.size() + Math.max(a, b);
            return cache.computeIfAbsent(key, k -> {
                boolean quotes = st.get(a).kind() == Statement.Kind.QUOTE && st.get(b).kind() == Statement.Kind.QUOTE;
                double c = containment(a, b);
                if (quotes && c >= CONTAINED && compact(a, b) && !unnamed(a, b) || nearCopy(a, b, c)) {
                    return 1.0;
                }
                if (!st.get(a).source().equals(st.get(b).source())
                        && (creditedApart(a, b, c) || looseFragment(a, b) || otherDays(a, b) || namesOnly(a, b)
                                || negatedApart(a, b) || rolesSwapped(a, b))) {
                    return 0.0; // two people's statements: no evidence for the group
                }
                return similarity.score(profiles.get(a), profiles.get(b));
            });
        }
    }

    /** Groups of statements being joined (union-find with the members and sources of each group). */
    static final class Groups {
        private final List<Statement> st;
        private final int[] parent;
        private final Map<Integer, List<Integer>> members = new HashMap<>();

        Groups(List<Statement> st) {
            this.st = st;
            this.parent = new int[st.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
                members.put(i, new ArrayList<>(List.of(i)));
            }
        }

        int root(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(Link l, Links links, double minAverage, double bridgeBar) {
            int ra = root(l.a());
            int rb = root(l.b());
            if (ra == rb) {
                return;
            }
            List<Integer> ma = members.get(ra);
            List<Integer> mb = members.get(rb);
            if (l.weight() > 1 && bridges(l, links, bridgeBar)) {
                return;
            }
            Set<String> shared = sources(ma);
            shared.retainAll(sources(mb));
            if (!repeats(ma, mb, shared, links)) {
                return;
            }
            if (ma.size() + mb.size() > 2 && !l.repetition()) {
                double sum = 0;
                for (int x : ma) {
                    for (int y : mb) {
                        sum += links.strength(x, y);
                    }
                }
                if (sum / (ma.size() * mb.size()) < minAverage) {
                    return;
                }
            }
            int keep = Math.min(ra, rb);
            int drop = Math.max(ra, rb);
            parent[drop] = keep;
            members.get(keep).addAll(members.remove(drop));
            members.get(keep).sort(Comparator.naturalOrder());
        }

        /**
         * Whether containment link l would make its shorter end a bridge between two longer quotes that
         * are not alike: the short quote already sits in a group with a quote of twice its words or more,
         * the other end has twice its words or more too, and those two score under {@code bar}. A phrase
         * of a few words found in two different long quotes does not make them one.
         */
        private boolean bridges(Link l, Links links, double bar) {
            int piece = links.words(l.a()) <= links.words(l.b()) ? l.a() : l.b();
            int whole = piece == l.a() ? l.b() : l.a();
            int size = links.words(piece);
            if (links.words(whole) < 2 * size) {
                return false;
            }
            for (int m : members.get(root(piece))) {
                if (m != piece && st.get(m).kind() == Statement.Kind.QUOTE && links.words(m) >= 2 * size
                        && links.strength(m, whole) < bar && !links.continues(m, whole)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * How much of the shorter of one outlet's two statements must be found, in order, in the longer
         * for the two to be a repetition: {@value #CONTAINED}, or {@value #NEAR_REPEAT} when the shorter
         * has {@value #NEAR_REPEAT_WORDS} words or more (a headline and its body printing one quote a
         * word or two apart: "supported" for "support", a starred swear word).
         */
        private static double repeatBar(int x, int y, Links links) {
            return Math.min(links.words(x), links.words(y)) >= NEAR_REPEAT_WORDS ? NEAR_REPEAT : CONTAINED;
        }

        /** Whether each statement of a shared source is, word for word, inside or around the other's. */
        private boolean repeats(List<Integer> ma, List<Integer> mb, Set<String> shared, Links links) {
            for (int x : ma) {
                for (int y : mb) {
                    if (shared.contains(st.get(x).source()) && st.get(x).source().equals(st.get(y).source())
                            && (st.get(x).kind() != st.get(y).kind() ? !holds(st.get(x), st.get(y))
                                            && !holdsPartOf(x, y, ma, mb, links)
                                    : links.containment(x, y) < repeatBar(x, y, links))
                            && !fragments(x, y, ma, mb, links)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether, of a claim and a quote of one source (x and y, either way round), the claim holds a quote of
         * the two groups that is found word for word in the other quote: the outlet's sentence quotes a piece
         * of the outlet's own longer quote ("she would "reopen the old harbour"" and the whole statement
         * that holds those words).
         */
        private boolean holdsPartOf(int x, int y, List<Integer> ma, List<Integer> mb, Links links) {
            int claim = st.get(x).kind() == Statement.Kind.CLAIM ? x : y;
            int quote = claim == x ? y : x;
            for (List<Integer> m : List.of(ma, mb)) {
                for (int q : m) {
                    if (q != quote && st.get(q).kind() == Statement.Kind.QUOTE && holds(st.get(claim), st.get(q))
                            && links.words(q) <= links.words(quote) && links.containment(q, quote) >= CONTAINED) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether one of two statements of one source is a claim whose sentence holds the other, a quote
         * (its span inside the claim's): "He said he would not "give up the fight for the port"" and the quote
         * "give up the fight for the port" are one statement of the outlet, said twice.
         */
        static boolean holds(Statement x, Statement y) {
            Statement claim = x.kind() == Statement.Kind.CLAIM ? x : y;
            Statement quote = claim == x ? y : x;
            return claim.kind() == Statement.Kind.CLAIM && quote.kind() == Statement.Kind.QUOTE
                    && claim.source().equals(quote.source()) && claim.start() <= quote.start() && quote.end() <= claim.end();
        }

        /**
         * Whether quotes x and y of one source are both pieces of one quote another source prints whole,
         * or both hold most of one another source prints (a headline and a body that print it a little apart),
         * or are pieces of one passage with a quote z of another source: each inside z or continuing it
         * ({@link Links#continues}), one at least continuing it (two outlets that cut one passage at different
         * places).
         */
        private boolean fragments(int x, int y, List<Integer> ma, List<Integer> mb, Links links) {
            if (st.get(x).kind() != Statement.Kind.QUOTE || st.get(y).kind() != Statement.Kind.QUOTE) {
                return false;
            }
            for (List<Integer> m : List.of(ma, mb)) {
                for (int z : m) {
                    if (st.get(z).kind() != Statement.Kind.QUOTE || st.get(z).source().equals(st.get(x).source())) {
                        continue;
                    }
                    if (wholeOrMostOf(z, x, y, links)
                            && links.containment(x, z) >= CONTAINED && links.containment(y, z) >= CONTAINED) {
                        return true;
                    }
                    boolean cx = links.continues(x, z);
                    boolean cy = links.continues(y, z);
                    if ((cx || cy) && (cx || inside(x, z, links)) && (cy || inside(y, z, links))) {
                        return true; // pieces of one passage z is part of
                    }
                }
            }
            return false;
        }

        // whether quote x is found in quote z, which is at least as long
        private static boolean inside(int x, int z, Links links) {
            return links.words(x) <= links.words(z) && links.containment(x, z) >= CONTAINED;
        }

        /**
         * Whether quote z, found in both x and y, is longer than each (the whole they are pieces of) or
         * at least half of each (most of what both print). A short fragment inside two long quotes (a
         * two-word phrase one outlet quotes and another's pundit repeats) is no evidence that they are one.
         */
        private static boolean wholeOrMostOf(int z, int x, int y, Links links) {
            int wz = links.words(z);
            int wx = links.words(x);
            int wy = links.words(y);
            return wz > wx && wz > wy || 2 * wz >= wx && 2 * wz >= wy;
        }

        private Set<String> sources(List<Integer> m) {
            Set<String> out = new TreeSet<>();
            m.forEach(i -> out.add(st.get(i).source()));
            return out;
        }

        /** The groups, each a sorted list of statement numbers. */
        List<List<Integer>> members() {
            return members.keySet().stream().sorted().map(members::get).toList();
        }
    }

    /** "k" and the number with three digits at least: k001, k002, ... (as the format "k%03d"). */
    static String id(int n) {
        String digits = Integer.toString(n);
        return digits.length() >= 3 ? "k" + digits : digits.length() == 2 ? "k0" + digits : "k00" + digits;
    }

    /** The clusters, sorted by number of sources (most first), then first statement id; ids k001, k002, ... */
    static List<Cluster> clusters(List<Statement> st, List<List<Integer>> groups) {
        record Draft(List<String> ids, List<String> sources, Cluster.Kind kind, String first) {}
        List<Draft> drafts = new ArrayList<>();
        for (List<Integer> g : groups) {
            // in one pass (no streams): the ids in order, the distinct sources sorted, the kinds, the first id
            String[] ids = new String[g.size()];
            TreeSet<String> sources = new TreeSet<>();
            boolean quotes = true;
            boolean claims = true;
            String first = null;
            for (int k = 0; k < ids.length; k++) {
                Statement s = st.get(g.get(k));
                ids[k] = s.id();
                sources.add(s.source());
                quotes &= s.kind() == Statement.Kind.QUOTE;
                claims &= s.kind() == Statement.Kind.CLAIM;
                first = first == null || ids[k].compareTo(first) < 0 ? ids[k] : first;
            }
            if (first == null) {
                throw new IllegalArgumentException("a group of no statement");
            }
            Cluster.Kind kind = quotes ? Cluster.Kind.QUOTE : claims ? Cluster.Kind.CLAIM : Cluster.Kind.MIXED;
            drafts.add(new Draft(List.of(ids), List.copyOf(sources), kind, first));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> -d.sources().size()).thenComparing(Draft::first));
        List<Cluster> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            out.add(new Cluster(id(i + 1), d.kind(), d.ids(), d.sources(), List.of()));
        }
        return out;
    }
}

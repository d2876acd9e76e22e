package news.parallax.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * The acronyms a story spells out, as expansion -> acronym: "the North Atlantic Treaty Organization
 * (NATO)", "the Irish Republican Army, known as the IRA". An expansion counts only when the initials of
 * its words (hyphenated parts count as words; small function words may be skipped) spell the acronym.
 * Also its variants: an acronym the story spells out and another word in capitals of the story that
 * is the same with one letter more or less ("ABCD" / "ABCDE": one outlet drops a letter) are read as
 * one, the one written more often (then the longer). Immutable.
 */
final class Acronyms {

    private static final Acronyms NONE = new Acronyms(Map.of());
    // an acronym in brackets right after the words it abbreviates
    private static final Pattern BRACKETED = Pattern.compile("\\(\\s*(?:the\\s+)?([A-Z][A-Za-z&]{1,11})\\s*\\)");
    // "..., known as (the) ACR" / "..., or ACR" / "..., also called ACR"
    static final Pattern KNOWN_AS = Pattern.compile(
            ",?\\s+(?:(?:also|commonly|better|widely)\\s+)?(?:known\\s+as|called|or)\\s+(?:the\\s+)?([A-Z][A-Za-z&]{1,11})\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\u2019]*(?:[-\\u2010][\\p{L}\\p{N}][\\p{L}\\p{N}'\\u2019]*)*");
    private static final Set<String> SKIPPABLE = Set.of("of", "the", "and", "for", "on", "in", "to", "at", "de", "&", "a");
    private static final int MAX_WORDS = 12;
    // a word in capitals that may be an acronym (letters only, four at least: shorter ones are too often
    // one letter apart by chance)
    private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{4,12}(?=s?(?![\\p{L}\\p{N}]))");

    private final Map<String, String> expansions;
    private final Map<String, String> variants;
    private final Map<Pattern, String> variantPatterns = new LinkedHashMap<>();
    private final NormalizeCharMap charMap;

    private Acronyms(Map<String, String> expansions) {
        this(expansions, Map.of());
    }

    private Acronyms(Map<String, String> expansions, Map<String, String> variants) {
        this.expansions = Collections.unmodifiableMap(new TreeMap<>(expansions));
        this.variants = Collections.unmodifiableMap(new TreeMap<>(variants));
        // the word itself, not a part of a longer word (a plural "s" may follow)
        this.variants.forEach((v, a) -> variantPatterns.put(
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v) + "(?=s?(?![\\p{L}\\p{N}]))"), a));
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        this.expansions.forEach(b::add);
        this.charMap = b.build();
    }

    /** No acronyms. */
    static Acronyms none() {
        return NONE;
    }

    /** The acronyms spelt out anywhere in {@code texts}. */
    static Acronyms in(Collection<String> texts) {
        Map<String, String> found = new TreeMap<>();
        for (String text : texts) {
            find(text, BRACKETED, found);
            find(text, KNOWN_AS, found);
        }
        if (found.isEmpty()) {
            return NONE; // no acronym, no variants of one
        }
        return new Acronyms(found, variants(texts, new TreeSet<>(found.values())));
    }

    boolean isEmpty() {
        return expansions.isEmpty();
    }

    /** Variant -> the acronym it is read as: words in capitals one letter apart from a spelt-out acronym. */
    Map<String, String> variants() {
        return variants;
    }

    /** Each variant as a pattern that finds it as a word, and the acronym that replaces it. */
    Map<Pattern, String> variantPatterns() {
        return Collections.unmodifiableMap(variantPatterns);
    }

    private static Map<String, String> variants(Collection<String> texts, Set<String> acronyms) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String text : texts) {
            Matcher m = CAPITALS.matcher(text);
            while (m.find()) {
                counts.merge(m.group(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (String a : acronyms) {
            for (String b : counts.keySet()) {
                if (!oneLetterMore(a, b) && !oneLetterMore(b, a)) {
                    continue;
                }
                int ca = counts.getOrDefault(a, 0);
                int cb = counts.get(b);
                boolean keepA = ca != cb ? ca > cb : a.length() > b.length();
                out.putIfAbsent(keepA ? b : a, keepA ? a : b);
            }
        }
        return out;
    }

    /** Whether {@code longer} is {@code shorter} with one letter inserted somewhere. */
    static boolean oneLetterMore(String longer, String shorter) {
        if (longer.length() != shorter.length() + 1 || shorter.length() < 4) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Expansion as written (and in lower case) -> acronym. */
    Map<String, String> expansions() {
        return expansions;
    }

    NormalizeCharMap charMap() {
        return charMap;
    }

    private static void find(String text, Pattern pattern, Map<String, String> found) {
        if (pattern == BRACKETED && text.indexOf('(') < 0) {
            return; // no bracket, nothing to find (the pattern starts with one)
        }
        if (pattern == KNOWN_AS && !mayBeKnownAs(text)) {
            return; // no "known as", "called" or "or" before a capital: the pattern cannot match
        }
        for (MatchResult m : matches(text, pattern)) {
            String acronym = m.group(1);
            String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
            long upper = acronym.chars().filter(Character::isUpperCase).count();
            if (upper < 2 || upper * 2 < letters.length()) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 200), m.start());
            String expansion = expansion(before, letters);
            if (expansion != null) {
                found.putIfAbsent(expansion, acronym);
                found.putIfAbsent(expansion.toLowerCase(Locale.ROOT), acronym);
            }
        }
    }

    /**
     * The matches of {@code pattern} in {@code text}, as {@code Matcher.find} finds them one after another.
     * The pattern is tried only where a match can start (the match at a place is the one a search would find
     * there, and the search goes on from its end), not at every character: {@link #BRACKETED} at an opening
     * bracket, {@link #KNOWN_AS} at a comma or space after which, past the spaces, a word starts with a first
     * letter of "also", "commonly", "better", "widely", "known", "called" or "or" ({@code AcronymsMatchesTest}
     * compares the two with a search).
     */
    static List<MatchResult> matches(String text, Pattern pattern) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        if (pattern != BRACKETED && pattern != KNOWN_AS) {
            while (m.find()) {
                out.add(m.toMatchResult());
            }
            return out;
        }
        int at = next(text, pattern, 0);
        while (at >= 0) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                at = next(text, pattern, m.end());
            } else {
                at = next(text, pattern, at + 1);
            }
        }
        return out;
    }

    // the first place from `from` where the pattern (BRACKETED or KNOWN_AS) may start a match, or -1
    private static int next(String text, Pattern pattern, int from) {
        if (pattern == BRACKETED) {
            return text.indexOf('(', from);
        }
        int n = text.length();
        for (int p = from; p < n; p++) {
            // ",?\s+" then a word of the pattern: the spaces are followed by its first letter
            int q = text.charAt(p) == ',' ? p + 1 : p;
            if (q >= n || !isSpace(text.charAt(q))) {
                continue;
            }
            int r = q;
            while (r < n && isSpace(text.charAt(r))) {
                r++;
            }
            if (r < n && "acbwko".indexOf(text.charAt(r)) >= 0) {
                return p;
            }
        }
        return -1;
    }

    /** The pattern of acronyms in brackets (for tests). */
    static Pattern bracketed() {
        return BRACKETED;
    }

    /**
     * False when {@link #KNOWN_AS} surely finds nothing in {@code text}: every match has "known" (then
     * spaces and "as"), "called" or "or" right after a space, then spaces, perhaps "the" and spaces, and a
     * capital A-Z. Most articles have none, and the pattern, which may start at any comma or space, is
     * slow to rule them out.
     */
    static boolean mayBeKnownAs(String text) {
        int n = text.length();
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if ((c != 'k' && c != 'c' && c != 'o') || !isSpace(text.charAt(i - 1))) {
                continue;
            }
            int j;
            if (text.startsWith("known", i)) {
                j = spaces(text, i + 5);
                j = j > i + 5 && text.startsWith("as", j) ? j + 2 : -1;
            } else if (text.startsWith("called", i)) {
                j = i + 6;
            } else if (text.startsWith("or", i)) {
                j = i + 2;
            } else {
                continue;
            }
            if (j < 0) {
                continue;
            }
            int k = spaces(text, j);
            if (k == j) {
                continue;
            }
            if (text.startsWith("the", k)) {
                int m = spaces(text, k + 3);
                if (m > k + 3 && m < n && isCapital(text.charAt(m))) {
                    return true;
                }
            }
            if (k < n && isCapital(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    // what \s matches (without the Unicode flag)
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    // the end of the run of \s from i
    private static int spaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The shortest run of words at the end of {@code before} whose initials spell {@code letters}. */
    static String expansion(String before, String letters) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        if (words.isEmpty() || words.get(words.size() - 1)[1] < before.stripTrailing().length() - 1) {
            return null;
        }
        for (int n = 1; n <= Math.min(MAX_WORDS, words.size()); n++) {
            int from = words.get(words.size() - n)[0];
            String run = before.substring(from, words.get(words.size() - 1)[1]);
            if (!Character.isUpperCase(run.charAt(0))) {
                continue;
            }
            if (spells(run, letters)) {
                return run;
            }
        }
        return null;
    }

    /** Whether the initials of the words of {@code run}, function words optional, spell {@code letters}. */
    static boolean spells(String run, String letters) {
        List<String> parts = new ArrayList<>();
        for (String word : run.split("[\\s\\u00a0]+")) {
            for (String part : word.split("[-\\u2010]")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return spells(parts, 0, letters, 0);
    }

    private static boolean spells(List<String> parts, int i, String letters, int j) {
        if (i == parts.size()) {
            return j == letters.length();
        }
        String part = parts.get(i);
        boolean skippable = SKIPPABLE.contains(part.toLowerCase(Locale.ROOT));
        if (skippable && spells(parts, i + 1, letters, j)) {
            return true;
        }
        return j < letters.length()
                && Character.toUpperCase(part.charAt(0)) == letters.charAt(j)
                && spells(parts, i + 1, letters, j + 1);
    }
}

package news.parallax.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * A one-to-one alignment of the content words of two statements, as METEOR aligns a translation with
 * its reference: first the same word, then the same stem ("visited" / "visits"), then a WordNet
 * synonym ({@link Synonyms}: "purchase" / "buy"). Each stage links, left to right, a word of the first
 * statement to the first word of the second that is still free. What is left unaligned on a side is
 * information the other side lacks: the strongest sign that two sentences of one topic are not
 * paraphrases.
 *
 * <p>The two statements are put in a fixed order (by their words) before aligning, so the alignment of
 * (a, b) and of (b, a) is the same. Immutable.
 *
 * @param contentA content words of the first statement (stop words left out), in order
 * @param contentB the same for the second
 * @param pairs    aligned pairs, as {index in contentA, index in contentB}, sorted by the first index
 */
record Alignment(List<String> contentA, List<String> contentB, List<int[]> pairs) {

    Alignment {
        contentA = List.copyOf(contentA);
        contentB = List.copyOf(contentB);
        pairs = List.copyOf(pairs);
    }

    /** Aligns the content words of {@code a} and {@code b} (order-independent, see the type's comment). */
    static Alignment of(List<String> a, List<String> b, Synonyms synonyms) {
        if (String.join(" ", a).compareTo(String.join(" ", b)) > 0) {
            Alignment swapped = of(b, a, synonyms);
            List<int[]> back = new ArrayList<>();
            for (int[] p : swapped.pairs()) {
                back.add(new int[] {p[1], p[0]});
            }
            back.sort((x, y) -> Integer.compare(x[0], y[0]));
            return new Alignment(swapped.contentB(), swapped.contentA(), back);
        }
        List<String> ca = content(a);
        List<String> cb = content(b);
        int[] linkA = new int[ca.size()];
        int[] linkB = new int[cb.size()];
        Arrays.fill(linkA, -1);
        Arrays.fill(linkB, -1);
        List<String> sa = ca.stream().map(Alignment::stem).toList();
        List<String> sb = cb.stream().map(Alignment::stem).toList();
        for (int stage = 0; stage < 4; stage++) {
            for (int i = 0; i < ca.size(); i++) {
                if (linkA[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < cb.size(); j++) {
                    if (linkB[j] >= 0) {
                        continue;
                    }
                    boolean match = switch (stage) {
                        case 0 -> ca.get(i).equals(cb.get(j));
                        case 1 -> sa.get(i).equals(sb.get(j));
                        case 2 -> samePrefix(ca.get(i), cb.get(j));
                        default -> synonyms.linked(ca.get(i), cb.get(j));
                    };
                    if (match) {
                        linkA[i] = j;
                        linkB[j] = i;
                        break;
                    }
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < ca.size(); i++) {
            if (linkA[i] >= 0) {
                pairs.add(new int[] {i, linkA[i]});
            }
        }
        return new Alignment(ca, cb, pairs);
    }

    /** Words of six letters or more that share their first five ("reconstruct" / "reconstruction"). */
    static boolean samePrefix(String a, String b) {
        return a.length() >= 6 && b.length() >= 6 && a.regionMatches(0, b, 0, 5);
    }

    /** The words that are not stop words. */
    static List<String> content(List<String> words) {
        return words.stream().filter(w -> !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w)).toList();
    }

    /** The Porter stem of a lower-case word. */
    static String stem(String word) {
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The share of the first statement's content words that are aligned (1 when it has none). */
    double alignedShareA() {
        return contentA.isEmpty() ? 1 : (double) pairs.size() / contentA.size();
    }

    /** The share of the second statement's content words that are aligned (1 when it has none). */
    double alignedShareB() {
        return contentB.isEmpty() ? 1 : (double) pairs.size() / contentB.size();
    }

    /** The unaligned content words of the first statement. */
    List<String> unalignedA() {
        boolean[] used = new boolean[contentA.size()];
        pairs.forEach(p -> used[p[0]] = true);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                out.add(contentA.get(i));
            }
        }
        return out;
    }

    /** The unaligned content words of the second statement. */
    List<String> unalignedB() {
        boolean[] used = new boolean[contentB.size()];
        pairs.forEach(p -> used[p[1]] = true);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                out.add(contentB.get(i));
            }
        }
        return out;
    }

    /**
     * The share of neighbouring aligned pairs (in the first statement's order) whose words come in the
     * same order in the second statement; 1 with fewer than two pairs.
     */
    double sameOrder() {
        if (pairs.size() < 2) {
            return 1;
        }
        int same = 0;
        for (int k = 1; k < pairs.size(); k++) {
            same += pairs.get(k)[1] > pairs.get(k - 1)[1] ? 1 : 0;
        }
        return (double) same / (pairs.size() - 1);
    }
}

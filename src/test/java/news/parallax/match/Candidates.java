package news.parallax.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate features tried in session 5 and not shipped ({@link FeatureExperiments}): the word edit
 * distance over the longer length (TER without shifts) and the same on content-word stems; METEOR's
 * F-mean with its fragmentation penalty from the {@link Alignment} (min and max over the two
 * directions) and the fragmentation itself; smoothed sentence BLEU up to 4-grams and up to 2-grams (min
 * and max over the two directions); the longest common run of contiguous words over the shorter and the
 * longer statement; figures one side holds all of; neither side has figures; the difference in content
 * words; unaligned words of seven letters or more; the aligned pairs that are not the same word; the
 * signed length ratio; and counts of shared phrases (as the anchor counts them; without phrases of
 * names; without any term that is a name or a figure; exact neighbours only).
 */
final class Candidates {
    private Candidates() {}

    static final List<String> NAMES = List.of("editRate", "contentEditRate", "meteorMin", "meteorMax", "frag",
            "bleuMin", "bleuMax", "substrMin", "substrMax", "numbersSubset", "numbersNone", "contentLenDiff",
            "longUnalMin", "longUnalMax", "fuzzyShare", "lenRatio", "bleu2Min", "bleu2Max", "anchorAll", "anchorPlain", "anchorNoNameNum", "anchorExact");

    static double[] of(Similarity.Profile a, Similarity.Profile b) {
        List<String> wa = a.terms.words();
        List<String> wb = b.terms.words();
        Alignment al = Alignment.of(a.side, b.side);
        int m = al.pairs().size();
        int ca = al.contentA().size();
        int cb = al.contentB().size();
        int chunks = 0;
        int pi = -2;
        int pj = -2;
        int fuzzy = 0;
        for (int[] p : al.pairs()) {
            if (p[0] != pi + 1 || p[1] != pj + 1) {
                chunks++;
            }
            pi = p[0];
            pj = p[1];
            if (!al.contentA().get(p[0]).equals(al.contentB().get(p[1]))) {
                fuzzy++;
            }
        }
        double frag = m == 0 ? 1 : (double) chunks / m;
        double pen = 0.5 * Math.pow(frag, 3);
        double pa = ca == 0 ? 0 : (double) m / ca;
        double pb = cb == 0 ? 0 : (double) m / cb;
        double m1 = pa + pb == 0 ? 0 : 10 * pa * pb / (pb + 9 * pa) * (1 - pen);
        double m2 = pa + pb == 0 ? 0 : 10 * pa * pb / (pa + 9 * pb) * (1 - pen);
        double b1 = bleu(a, b, 4);
        double b2 = bleu(b, a, 4);
        double b3 = bleu(a, b, 2);
        double b4 = bleu(b, a, 2);
        int sub = substring(a.wordNumbers, b.wordNumbers);
        int wmin = Math.max(1, Math.min(wa.size(), wb.size()));
        int wmax = Math.max(1, Math.max(wa.size(), wb.size()));
        boolean subset = !a.terms.numbers().isEmpty() && !b.terms.numbers().isEmpty()
                && !a.terms.numbers().equals(b.terms.numbers())
                && (a.terms.numbers().containsAll(b.terms.numbers()) || b.terms.numbers().containsAll(a.terms.numbers()));
        int la = longUnaligned(al.unalignedA());
        int lb = longUnaligned(al.unalignedB());
        return new double[] {
            (double) edit(a.wordNumbers, b.wordNumbers) / wmax,
            (double) editStrings(a.side.stems(), b.side.stems()) / Math.max(1, Math.max(ca, cb)),
            Math.min(m1, m2), Math.max(m1, m2), frag,
            Math.min(b1, b2), Math.max(b1, b2),
            (double) sub / wmin, (double) sub / wmax,
            subset ? 1 : 0,
            a.terms.numbers().isEmpty() && b.terms.numbers().isEmpty() ? 1 : 0,
            Math.log1p(Math.abs(ca - cb)),
            Math.log1p(Math.min(la, lb)), Math.log1p(Math.max(la, lb)),
            (double) fuzzy / Math.max(1, Math.min(ca, cb)),
            Math.log((wa.size() + 1.0) / (wb.size() + 1.0)) * Math.signum(wa.size() - wb.size()),
            Math.min(b3, b4), Math.max(b3, b4),
            anchor(a, b, 0), anchor(a, b, 1), anchor(a, b, 2), anchor(a, b, 3),
        };
    }

    // shared phrases, each phrase of a (and of b not yet found) once: mode 0 all, 1 without name phrases,
    // 2 without any name or number term, 3 exact neighbours only
    static int anchor(Similarity.Profile a, Similarity.Profile b, int mode) {
        if (Similarity.disagree(a.anchor().figures(), b.anchor().figures())) {
            return 0;
        }
        int n = 0;
        n += count(a, b, mode, false);
        n += count(b, a, mode, true);
        return n;
    }

    private static int count(Similarity.Profile a, Similarity.Profile b, int mode, boolean second) {
        int n = 0;
        for (Similarity.Phrase p : a.anchor().neighbours()) {
            boolean found = false;
            if (second) {
                boolean inNeighbours = false;
                for (Similarity.Phrase q : b.anchor().neighbours()) {
                    inNeighbours |= mode == 3 ? p.equals(q) : p.matches(q);
                }
                if (inNeighbours) {
                    continue;
                }
            }
            for (Similarity.Phrase q : second ? List.<Similarity.Phrase>of() : b.anchor().neighbours()) {
                found |= mode == 3 ? p.equals(q) : p.matches(q);
            }
            if (mode != 3) {
                for (Similarity.Phrase q : b.anchor().gapped()) {
                    if (second) {
                        found |= p.matches(q);
                        continue;
                    }
                    found |= p.matches(q);
                }
            }
            if (!found) {
                continue;
            }
            if (mode == 1 && p.names()) {
                continue;
            }
            if (mode == 2 && (plainName(a, p.first()) || plainName(a, p.second()))) {
                continue;
            }
            n++;
        }
        return n;
    }

    private static boolean plainName(Similarity.Profile a, String term) {
        return a.terms.names().contains(term) || a.terms.numbers().contains(term) || term.chars().anyMatch(Character::isDigit);
    }

    private static int longUnaligned(List<String> words) {
        int n = 0;
        for (String w : words) {
            n += w.length() >= 7 ? 1 : 0;
        }
        return n;
    }

    // sentence BLEU of hypothesis h against reference r, add-one smoothed, with brevity penalty
    private static double bleu(Similarity.Profile h, Similarity.Profile r, int maxN) {
        int lh = h.terms.words().size();
        int lr = r.terms.words().size();
        double logSum = 0;
        for (int n = 1; n <= maxN; n++) {
            int total = Math.max(0, lh - n + 1);
            int shared = h.ngrams.get(n - 1).sharedMin(r.ngrams.get(n - 1));
            logSum += Math.log((shared + 1.0) / (total + 1.0));
        }
        double bp = lh >= lr ? 1 : Math.exp(1 - (double) lr / Math.max(1, lh));
        return bp * Math.exp(logSum / maxN);
    }

    private static int substring(int[] a, int[] b) {
        int best = 0;
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int x : a) {
            for (int j = 1; j <= b.length; j++) {
                cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : 0;
                best = Math.max(best, cur[j]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return best;
    }

    static int edit(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    private static int editStrings(List<String> a, List<String> b) {
        Map<String, Integer> ids = new HashMap<>();
        int[] x = a.stream().mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size())).toArray();
        int[] y = b.stream().mapToInt(s -> ids.computeIfAbsent(s, k -> ids.size())).toArray();
        return edit(x, y);
    }
}

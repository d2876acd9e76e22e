package news.parallax.match;

import java.util.Arrays;
import java.util.List;

/**
 * For every pair of one story's statements, how many content words of the first could be aligned with a
 * word of the second ({@link ScoreBound#alignable(Alignment.Side, Alignment.Side)}: the same stem or
 * five-letter prefix, or a shared WordNet sense), found by a few bit tests instead of a look-up per word
 * and pair. Built once per story: for each sense number, stem and prefix of the story, the set of
 * statements that hold it; for each content word, the union of the sets of its senses, stem and prefix:
 * the statements it could be aligned with. Not for large stories (its size grows with the square of the
 * statements): {@link #of} gives nothing above {@value #MAX_STATEMENTS}. Immutable.
 */
final class AlignableIndex {

    /** The most statements an index is made for. */
    static final int MAX_STATEMENTS = 1024;

    /** Longs per set of statements. */
    private final int width;
    /** Of each statement, for each content word, the statements it could be aligned with ({@link #width} longs each). */
    private final long[][] may;

    private AlignableIndex(int width, long[][] may) {
        this.width = width;
        this.may = may;
    }

    /** The index of the profiled statements (numbered by their place in the list), or null for too many. */
    static AlignableIndex of(List<Similarity.Profile> profiles) {
        int n = profiles.size();
        if (n > MAX_STATEMENTS) {
            return null;
        }
        int width = Math.max(1, (n + 63) >>> 6);
        int senseCount = 0;
        int wordCount = 0;
        for (Similarity.Profile p : profiles) {
            senseCount += p.side.union().numbers().length;
            wordCount += p.boundSide.stems.length;
        }
        // sized for about half the numbers given distinct (story words and senses repeat), so that few grow
        LongNumbers senses = new LongNumbers(senseCount / 2);
        LongNumbers stems = new LongNumbers(wordCount / 2);
        LongNumbers prefixes = new LongNumbers(wordCount / 2);
        for (Similarity.Profile p : profiles) {
            for (int s : p.side.union().numbers()) {
                senses.of(s);
            }
            for (int s : p.boundSide.stems) {
                stems.of(s);
            }
            for (int s : p.boundSide.prefixes) {
                prefixes.of(s);
            }
        }
        long[] senseBits = new long[senses.size() * width];
        long[] stemBits = new long[stems.size() * width];
        long[] prefixBits = new long[prefixes.size() * width];
        for (int b = 0; b < n; b++) {
            Similarity.Profile p = profiles.get(b);
            int word = b >>> 6;
            long bit = 1L << b;
            for (int s : p.side.union().numbers()) {
                senseBits[senses.get(s) * width + word] |= bit;
            }
            for (int s : p.boundSide.stems) {
                stemBits[stems.get(s) * width + word] |= bit;
            }
            for (int s : p.boundSide.prefixes) {
                prefixBits[prefixes.get(s) * width + word] |= bit;
            }
        }
        // a word's statements depend on the word alone (its senses, stem and prefix): found once per word number
        int words = 0;
        for (Similarity.Profile p : profiles) {
            for (int w : p.contentNumbers) {
                words = Math.max(words, w + 1);
            }
        }
        long[][] byWord = new long[words][];
        long[][] may = new long[n][];
        for (int a = 0; a < n; a++) {
            Similarity.Profile p = profiles.get(a);
            Alignment.Side side = p.side;
            int[][] keys = side.keys();
            long[] m = new long[keys[0].length * width];
            for (int i = 0; i < keys[0].length; i++) {
                int at = i * width;
                long[] known = byWord[p.contentNumbers[i]];
                if (known != null) {
                    System.arraycopy(known, 0, m, at, width);
                    continue;
                }
                // every number is there: each statement's own senses, stems and prefixes were added
                for (int s : side.senses().get(i)) {
                    or(m, at, senseBits, senses.get(s) * width, width);
                }
                or(m, at, stemBits, stems.get(keys[1][i]) * width, width);
                if (keys[2][i] != (int) Alignment.Side.NO_PREFIX) {
                    or(m, at, prefixBits, prefixes.get(keys[2][i]) * width, width);
                }
                byWord[p.contentNumbers[i]] = Arrays.copyOfRange(m, at, at + width);
            }
            may[a] = m;
        }
        return new AlignableIndex(width, may);
    }

    private static void or(long[] into, int at, long[] from, int start, int width) {
        for (int k = 0; k < width; k++) {
            into[at + k] |= from[start + k];
        }
    }

    /** How many content words of statement {@code a} could be aligned with a word of statement {@code b}. */
    int alignable(int a, int b) {
        long[] m = may[a];
        int word = b >>> 6;
        long bit = 1L << b;
        int count = 0;
        for (int at = word; at < m.length; at += width) {
            count += (m[at] & bit) != 0 ? 1 : 0;
        }
        return count;
    }
}

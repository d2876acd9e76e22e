package news.parallax.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.util.SmallFloat;

/**
 * An in-memory index of one story's statements, searched with BM25 to find the candidates a statement
 * is compared with (so no statement is compared with every other). Not thread-safe; one per story.
 *
 * <p>It ranks exactly as a Lucene index of the statements would (one text field analysed with the
 * matcher's analyzer, {@code BM25Similarity} with k1 = 1.2 and b = 0.75, a disjunction of one term
 * query per distinct term): the same idf, the same lossy one-byte document lengths
 * ({@link SmallFloat#intToByte4}), the same float arithmetic per term and a sum of the terms' scores in
 * double rounded to float, ties to the earlier statement. But it is built from the {@link Terms} the
 * clusterer has already analysed, not from the texts analysed again, and without Lucene's index
 * writer, codecs and searcher, which cost far more than the search itself on a few hundred short
 * statements ({@code StatementIndexTest} checks the rankings against a Lucene index).
 */
final class StatementIndex implements AutoCloseable {

    private static final int MAX_CLAUSES = 512;
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    /** The document length each one-byte norm stands for, as Lucene decodes it. */
    private static final float[] LENGTH_TABLE = new float[256];

    static {
        for (int i = 0; i < 256; i++) {
            LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
        }
    }

    /** Term -> its postings: the statements holding it (ascending) and how often each holds it. */
    private final Map<String, Postings> postings;
    /** Of each statement: 1 / (k1 * (1 - b + b * length / average length)), from its one-byte length. */
    private final float[] normInverse;
    /** Statements with at least one term. */
    private final int docCount;
    private final int size;
    /** Scratch of {@link #candidates}, cleared after each search: each statement's sum, and the statements hit. */
    private final double[] sums;
    private final boolean[] hit;
    private final int[] hits;
    /** The distinct terms of each statement indexed, ascending, by the statement's {@link Terms} object. */
    private final Map<Terms, String[]> distinct;

    private record Postings(int[] docs, int[] freqs) {}

    private StatementIndex(Map<String, Postings> postings, float[] normInverse, int docCount,
            Map<Terms, String[]> distinct) {
        this.postings = postings;
        this.distinct = distinct;
        this.normInverse = normInverse;
        this.docCount = docCount;
        this.size = normInverse.length;
        this.sums = new double[size];
        this.hit = new boolean[size];
        this.hits = new int[size];
    }

    /** Indexes the analysed statements; a hit's number is its index in the list. */
    static StatementIndex of(List<Terms> statements) {
        Map<String, int[]> lists = new HashMap<>(); // term -> its postings so far: count, then (statement, freq) pairs
        long sumLength = 0;
        int docs = 0;
        byte[] norms = new byte[statements.size()];
        Map<Terms, String[]> distinct = new IdentityHashMap<>(statements.size() * 2);
        for (int d = 0; d < statements.size(); d++) {
            Terms statement = statements.get(d);
            List<String> terms = statement.terms();
            String[] sorted = terms.toArray(new String[0]);
            Arrays.sort(sorted);
            // the distinct terms, ascending, each with how often the statement holds it
            int n = 0;
            int[] freqs = new int[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                if (n == 0 || !sorted[i].equals(sorted[n - 1])) {
                    sorted[n++] = sorted[i];
                }
                freqs[n - 1]++;
            }
            String[] mine = Arrays.copyOf(sorted, n);
            distinct.putIfAbsent(statement, mine);
            if (terms.isEmpty()) {
                continue;
            }
            docs++;
            sumLength += terms.size();
            norms[d] = SmallFloat.intToByte4(terms.size());
            for (int i = 0; i < n; i++) {
                int[] list = lists.get(mine[i]);
                if (list == null) {
                    list = new int[5];
                    lists.put(mine[i], list);
                } else if (list[0] * 2 + 3 > list.length) {
                    list = Arrays.copyOf(list, list.length * 2 + 1);
                    lists.put(mine[i], list);
                }
                list[1 + 2 * list[0]] = d;
                list[2 + 2 * list[0]] = freqs[i];
                list[0]++;
            }
        }
        Map<String, Postings> postings = new HashMap<>(lists.size() * 2);
        for (Map.Entry<String, int[]> e : lists.entrySet()) {
            int[] list = e.getValue(); // ascending by statement: statements were added in order
            int[] ds = new int[list[0]];
            int[] fs = new int[list[0]];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = list[1 + 2 * i];
                fs[i] = list[2 + 2 * i];
            }
            postings.put(e.getKey(), new Postings(ds, fs));
        }
        float[] normInverse = new float[statements.size()];
        if (docs > 0) {
            float avgdl = (float) (sumLength / (double) docs);
            float[] cache = new float[256];
            for (int i = 0; i < 256; i++) {
                cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
            }
            for (int d = 0; d < norms.length; d++) {
                normInverse[d] = cache[norms[d] & 0xFF];
            }
        }
        return new StatementIndex(postings, normInverse, docs, distinct);
    }

    /** The numbers of the {@code k} statements that share most weighted terms with {@code terms}, best first. */
    List<Integer> candidates(Terms terms, int k) {
        String[] distinct = this.distinct.get(terms);
        if (distinct == null) { // not one of the statements indexed
            distinct = new TreeSet<>(terms.terms()).toArray(new String[0]);
        }
        if (distinct.length == 0 || k <= 0) {
            return List.of();
        }
        int count = 0;
        int clauses = 0;
        for (String t : distinct) {
            if (clauses >= MAX_CLAUSES) {
                break;
            }
            clauses++;
            Postings p = postings.get(t);
            if (p == null) {
                continue;
            }
            float weight = idf(p.docs().length, docCount);
            for (int i = 0; i < p.docs().length; i++) {
                int d = p.docs()[i];
                float freq = p.freqs()[i];
                sums[d] += weight - weight / (1f + freq * normInverse[d]);
                if (!hit[d]) {
                    hit[d] = true;
                    hits[count++] = d;
                }
            }
        }
        // best first: score descending, then the earlier statement; scores are the float Lucene reports
        int m = Math.min(k, count);
        long[] top = new long[m]; // the m smallest keys so far, ascending (the first m of all the keys sorted)
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int d = hits[i];
            // a positive float's bits order as the float does; the complement puts the best first
            int bits = Float.floatToIntBits((float) sums[d]);
            long key = (long) ~bits << 32 | d; // distinct: each holds its statement
            sums[d] = 0;
            hit[d] = false;
            kept = keep(top, kept, key);
        }
        List<Integer> out = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            out.add((int) top[i]);
        }
        return out;
    }

    /**
     * Puts {@code key} in its place among the {@code kept} smallest keys in {@code top} (ascending), the largest
     * falling out when {@code top} is full; gives the keys kept. So {@code top} ends as the first keys of all
     * the keys sorted, without sorting them all (a story's statements hit many, the candidates are a few).
     */
    static int keep(long[] top, int kept, long key) {
        int at;
        if (kept < top.length) {
            at = kept++;
        } else if (top.length > 0 && key < top[top.length - 1]) {
            at = top.length - 1;
        } else {
            return kept;
        }
        while (at > 0 && top[at - 1] > key) {
            top[at] = top[at - 1];
            at--;
        }
        top[at] = key;
        return kept;
    }

    // Lucene's BM25 idf: log(1 + (N - n + 0.5) / (n + 0.5)), as a float
    private static float idf(long docFreq, long docCount) {
        return (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }

    @Override
    public void close() {
        // nothing to release: the index is plain arrays
    }
}

package news.parallax.compare;

/**
 * The weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn (2008,
 * "Fightin' Words", section 3.5), for one word in one group against another.
 *
 * <pre>
 * delta = log((yi + aw) / (ni + a0 - yi - aw)) - log((yj + aw) / (nj + a0 - yj - aw))   (eq. 16)
 * var   = 1 / (yi + aw) + 1 / (yj + aw)                                                  (eq. 18)
 * z     = delta / sqrt(var)                                                              (eq. 22)
 * </pre>
 *
 * where {@code yi}, {@code yj} are the word's counts in the two groups, {@code ni}, {@code nj} the
 * groups' total word counts, {@code aw} the word's prior count and {@code a0} the sum of all prior counts.
 */
final class LogOdds {
    private LogOdds() {}

    /**
     * The z-score of one word: positive when group i uses it more than group j.
     *
     * @param yi the word's count in group i
     * @param ni the total word count of group i
     * @param yj the word's count in group j
     * @param nj the total word count of group j
     * @param aw the word's prior count, &gt; 0
     * @param a0 the sum of the prior counts of all words, &gt; aw
     */
    static double z(int yi, int ni, int yj, int nj, double aw, double a0) {
        if (!(aw > 0) || !(a0 > aw)) {
            throw new IllegalArgumentException("prior " + aw + " must be > 0 and < a0 " + a0);
        }
        if (yi < 0 || yj < 0 || ni < yi || nj < yj) {
            throw new IllegalArgumentException("counts " + yi + "/" + ni + " and " + yj + "/" + nj + " must be 0 <= y <= n");
        }
        double delta = Math.log((yi + aw) / (ni + a0 - yi - aw)) - Math.log((yj + aw) / (nj + a0 - yj - aw));
        double variance = 1.0 / (yi + aw) + 1.0 / (yj + aw);
        return delta / Math.sqrt(variance);
    }
}

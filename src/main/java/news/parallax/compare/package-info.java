/**
 * Compares the coverage of one story: the coverage matrix order, what each source alone reported and
 * what it left out, the differences inside each cluster, distinctive words and who cites whom.
 * Entry point: {@link news.parallax.compare.Comparer}.
 */
package news.parallax.compare;

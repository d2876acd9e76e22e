/**
 * Immutable records passed between the pipeline stages: a {@link news.parallax.model.Story} of
 * {@link news.parallax.model.Source}s, the {@link news.parallax.model.Statement}s and
 * {@link news.parallax.model.Speaker}s found in them, the {@link news.parallax.model.Cluster}s that
 * join statements across sources, and the {@link news.parallax.model.Comparison} drawn from them.
 *
 * <p>No I/O and no library types here. Every record validates its arguments in its constructor and
 * copies its collections, so a value once built cannot change.
 */
package news.parallax.model;

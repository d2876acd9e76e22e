/**
 * Joins statements that say the same thing across sources into clusters. The only package that uses
 * Lucene: an analyzer chain for news text, an in-memory index of a story's statements, a similarity
 * and the clustering. Entry point: {@link news.parallax.match.Matcher}.
 */
package news.parallax.match;

/**
 * Finds what each source says: direct quotes (full and partial, curly and straight marks, across
 * sentences and paragraphs), their speakers and reporting verbs, reported speech and factual claims.
 * Entry point: {@link news.parallax.extract.Extractor}.
 */
package news.parallax.extract;

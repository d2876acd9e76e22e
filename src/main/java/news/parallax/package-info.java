/**
 * Parallax compares how news outlets cover the same story. {@link news.parallax.Pipeline} runs the
 * stages in order: ingest, extract, match, compare, render, publish.
 */
package news.parallax;

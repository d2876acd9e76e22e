/**
 * Text utilities shared by ingest and extract: resource lexicons, sentences and tokens with offsets,
 * normalisation of quotation marks, dashes and whitespace.
 */
package news.parallax.text;

/**
 * Writes a rendered site to disk atomically: into a temporary folder beside the output, then moved into
 * place, so a failed build never leaves a half-written site and never destroys the last good one.
 */
package news.parallax.publish;

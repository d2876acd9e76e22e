/**
 * The build cache that makes a rebuild after a small change fast: the rendered files of each story,
 * keyed by a content hash of the story's input files, of the code (classes, lexicons, templates) and of
 * the site-wide settings. Entry point: {@link news.parallax.cache.StoryCache}.
 *
 * <p>The cache lives beside the output, never inside the published site:
 * {@code <output's parent>/.parallax-cache/<output's name>/}, one file per story. Deleting it is always
 * safe; the next build is then a full one.
 */
package news.parallax.cache;

/**
 * Turns compared stories into the files of the site, in memory: HTML pages from the Pebble templates,
 * the JSON data files of the data contract, SVG charts, feeds and the search index. The only package
 * that uses Pebble. Entry point: {@link news.parallax.render.SiteRenderer}.
 */
package news.parallax.render;

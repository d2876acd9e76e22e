/**
 * Reads a story folder (or a folder of story folders) into {@link news.parallax.model.Story} values:
 * plain-text, Markdown and JSON articles plus an optional {@code story.json}, with the headline, byline,
 * date, dateline, photo captions and boilerplate of raw news text recognised and kept apart from the
 * body. Entry point: {@link news.parallax.ingest.StoryReader}.
 */
package news.parallax.ingest;

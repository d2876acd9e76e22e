package news.parallax.render;

import java.util.List;
import news.parallax.model.Block;
import news.parallax.model.Source;

/**
 * A source as pages show it; absent values are empty strings.
 *
 * @param id         the source id
 * @param label      outlet or neutral label
 * @param outlet     the outlet, or ""
 * @param headline   the headline, or ""
 * @param byline     the byline, or ""
 * @param published  the publication date or time, or ""
 * @param url        the article's address, or ""
 * @param words      body word count
 * @param file       the input file name
 * @param href       link from the story folder to the source page
 * @param paragraphs the body paragraphs
 * @param captions   photo captions
 */
public record SourceView(String id, String label, String outlet, String headline, String byline,
        String published, String url, int words, String file, String href, List<String> paragraphs,
        List<String> captions) {

    static SourceView of(Source s) {
        List<String> body = s.body().stream().map(b -> b.textIn(s.text())).toList();
        List<String> captions = s.blocks().stream().filter(b -> b.kind() == Block.Kind.CAPTION)
                .map(b -> b.textIn(s.text())).toList();
        return new SourceView(s.id(), s.label(), s.outlet().orElse(""), s.headline().orElse(""),
                s.byline().orElse(""), s.published().orElse(""), s.url().orElse(""), s.words(), s.file(),
                "sources/" + s.id() + ".html", body, captions);
    }
}

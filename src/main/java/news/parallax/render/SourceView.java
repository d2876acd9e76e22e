package news.parallax.render;

import java.util.Arrays;
import java.util.List;
import news.parallax.model.Block;
import news.parallax.model.Source;
import news.parallax.text.Spaces;

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
 * @param opening    the first words of the body, shown where no headline was found
 */
public record SourceView(String id, String label, String outlet, String headline, String byline,
        String published, String url, int words, String file, String href, List<String> paragraphs,
        List<String> captions, String opening) {

    /** How many words of the body stand in for a missing headline. */
    private static final int OPENING_WORDS = 12;

    static SourceView of(Source s) {
        List<String> body = s.body().stream().map(b -> b.textIn(s.text())).toList();
        List<String> captions = s.blocks().stream().filter(b -> b.kind() == Block.Kind.CAPTION)
                .map(b -> b.textIn(s.text())).toList();
        return new SourceView(s.id(), s.label(), s.outlet().orElse(""), s.headline().orElse(""),
                s.byline().orElse(""), s.published().orElse(""), s.url().orElse(""), s.words(), s.file(),
                "sources/" + s.id() + ".html", body, captions, opening(body));
    }

    /** The first {@value #OPENING_WORDS} words of the first body paragraph, with "…" where cut. */
    static String opening(List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return "";
        }
        String[] words = Spaces.split(paragraphs.get(0).strip());
        if (words.length <= OPENING_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", Arrays.asList(words).subList(0, OPENING_WORDS)) + "…";
    }
}

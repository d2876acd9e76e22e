package news.parallax.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import news.parallax.model.Cluster;
import news.parallax.model.Source;
import news.parallax.model.Speaker;

/**
 * schema.org JSON-LD for a cluster: a {@code Quotation} for quotes, a {@code Claim} with an
 * {@code appearance} per article otherwise. The JSON is made safe to sit inside
 * {@code <script type="application/ld+json">}: {@code <}, {@code >} and {@code &} are written as
 * {@code \u003c}, {@code \u003e} and {@code \u0026}, so no text can close the element.
 */
final class JsonLd {
    private JsonLd() {}

    static String of(Cluster cluster, String text, Optional<Speaker> speaker, List<Source> sources) {
        ObjectNode root = Json.object();
        root.put("@context", "https://schema.org");
        boolean quote = cluster.kind() == Cluster.Kind.QUOTE;
        root.put("@type", quote ? "Quotation" : "Claim");
        root.put("text", text);
        speaker.ifPresent(sp -> root.set(quote ? "spokenByCharacter" : "author", person(sp)));
        ArrayNode articles = root.putArray(quote ? "isPartOf" : "appearance");
        for (Source s : sources) {
            ObjectNode a = articles.addObject().put("@type", "NewsArticle");
            a.put("headline", s.headline().orElse(s.label()));
            s.url().ifPresent(u -> a.put("url", u));
            s.published().ifPresent(p -> a.put("datePublished", p));
            s.outlet().ifPresent(o -> a.putObject("publisher").put("@type", "Organization").put("name", o));
        }
        return safe(Json.compact(root));
    }

    private static ObjectNode person(Speaker sp) {
        ObjectNode p = Json.object();
        p.put("@type", sp.kind() == Speaker.Kind.PERSON ? "Person" : "Organization");
        p.put("name", sp.name());
        if (!sp.titles().isEmpty()) {
            p.put(sp.kind() == Speaker.Kind.PERSON ? "jobTitle" : "description", sp.titles().get(0));
        }
        return p;
    }

    /** JSON text that cannot end a script element or start markup inside it. */
    static String safe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}

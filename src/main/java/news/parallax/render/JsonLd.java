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
        boolean quote = cluster.kind() == Cluster.Kind.QUOTE;
        JsonWriter json = JsonWriter.scriptSafe().beginObject().field("@context", "https://schema.org")
                .field("@type", quote ? "Quotation" : "Claim").field("text", text);
        if (speaker.isPresent()) {
            Speaker sp = speaker.get();
            boolean person = sp.kind() == Speaker.Kind.PERSON;
            json.name(quote ? "spokenByCharacter" : "author").beginObject()
                    .field("@type", person ? "Person" : "Organization").field("name", sp.name());
            if (!sp.titles().isEmpty()) {
                json.field(person ? "jobTitle" : "description", sp.titles().get(0));
            }
            json.endObject();
        }
        json.name(quote ? "isPartOf" : "appearance").beginArray();
        for (Source s : sources) {
            json.beginObject().field("@type", "NewsArticle").field("headline", s.headline().orElse(s.label()));
            if (s.url().isPresent()) {
                json.field("url", s.url().get());
            }
            if (s.published().isPresent()) {
                json.field("datePublished", s.published().get());
            }
            if (s.outlet().isPresent()) {
                json.name("publisher").beginObject().field("@type", "Organization").field("name", s.outlet().get())
                        .endObject();
            }
            json.endObject();
        }
        return json.endArray().endObject().toString(); // safe as written (no pass of safe())
    }

    /** {@link #of} through a Jackson tree, as it was made before {@link JsonWriter} (for tests). */
    static String tree(Cluster cluster, String text, Optional<Speaker> speaker, List<Source> sources) {
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
        int n = json.length();
        int i = 0;
        while (i < n && !unsafe(json.charAt(i))) {
            i++;
        }
        if (i == n) {
            return json;
        }
        StringBuilder out = new StringBuilder(n + 32).append(json, 0, i);
        for (; i < n; i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #safe} replaces {@code c}. */
    static boolean unsafe(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }

    /** {@link #safe} as it was, five replacements (for tests). */
    static String replacingSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}

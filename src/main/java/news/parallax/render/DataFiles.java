package news.parallax.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import news.parallax.model.Analysis;
import news.parallax.model.Cluster;
import news.parallax.model.Difference;
import news.parallax.model.Source;
import news.parallax.model.Speaker;
import news.parallax.model.Statement;
import news.parallax.model.Story;

/** The data contract of DESIGN.md: {@code data/index.json} and {@code data/<slug>.json}. */
public final class DataFiles {
    private DataFiles() {}

    /** {@code {"stories": [{"slug", "title", "file"}]}}. */
    public static byte[] index(List<StoryView> stories) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("stories");
        for (StoryView s : stories) {
            list.addObject().put("slug", s.slug()).put("title", s.title()).put("file", "data/" + s.slug() + ".json");
        }
        return Json.pretty(root);
    }

    /** The whole analysis of one story. */
    public static byte[] story(Analysis analysis) {
        return story(analysis, Source::words);
    }

    /** The whole analysis of one story, with each source's word count from {@code words} (counted already). */
    static byte[] story(Analysis analysis, ToIntFunction<Source> words) {
        Story story = analysis.story();
        JsonWriter json = JsonWriter.pretty().beginObject();
        json.name("story").beginObject().field("slug", story.slug()).field("title", story.title()).endObject();
        json.name("sources").beginArray();
        for (Source s : story.sources()) {
            json.beginObject().field("id", s.id()).field("file", s.file()).field("label", s.label());
            json.name("outlet").value(s.outlet()).name("headline").value(s.headline());
            json.name("byline").value(s.byline()).name("published").value(s.published());
            json.field("words", words.applyAsInt(s)).endObject();
        }
        json.endArray().name("speakers").beginArray();
        for (Speaker sp : analysis.speakers()) {
            json.beginObject().field("id", sp.id()).field("name", sp.name());
            strings(json.name("aliases"), sp.aliases());
            strings(json.name("titles"), sp.titles());
            json.endObject();
        }
        json.endArray().name("statements").beginArray();
        for (Statement st : analysis.statements()) {
            json.beginObject().field("id", st.id()).field("source", st.source()).field("kind", st.kind().jsonName())
                    .field("text", st.text()).field("start", st.start()).field("end", st.end());
            json.name("speaker").value(st.speaker()).name("partial").value(st.partial());
            json.name("verb").value(st.verb()).endObject();
        }
        json.endArray().name("clusters").beginArray();
        for (Cluster c : analysis.clusters()) {
            json.beginObject().field("id", c.id()).field("kind", c.kind().jsonName());
            strings(json.name("statements"), c.statements());
            strings(json.name("sources"), c.sources());
            json.name("differences").beginArray();
            for (Difference d : c.differences()) {
                json.beginObject().field("kind", d.kind());
                strings(json.name("sources"), d.sources());
                json.field("detail", d.detail()).endObject();
            }
            json.endArray().endObject();
        }
        String text = json.endArray().endObject().toString();
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void strings(JsonWriter json, List<String> values) {
        json.beginArray();
        values.forEach(json::value);
        json.endArray();
    }

    /** {@link #story(Analysis, ToIntFunction)} through a Jackson tree, as it was made before (for tests). */
    static byte[] storyByTree(Analysis analysis, ToIntFunction<Source> words) {
        return Json.pretty(storyNode(analysis, words));
    }

    static ObjectNode storyNode(Analysis analysis) {
        return storyNode(analysis, Source::words);
    }

    private static ObjectNode storyNode(Analysis analysis, ToIntFunction<Source> words) {
        Story story = analysis.story();
        ObjectNode root = Json.object();
        root.putObject("story").put("slug", story.slug()).put("title", story.title());
        ArrayNode sources = root.putArray("sources");
        for (Source s : story.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.id()).put("file", s.file()).put("label", s.label());
            put(o, "outlet", s.outlet());
            put(o, "headline", s.headline());
            put(o, "byline", s.byline());
            put(o, "published", s.published());
            o.put("words", words.applyAsInt(s));
        }
        ArrayNode speakers = root.putArray("speakers");
        for (Speaker sp : analysis.speakers()) {
            ObjectNode o = speakers.addObject().put("id", sp.id()).put("name", sp.name());
            sp.aliases().forEach(o.putArray("aliases")::add);
            sp.titles().forEach(o.putArray("titles")::add);
        }
        ArrayNode statements = root.putArray("statements");
        for (Statement st : analysis.statements()) {
            ObjectNode o = statements.addObject();
            o.put("id", st.id()).put("source", st.source()).put("kind", st.kind().jsonName())
                    .put("text", st.text()).put("start", st.start()).put("end", st.end());
            put(o, "speaker", st.speaker());
            o.put("partial", st.partial());
            put(o, "verb", st.verb());
        }
        ArrayNode clusters = root.putArray("clusters");
        for (Cluster c : analysis.clusters()) {
            ObjectNode o = clusters.addObject().put("id", c.id()).put("kind", c.kind().jsonName());
            c.statements().forEach(o.putArray("statements")::add);
            c.sources().forEach(o.putArray("sources")::add);
            ArrayNode diffs = o.putArray("differences");
            for (Difference d : c.differences()) {
                ObjectNode dn = diffs.addObject().put("kind", d.kind());
                d.sources().forEach(dn.putArray("sources")::add);
                dn.put("detail", d.detail());
            }
        }
        return root;
    }

    /** The output of {@code extract}: {@code {"documents": [{"file", "speakers", "statements"}]}}. */
    public static byte[] documents(List<Map.Entry<String, Analysis>> documents) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("documents");
        for (Map.Entry<String, Analysis> d : documents) {
            ObjectNode full = storyNode(d.getValue());
            ObjectNode o = list.addObject().put("file", d.getKey());
            o.set("speakers", full.get("speakers"));
            o.set("statements", full.get("statements"));
        }
        return Json.pretty(root);
    }

    private static void put(ObjectNode o, String key, Optional<String> value) {
        if (value.isPresent()) {
            o.put(key, value.get());
        } else {
            o.putNull(key);
        }
    }
}

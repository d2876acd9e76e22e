package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates read the view records through {@link RecordAttributes} exactly as through Pebble's own resolver. */
class RecordAttributesTest {

    record Row(String name, int count, boolean current, List<String> tags, String label) {
        /** Pebble prefers this to the accessor {@code label()}: so must the resolver. */
        public String getLabel() {
            return "from getLabel";
        }
    }

    private static final String TEMPLATE = "{{ r.name }}|{{ r.count + 1 }}|{% if r.current %}yes{% endif %}|"
            + "{{ r.tags | length }}|{{ r.label }}|{{ r.name() }}|{{ m.key }}|{{ r.tags[0] }}";

    private static String render(boolean withResolver, Map<String, Object> ctx, String template) throws Exception {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .autoEscaping(true).defaultLocale(Locale.ROOT);
        if (withResolver) {
            builder.extension(new RecordAttributes.Extension());
        }
        StringWriter out = new StringWriter();
        builder.build().getTemplate(template).evaluate(out, ctx, Locale.ROOT);
        return out.toString();
    }

    @Test
    void recordComponentsMapsAndShadowedAccessorsReadAsWithPebblesResolver() throws Exception {
        Map<String, Object> ctx = Map.of("r", new Row("<A & B>", 41, true, List.of("x", "y"), "accessor"),
                "m", Map.of("key", "value"));

        String ours = render(true, ctx, TEMPLATE);

        assertThat(ours).isEqualTo(render(false, ctx, TEMPLATE))
                .isEqualTo("&lt;A &amp; B&gt;|42|yes|2|from getLabel|&lt;A &amp; B&gt;|value|x");
    }

    @Test
    void aMissingAttributeIsStillReportedWithItsTemplate() {
        Map<String, Object> ctx = Map.of("r", new Row("a", 1, false, List.of(), "l"));

        assertThatThrownBy(() -> render(true, ctx, "{{ r.nosuch }}")).isInstanceOf(PebbleException.class)
                .hasMessageContaining("nosuch");
    }
}

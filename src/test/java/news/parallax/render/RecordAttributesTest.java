package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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
        return render(withResolver, false, ctx, template);
    }

    private static String render(boolean withResolver, boolean withSites, Map<String, Object> ctx, String template)
            throws Exception {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(true)
                .autoEscaping(true).defaultLocale(Locale.ROOT);
        if (withResolver) {
            builder.extension(new RecordAttributes.Extension());
        }
        if (withSites) {
            builder.extension(new RecordAttributes.Sites()).extension(new PageNodes());
        }
        StringWriter out = new StringWriter();
        builder.build().getTemplate(template).evaluate(out, ctx, Locale.ROOT);
        return out.toString();
    }

    /** A value of {@code type} told apart by {@code n}: what a reader must hand back exactly. */
    private static Object sample(Class<?> type, int n) {
        if (type == String.class) {
            return "value " + n;
        }
        if (type == int.class) {
            return 1000 + n;
        }
        if (type == boolean.class) {
            return n % 2 == 0;
        }
        if (type == List.class) {
            return List.of("item " + n);
        }
        if (type == StoryView.class) {
            return new StoryView("slug" + n, "title", "href", 1, 2, 3, "2025-01-0" + (n % 9 + 1));
        }
        throw new AssertionError("no sample of " + type);
    }

    @Test
    void everyViewReaderReadsEachComponentAsTheRecordsOwnAccessor() throws Throwable {
        assertThat(ViewReaders.READERS).hasSizeGreaterThanOrEqualTo(18);
        for (Map.Entry<Class<?>, ViewReaders.Reader> e : ViewReaders.READERS.entrySet()) {
            Class<?> type = e.getKey();
            assertThat(type.isRecord()).as(type.getName()).isTrue();
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int flip = 0; flip < 2; flip++) {
                List<Object> args = new ArrayList<>();
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    args.add(sample(types[i], i + flip));
                }
                Constructor<?> canonical = type.getDeclaredConstructor(types);
                canonical.setAccessible(true);
                Object record = canonical.newInstance(args.toArray());
                for (int i = 0; i < components.length; i++) {
                    Object expected = components[i].getAccessor().invoke(record);
                    Object read = e.getValue().read(record, i);
                    assertThat(read).as(type.getSimpleName() + "." + components[i].getName()).isEqualTo(expected);
                    assertThat(read.getClass()).isEqualTo(expected.getClass());
                    assertThat(RecordAttributes.accessor(type, components[i].getName()).read(record))
                            .isEqualTo(expected);
                }
                int past = components.length;
                assertThatThrownBy(() -> e.getValue().read(record, past))
                        .isInstanceOf(IndexOutOfBoundsException.class);
            }
        }
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

    record Other(String name, Row row, String nothing) {}

    /** Attributes in every place the sites rewrite, read from records of two types, maps and a list in turn. */
    private static final String SITES = "{{ r.name }}|{{ r.count + 1 }}|{{ r.count == 41 ? r.name : r.label }}|"
            + "{{ r.current ? \"y\" : r.tags[1] }}|{% if r.current and not o.row.current %}a{% elseif r.count > 1 %}b"
            + "{% else %}c{% endif %}|{% if o.nothing is null %}null{% endif %}|{{ o.nothing }}|{{ o.row.name | upper }}|"
            + "{{ r.tags | length }}|{% for t in r.tags %}<{{ t }}>{% endfor %}|{% for t in o.row.tags %}{{ t }}{% else %}"
            + "none{% endfor %}|{% for x in mixed %}[{{ x.name }}{% if x.name is not empty %}!{% endif %}]{% endfor %}|"
            + "{{ (r.name ~ o.name) | abbreviate(6) }}|{{ r.label }}|{{ m.key }}|{{ -r.count }}|{{ o.row.tags[0] }}";

    @Test
    void attributeSitesReadWhatPebbleAndTheResolverRead() throws Exception {
        Row inner = new Row("in'ner", 2, false, List.of("t<"), "x");
        for (int round = 0; round < 40; round++) {
            Row r = new Row("<A & B " + round + ">", round, round % 2 == 0, List.of("x" + round, "\"y\""), "l");
            Other o = new Other(round % 3 == 0 ? "" : "o&" + round, round % 4 == 0 ? inner : r, null);
            List<Object> mixed = new java.util.ArrayList<>(List.of(r, o, Map.of("name", "map" + round), inner, o));
            java.util.Collections.rotate(mixed, round);
            Map<String, Object> ctx = Map.of("r", r, "o", o, "m", Map.of("key", "v<" + round), "mixed", mixed);

            String plain = render(false, ctx, SITES);
            assertThat(render(true, false, ctx, SITES)).isEqualTo(plain);
            assertThat(render(true, true, ctx, SITES)).as("round %d", round).isEqualTo(plain);
        }
    }

    @Test
    void anAttributeOfNullOrMissingFailsAtASiteAsInPebble() {
        Map<String, Object> ctx = new java.util.HashMap<>();
        ctx.put("o", new Other("n", null, null));
        ctx.put("r", new Row("a", 1, false, List.of(), "l"));
        for (String template : List.of("{{ o.row.name }}", "{{ r.nosuch }}", "{% if o.row.current %}x{% endif %}",
                "{% for t in o.row.tags %}{% endfor %}")) {
            Throwable pebble = org.assertj.core.api.Assertions.catchThrowable(() -> render(true, false, ctx, template));
            Throwable sites = org.assertj.core.api.Assertions.catchThrowable(() -> render(true, true, ctx, template));
            assertThat(pebble).as(template).isInstanceOf(PebbleException.class);
            assertThat(sites).as(template).isInstanceOf(pebble.getClass()).hasMessage(pebble.getMessage());
        }
    }
}

package news.parallax.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.extension.writer.SpecializedWriter;
import io.pebbletemplates.pebble.loader.StringLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Templates rewritten by {@link PageNodes} write the same bytes as Pebble's own nodes. */
class PageNodesTest {

    private static final String PAIR = "\uD83D\uDE00";

    /** Text, escaped values (plain, in a ternary, filtered, raw, numbers, null), loops and an include. */
    private static final String TEMPLATE = "<p title=\"{{ a }}\">caf\u00e9 \u201c{{ b }}\u201d " + PAIR + "</p>\n"
            + "{{ flag ? a : \"<literal & safe>\" }}|{{ flag ? \"lit\" : b }}|{{ a | upper }}|{{ b | raw }}|"
            + "{{ n }}|{{ d }}|{{ big }}|{{ nothing }}|{{ a | escape }}|{{ a | escape(\"js\") }}|"
            + "{% for x in list %}<li>{{ x }}</li>{% endfor %}{% if flag %}{{ a }}{% else %}{{ b }}{% endif %}\n"
            + "{% autoescape false %}{{ a }}{% endautoescape %}|{{ (a ~ b) | abbreviate(5) }}";

    private static PebbleEngine engine(boolean pageNodes) {
        PebbleEngine.Builder builder = new PebbleEngine.Builder().loader(new StringLoader()).strictVariables(false)
                .autoEscaping(true).addEscapingStrategy("html", new HtmlEscaping()).newLineTrimming(true)
                .defaultLocale(Locale.ROOT);
        if (pageNodes) {
            builder.extension(new PageNodes());
        }
        return builder.build();
    }

    private static final PebbleEngine PLAIN = engine(false);
    private static final PebbleEngine TUNED = engine(true);

    private static byte[] pebbles(Map<String, Object> ctx) throws IOException {
        StringWriter out = new StringWriter();
        PLAIN.getTemplate(TEMPLATE).evaluate(out, ctx, Locale.ROOT);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ours(Map<String, Object> ctx, PageWriter out) throws IOException {
        TUNED.getTemplate(TEMPLATE).evaluate(out, ctx, Locale.ROOT);
        return out.bytes();
    }

    private static Map<String, Object> context(String a, String b, boolean flag, List<String> list) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("a", a);
        ctx.put("b", b);
        ctx.put("flag", flag);
        ctx.put("list", list);
        ctx.put("n", 42);
        ctx.put("d", 0.1 + 0.2);
        ctx.put("big", new BigDecimal("1E+3"));
        return ctx;
    }

    @Test
    void pagesAreTheBytesPebbleWritesForTrickyValues() throws IOException {
        List<String> values = List.of("", "plain", "<a href=\"x\">O'Neil & co</a>", "caf\u00e9 \u2014 \u201cq\u201d",
                PAIR + "<" + PAIR, "ends high " + PAIR.charAt(0), PAIR.charAt(1) + " starts low", "&amp;&#39;");
        PageWriter out = new PageWriter(); // one writer for all the pages, as a story's pages share one
        for (String a : values) {
            for (String b : values) {
                for (boolean flag : new boolean[] {true, false}) {
                    Map<String, Object> ctx = context(a, b, flag, List.of(a, b, "<&>"));
                    assertThat(ours(ctx, out)).as("a=%s b=%s flag=%s", a, b, flag).isEqualTo(pebbles(ctx));
                }
            }
        }
    }

    @Test
    void pagesAreTheBytesPebbleWritesForRandomText() throws IOException {
        Random random = new Random(7);
        char[] alphabet = {'a', ' ', '<', '>', '&', '"', '\'', '\u00e9', '\u2019', '\n', PAIR.charAt(0), PAIR.charAt(1)};
        PageWriter out = new PageWriter();
        for (int round = 0; round < 500; round++) {
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                texts.add(text.toString());
            }
            Map<String, Object> ctx = context(texts.get(0), texts.get(1), random.nextBoolean(), texts.subList(2, 4));
            assertThat(ours(ctx, out)).as("%s", texts).isEqualTo(pebbles(ctx));
        }
    }

    @Test
    void anEscapedValuePrintedToAnotherWriterIsEscapedText() {
        assertThat(new PageNodes.Escaped("<O'Neil & \"co\">").toString())
                .isEqualTo("&lt;O&#39;Neil &amp; &quot;co&quot;&gt;");
    }

    /** Records what the template hands a specialised writer. */
    private static final class Recorder extends Writer implements SpecializedWriter {
        final List<Object> printed = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return text.toString();
        }

        @Override
        public void write(Object value) {
            printed.add(value);
            SpecializedWriter.super.write(value);
        }

        @Override
        public void writeSpecialized(int i) {
            text.append(i);
        }

        @Override
        public void writeSpecialized(long l) {
            text.append(l);
        }

        @Override
        public void writeSpecialized(double d) {
            text.append(d);
        }

        @Override
        public void writeSpecialized(float f) {
            text.append(f);
        }

        @Override
        public void writeSpecialized(short s) {
            text.append(s);
        }

        @Override
        public void writeSpecialized(byte b) {
            text.append(b);
        }

        @Override
        public void writeSpecialized(char c) {
            text.append(c);
        }

        @Override
        public void writeSpecialized(String s) {
            text.append(s);
        }
    }

    @Test
    void escapedValuesReachTheWriterUnescapedAndRawOnesAsPebbleLeavesThem() throws IOException {
        Recorder out = new Recorder();
        TUNED.getTemplate("{{ a }}|{{ b | raw }}|{{ flag ? a : \"x\" }}").evaluate(out,
                context("<a>", "<b>", true, List.of()), Locale.ROOT);

        assertThat(out.printed).containsExactly(new PageNodes.Escaped("<a>"), new SafeString("<b>"),
                new PageNodes.Escaped("<a>"));
        assertThat(out.toString()).isEqualTo("&lt;a&gt;|<b>|&lt;a&gt;");
    }
}

package news.parallax.cache;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.parallax.render.StorySummary;
import news.parallax.render.StoryView;

/**
 * Writes and reads a {@link StorySummary} field by field, in component order: its view's seven fields, its
 * time, then its pages. A rebuild decodes one summary per story carried over and encodes them all again for
 * the key of the index of stories, so this is plain code: no reflection over the records' components (which
 * parses their generic signatures and spins method handles in a cold JVM).
 */
final class SummaryCodec {

    private SummaryCodec() {}

    static void write(DataOutputStream out, StorySummary summary) throws IOException {
        StoryView v = summary.view();
        writeString(out, v.slug());
        writeString(out, v.title());
        writeString(out, v.href());
        out.writeInt(v.sources());
        out.writeInt(v.clusters());
        out.writeInt(v.shared());
        writeString(out, v.date());
        writeString(out, summary.updated());
        out.writeInt(summary.pages().size());
        for (String page : summary.pages()) {
            writeString(out, page);
        }
    }

    static StorySummary read(DataInputStream in) throws IOException {
        StoryView view = new StoryView(readString(in), readString(in), readString(in), in.readInt(), in.readInt(),
                in.readInt(), readString(in));
        String updated = readString(in);
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("bad page count " + n);
        }
        List<String> pages = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String page = readString(in);
            if (page == null) {
                throw new IOException("a null page path");
            }
            pages.add(page);
        }
        if (updated == null) {
            throw new IOException("a summary without its time");
        }
        return new StorySummary(view, updated, pages);
    }

    /** A length (-1 for null), then the UTF-8 bytes. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > in.available()) {
            throw new IOException("bad string length " + n);
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}

package news.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import news.parallax.cache.Staleness;

/**
 * Build-time tool (run by Maven at {@code process-classes}, never at run time): copies each OpenNLP
 * model of {@link Models} from the classpath (the Maven Central artifacts) to
 * {@code OUTPUT/news/parallax/text/stored-<name>}, the same files in the same order, but stored instead
 * of compressed, so that OpenNLP's byte-at-a-time reads of them cost a copy each, not a call to the
 * inflater ({@code Models} reads these copies). The jar compresses the copy as a whole, and that is
 * read in blocks. The maxent model in each is written in {@link GisFormat}, read in bulk.
 *
 * <p>Usage: {@code ModelRepack OUTPUT_CLASSES_FOLDER [INPUT...]}: does nothing when every copy is newer
 * than every INPUT (this class and the pom).
 */
final class ModelRepack {
    private ModelRepack() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: ModelRepack OUTPUT_CLASSES_FOLDER [INPUT...]");
        }
        for (String name : List.of(Models.SENTENCE, Models.TOKENS, Models.TAGS)) {
            Path out = Path.of(args[0] + Models.STORED + name);
            if (Staleness.upToDate(out, List.of(args).subList(1, args.length))) {
                continue;
            }
            Files.createDirectories(out.getParent());
            Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
            try (InputStream in = ModelRepack.class.getResourceAsStream("/" + name);
                    OutputStream o = Files.newOutputStream(tmp)) {
                if (in == null) {
                    throw new IllegalStateException("missing OpenNLP model /" + name + " on the classpath");
                }
                store(in, o);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The manifest entry of an OpenNLP model, read before its other entries. */
    static final String MANIFEST = "manifest.properties";

    /**
     * Copies the zip file {@code in} (an OpenNLP model) to {@code out}, each file stored (same names and
     * order), and each maxent (GIS) model entry ({@code *.model}) in {@link GisFormat}, which the manifest
     * names as that entry's serializer (a line added at its end); the other files keep their bytes.
     */
    static void store(InputStream in, OutputStream out) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream zin = new ZipInputStream(in)) {
            for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                entries.add(e);
                contents.add(zin.readAllBytes());
            }
        }
        StringBuilder serializers = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            String name = entries.get(i).getName();
            if (name.endsWith(".model")) {
                byte[] fast = GisFormat.convert(contents.get(i));
                if (fast != null) {
                    contents.set(i, fast);
                    serializers.append("serializer-class-").append(name).append('=')
                            .append(GisFormat.class.getName()).append('\n');
                }
            }
        }
        int manifest = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getName().equals(MANIFEST)) {
                manifest = i;
            }
        }
        if (serializers.length() > 0) {
            if (manifest != 0) {
                throw new IOException("the model's first entry is not " + MANIFEST);
            }
            String text = new String(contents.get(0), StandardCharsets.ISO_8859_1);
            contents.set(0, (text + (text.endsWith("\n") ? "" : "\n") + serializers)
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.size(); i++) {
                ZipEntry e = entries.get(i);
                byte[] bytes = contents.get(i);
                ZipEntry stored = new ZipEntry(e.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                stored.setCrc(crc.getValue());
                stored.setTime(e.getTime());
                zout.putNextEntry(stored);
                zout.write(bytes);
                zout.closeEntry();
            }
        }
    }
}

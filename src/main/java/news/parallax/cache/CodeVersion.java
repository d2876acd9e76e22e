package news.parallax.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A content hash of the code a build runs: for the jar, the CRC-32 and CRC-32C of its central directory,
 * which holds the name, size and CRC-32 of every entry (its classes, lexicons, models, templates and
 * libraries), so nothing is unpacked; for a classes folder (tests), the path, length and checksums of every
 * file in it.
 */
final class CodeVersion {

    private static volatile String current;

    private CodeVersion() {}

    /** The hash of the code this class was loaded from; computed once per process. */
    static String current() {
        String v = current;
        if (v == null) {
            v = of(location());
            current = v;
        }
        return v;
    }

    static String of(Path code) {
        Hasher hash = new Hasher();
        try {
            if (Files.isDirectory(code)) {
                for (Path file : files(code)) {
                    hash.add(code.relativize(file).toString().replace('\\', '/'));
                    hash.addContent(Files.readAllBytes(file));
                }
            } else if (!centralDirectory(code, hash)) {
                try (ZipFile zip = new ZipFile(code.toFile(), StandardCharsets.UTF_8)) {
                    for (Enumeration<? extends ZipEntry> it = zip.entries(); it.hasMoreElements();) {
                        ZipEntry e = it.nextElement();
                        hash.add(e.getName() + "\t" + e.getSize() + "\t" + e.getCrc());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code at " + code + " to key the build cache", e);
        }
        return hash.hex();
    }

    /**
     * Hashes the jar's central directory, which lists the name, sizes and CRC-32 of every entry: one read
     * of a few hundred KiB instead of a walk over thousands of entries. False when the jar has no plain
     * end-of-central-directory record (a Zip64 jar), so that the caller walks the entries instead.
     */
    private static boolean centralDirectory(Path jar, Hasher hash) throws IOException {
        try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 0xFFFF);
            ByteBuffer end = readFully(ch, size - tail, tail);
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    long cdSize = end.getInt(i + 12) & 0xFFFFFFFFL;
                    long cdOffset = end.getInt(i + 16) & 0xFFFFFFFFL;
                    if (cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL || cdOffset + cdSize > size) {
                        return false;
                    }
                    // the table's CRC-32 and CRC-32C (64 bits) rather than its SHA-256: it is 0.8 MB, read at the
                    // start of every cached build on the main thread, where SHA-256 runs in the interpreter (tens of
                    // ms), while both checksums are intrinsics; each entry's content is known by a CRC-32 anyway
                    byte[] table = readFully(ch, cdOffset, (int) cdSize).array();
                    CRC32 crc = new CRC32();
                    crc.update(table);
                    CRC32C crcC = new CRC32C();
                    crcC.update(table);
                    hash.add("central directory " + table.length + " " + crc.getValue() + " " + crcC.getValue());
                    return true;
                }
            }
            return false;
        }
    }

    private static ByteBuffer readFully(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, at + buf.position()) < 0) {
                throw new IOException("unexpected end of file");
            }
        }
        return buf;
    }

    /** Every regular file under {@code dir}, sorted by path. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static Path location() {
        CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell where the code was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad code location " + source.getLocation(), e);
        }
    }

    /** SHA-256 over length-prefixed parts, so that no two different lists of parts collide by concatenation. */
    static final class Hasher {
        private final Sha256 digest = new Sha256();

        Hasher add(String part) {
            return add(part.getBytes(StandardCharsets.UTF_8));
        }

        Hasher add(byte[] part) {
            int n = part.length;
            digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            digest.update(part);
            return this;
        }

        /**
         * Adds a file's content as its length, CRC-32C and CRC-32 (both intrinsics, about a gigabyte a second
         * even before the JIT compiles anything) rather than as its bytes: SHA-256 of the bytes ran as plain code,
         * 30-50 ms of CPU for the 1.7 MB of 100 stories in a cold JVM. Two different contents with the same
         * length and both checksums are a 1 in 2^64 chance for unrelated edits.
         */
        Hasher addContent(byte[] content) {
            CRC32C c = new CRC32C();
            c.update(content);
            CRC32 d = new CRC32();
            d.update(content);
            long x = c.getValue();
            long y = d.getValue();
            int n = content.length;
            return add(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n,
                (byte) (x >>> 24), (byte) (x >>> 16), (byte) (x >>> 8), (byte) x,
                (byte) (y >>> 24), (byte) (y >>> 16), (byte) (y >>> 8), (byte) y});
        }

        /** The first 128 bits, in hex. */
        String hex() {
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
    }
}

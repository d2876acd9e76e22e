package news.parallax.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * What a session published under each key (a story's cache key): every file's path with the size, time
 * of last modification and identity (device and inode) it had when it was written. A later session
 * takes a file as the one it wrote while all three are unchanged, as make and rsync do; an edited,
 * replaced or deleted file is not. Kept beside the output (in the build cache), never in the site.
 */
final class Ledger {

    private static final int MAGIC = 0x50584c32; // "PXL2": each key's stamps with their length in bytes

    private Ledger() {}

    /**
     * One published file as the file system described it.
     *
     * @param path     site path
     * @param size     bytes
     * @param modified time of last modification, in nanoseconds since the epoch
     * @param identity the file system's key of the file (device and inode), "" when it has none
     */
    record Stamp(String path, long size, long modified, String identity) {
        Stamp {
            Objects.requireNonNull(path, "path must not be null");
            Objects.requireNonNull(identity, "identity must not be null");
            if (size < 0) {
                throw new IllegalArgumentException("size " + size + " of " + path + " must be >= 0");
            }
        }

        static Stamp of(String path, BasicFileAttributes a) {
            Object key = a.fileKey();
            return new Stamp(path, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    key == null ? "" : key.toString());
        }

        /** True when {@code a} describes a regular file with this size, time and identity. */
        boolean matches(BasicFileAttributes a) {
            return a.isRegularFile() && !identity.isEmpty() && a.size() == size
                    && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified
                    && identity.equals(String.valueOf(a.fileKey()));
        }
    }

    /**
     * The stamps published under one key, kept as the bytes that encode them (a count, then each stamp) and
     * decoded only when asked: a rebuild decodes the entries of the stories it carries over (on the workers,
     * story by story) and writes every carried-over entry back as the bytes it read. Thread-safe.
     */
    static final class Entry {
        private final byte[] bytes;
        private volatile List<Stamp> stamps;

        private Entry(byte[] bytes, List<Stamp> stamps) {
            this.bytes = bytes;
            this.stamps = stamps;
        }

        /** The entry of {@code stamps}, encoded now. */
        static Entry of(List<Stamp> stamps) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * stamps.size() + 4);
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeInt(stamps.size());
                for (Stamp s : stamps) {
                    out.writeUTF(s.path());
                    out.writeLong(s.size());
                    out.writeLong(s.modified());
                    out.writeUTF(s.identity());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot encode a ledger entry in memory", e);
            }
            return new Entry(buffer.toByteArray(), List.copyOf(stamps));
        }

        /** This entry's stamps, then {@code more}'s. */
        static Entry concat(Entry a, Entry more) {
            List<Stamp> all = new ArrayList<>(a.stamps());
            all.addAll(more.stamps());
            return of(all);
        }

        /** The stamps, in the order written; empty when the bytes cannot be decoded (then nothing is reused). */
        List<Stamp> stamps() {
            List<Stamp> s = stamps;
            if (s == null) {
                s = decode(bytes);
                stamps = s;
            }
            return s;
        }

        private static List<Stamp> decode(byte[] bytes) {
            try {
                Reader in = new Reader(bytes);
                int n = in.readInt();
                if (n < 0 || n > bytes.length) {
                    return List.of();
                }
                Stamp[] stamps = new Stamp[n];
                for (int i = 0; i < n; i++) {
                    stamps[i] = new Stamp(in.readUTF(), in.readLong(), in.readLong(), in.readUTF());
                }
                return in.atEnd() ? List.of(stamps) : List.of();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        }
    }

    /**
     * Reads what {@link DataOutputStream} wrote, straight from the array: a rebuild of 100 stories decodes 9,400
     * stamps, and a path or identity of ASCII characters (all of them, in practice) becomes a string without the
     * modified UTF-8 decoder's char array.
     */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int readInt() throws IOException {
            need(4);
            int v = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                    | (bytes[at + 3] & 0xff);
            at += 4;
            return v;
        }

        long readLong() throws IOException {
            long high = readInt();
            return high << 32 | (readInt() & 0xFFFFFFFFL);
        }

        String readUTF() throws IOException {
            need(2);
            int length = (bytes[at] & 0xff) << 8 | (bytes[at + 1] & 0xff);
            need(2 + length);
            int from = at + 2;
            for (int i = from; i < from + length; i++) {
                if (bytes[i] <= 0) { // not ASCII (modified UTF-8 writes U+0000 as two bytes): the JDK's decoder
                    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, at, 2 + length))) {
                        String s = in.readUTF();
                        at += 2 + length;
                        return s;
                    }
                }
            }
            at = from + length;
            return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        }

        boolean atEnd() {
            return at == bytes.length;
        }

        private void need(int n) throws IOException {
            if (n > bytes.length - at) {
                throw new EOFException("ledger entry ends early");
            }
        }
    }

    /**
     * The ledger in {@code file}, by key; empty when there is none or it cannot be read (then nothing is
     * reused). Each key's stamps are decoded when first asked ({@link Entry#stamps()}).
     */
    static Map<String, Entry> read(Path file) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            byte[] bytes = Files.readAllBytes(file);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (bytes.length < 8 || in.readInt() != MAGIC) {
                return Map.of();
            }
            int keys = in.readInt();
            for (int k = 0; k < keys; k++) {
                String key = in.readUTF();
                int length = in.readInt();
                if (length < 4 || length > in.available()) {
                    return Map.of();
                }
                entries.put(key, new Entry(in.readNBytes(length), null));
            }
            if (in.read() != -1) {
                return Map.of();
            }
            return entries;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // torn or foreign: reuse nothing, and the next commit writes a new one
        }
    }

    /** Writes {@code entries} to {@code file} atomically (a temporary file moved into place). */
    static void write(Path file, Map<String, Entry> entries) throws IOException {
        Path folder = Objects.requireNonNull(file.toAbsolutePath().getParent(), "ledger folder");
        Files.createDirectories(folder);
        Path temp = Publisher.freshFile(folder, file.getFileName().toString(), ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(temp);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                out.writeInt(MAGIC);
                out.writeInt(entries.size());
                for (Map.Entry<String, Entry> e : entries.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeInt(e.getValue().bytes.length);
                    out.write(e.getValue().bytes);
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

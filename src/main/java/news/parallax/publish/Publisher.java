package news.parallax.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import news.parallax.model.SiteFiles;

/**
 * Writes {@link SiteFiles} to an output folder. The files go to a fresh temporary folder next to the
 * output; only when all are written is the old output moved aside and the new one moved in, then the
 * old one deleted. If anything fails before the swap, the old output is untouched. A file whose bytes
 * equal the old output's file at the same path (the pages of stories that did not change, on a rebuild)
 * is a hard link to that file rather than a new copy: the file system then makes a name, not a file.
 */
public final class Publisher {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    /** Publishes {@code site} to {@code output}, replacing what was there. */
    public void publish(SiteFiles site, Path output) throws IOException {
        try (Session session = open(output)) {
            session.write(site);
            session.commit();
        }
    }

    /**
     * Refuses a site path that is not a plain relative path of safe names: '/'-separated segments of
     * ASCII letters, digits, '.', '_' and '-', none empty, "." or "..". Renderers make paths from slugs,
     * so anything else is a bug, not bad input.
     */
    static void checkPath(String path) {
        if (path.isEmpty() || path.length() > 240) {
            throw new IllegalArgumentException("site path must be 1..240 characters: \"" + path + "\"");
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..") || !SAFE_SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("site path \"" + path + "\" has an unsafe segment \"" + segment
                        + "\": want 1..128 ASCII letters, digits, '.', '_' or '-', and not \".\" or \"..\"");
            }
        }
    }

    /**
     * Opens a session that publishes to {@code output} a part at a time, for sites too big to hold in
     * memory: parts are written to a fresh temporary folder as they come (from any thread), and
     * {@link Session#commit()} swaps the folder into place as {@link #publish} does. Closing a session
     * that was not committed deletes the temporary folder and leaves {@code output} untouched.
     */
    public Session open(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot publish to the file-system root " + target);
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        return new Session(Files.createTempDirectory(parent, "." + name + ".new-"), target, parent, name);
    }

    /** A publication in progress: see {@link Publisher#open}. Thread-safe. */
    public static final class Session implements AutoCloseable {
        private final Path fresh;
        private final Path target;
        private final Path parent;
        private final String name;
        private final Set<String> written = ConcurrentHashMap.newKeySet();
        /** Folders made so far: making one that exists throws (and catches) an exception inside the JDK. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private boolean committed;
        /** Whether unchanged files are linked to the current output's (see {@link #linkedToSame}). */
        private volatile boolean linking;

        private Session(Path fresh, Path target, Path parent, String name) {
            this.fresh = fresh;
            this.target = target;
            this.parent = parent;
            this.name = name;
            this.linking = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
        }

        /** Writes a part of the site; no two parts may hold the same path. */
        public void write(SiteFiles part) throws IOException {
            for (Map.Entry<String, byte[]> e : part.files().entrySet()) {
                if (!written.add(e.getKey())) {
                    throw new IllegalStateException("two parts of the site write " + e.getKey());
                }
                checkPath(e.getKey());
                Path file = fresh.resolve(e.getKey()).normalize();
                if (!file.startsWith(fresh) || file.equals(fresh)) {
                    throw new IllegalArgumentException("site path escapes the output folder: " + e.getKey());
                }
                Path folder = file.getParent();
                if (!folders.contains(folder)) {
                    Files.createDirectories(folder);
                    folders.add(folder);
                }
                if (!linkedToSame(e.getKey(), file, e.getValue())) {
                    Files.write(file, e.getValue());
                }
            }
        }

        /**
         * Links {@code file} to the output's current file at {@code path} when that holds exactly {@code bytes} (a
         * page of a story that did not change): a second name for the same bytes, cheaper for the file system
         * than a new file, and the old output stays whole until the swap. False, and nothing done, otherwise.
         */
        private boolean linkedToSame(String path, Path file, byte[] bytes) throws IOException {
            if (!linking) {
                return false;
            }
            Path current = target.resolve(path);
            // java.io.File answers "no such file" without an exception: most new files are not in the old output
            File old = current.toFile();
            if (!old.isFile() || old.length() != bytes.length || Files.isSymbolicLink(current)) {
                return false;
            }
            try {
                if (!Arrays.equals(Files.readAllBytes(current), bytes)) {
                    return false;
                }
                Files.createLink(file, current);
                return true;
            } catch (NoSuchFileException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // no hard links on this file system (or across these folders): write copies from now on
                linking = false;
                return false;
            }
        }

        /** How many files were written so far. */
        public int files() {
            return written.size();
        }

        /** Moves what was written into place, replacing the old output. */
        public synchronized void commit() throws IOException {
            if (committed) {
                throw new IllegalStateException("session for " + target + " is already committed");
            }
            swap(fresh, target, parent, name);
            committed = true;
        }

        /** Deletes the temporary folder if the session was not committed. */
        @Override
        public synchronized void close() throws IOException {
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
    }

    private static void swap(Path fresh, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            move(fresh, target);
            return;
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes a folder and everything in it, without following symbolic links. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

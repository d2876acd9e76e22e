package news.parallax.publish;

import java.io.File;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
        int n = path.length();
        if (n == 0 || n > 240) {
            throw new IllegalArgumentException("site path must be 1..240 characters: \"" + path + "\"");
        }
        // by hand, not a regular expression per segment: a rebuild checks every path it carries over (9,500 for
        // 100 stories) in a cold JVM
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && path.charAt(i) != '/') {
                continue;
            }
            if (!safeSegment(path, start, i)) {
                throw new IllegalArgumentException("site path \"" + path + "\" has an unsafe segment \""
                        + path.substring(start, i) + "\": want 1..128 ASCII letters, digits, '.', '_' or '-', and not"
                        + " \".\" or \"..\"");
            }
            start = i + 1;
        }
    }

    /** True when {@code path[from, to)} is 1..128 of [A-Za-z0-9._-], and not "." or "..". */
    private static boolean safeSegment(String path, int from, int to) {
        int length = to - from;
        if (length < 1 || length > 128) {
            return false;
        }
        if (path.charAt(from) == '.' && (length == 1 || length == 2 && path.charAt(from + 1) == '.')) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = path.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Opens a session that publishes to {@code output} a part at a time, for sites too big to hold in
     * memory: parts are written to a fresh temporary folder as they come (from any thread), and
     * {@link Session#commit()} swaps the folder into place as {@link #publish} does. Closing a session
     * that was not committed deletes the temporary folder and leaves {@code output} untouched.
     */
    public Session open(Path output) throws IOException {
        return open(output, Optional.empty());
    }

    /**
     * As {@link #open(Path)}, keeping a ledger of what is published under each key in {@code ledger} (a file
     * outside the site): a later session to the same output can then carry the files of an unchanged key
     * over from the output as they are ({@link Session#reuse}) instead of writing them again.
     */
    public Session open(Path output, Optional<Path> ledger) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot publish to the file-system root " + target);
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        return new Session(freshFolder(parent, "." + name + ".new-"), target, parent, name, ledger);
    }

    /**
     * A new empty folder in {@code parent} named {@code prefix} and the first free number. Made with the
     * mode any new folder gets (the user's umask, usually rwxr-xr-x), not a temporary folder's owner-only
     * rwx------: this folder becomes the published site, which a web server running as another user must read.
     */
    static Path freshFolder(Path parent, String prefix) throws IOException {
        for (int i = 0; ; i++) {
            try {
                return Files.createDirectory(parent.resolve(prefix + i));
            } catch (FileAlreadyExistsException taken) {
                // a folder left by a build that was killed, or one running beside this: try the next number
            }
        }
    }

    /**
     * A new empty file in {@code folder} named {@code prefix}, the first free number and {@code suffix}: a
     * temporary file to write and then move into place. Not {@link Files#createTempFile}, whose random name
     * loads and seeds the security providers' {@code SecureRandom} (some 50 classes and a read of the
     * system's entropy) in every build that writes its cache.
     */
    public static Path freshFile(Path folder, String prefix, String suffix) throws IOException {
        for (int i = 0; ; i++) {
            try {
                return Files.createFile(folder.resolve(prefix + "." + i + suffix));
            } catch (FileAlreadyExistsException taken) {
                // left by a build that was killed, or written by one running beside this: try the next number
            }
        }
    }

    /** A publication in progress: see {@link Publisher#open}. Thread-safe. */
    public static final class Session implements AutoCloseable {
        private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9._-]{1,128}/");

        private final Path fresh;
        private final Path target;
        private final Path parent;
        private final String name;
        private final Optional<Path> ledger;
        /** The files written or carried over so far, each with the key it was published under ("" for none). */
        private final Map<String, String> written = new ConcurrentHashMap<>(1 << 14);
        /** Folders made so far: making one that exists throws (and catches) an exception inside the JDK. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /** What the last commit to the output published under each key, by the ledger. */
        private final Map<String, Ledger.Entry> previous;
        /** What this session publishes under each key, for the next session's ledger. */
        private final Map<String, Ledger.Entry> next = new ConcurrentHashMap<>();
        /**
         * The files written or linked one by one (not in a folder carried over whole), with their keys: only
         * these can share a folder with another key's folder carried over ({@link #keepFoldersApart}).
         */
        private final Queue<Map.Entry<String, String>> loose = new ConcurrentLinkedQueue<>();
        /** Folders of the output carried over whole at the commit: folder -> the key that published it. */
        private final Map<String, String> moves = new ConcurrentHashMap<>();
        /** The files in each folder of {@link #moves}. */
        private final Map<String, List<String>> moved = new ConcurrentHashMap<>();
        private boolean committed;
        /** Whether unchanged files are linked to the current output's (see {@link #linkedToSame}). */
        private volatile boolean linking;

        private Session(Path fresh, Path target, Path parent, String name, Optional<Path> ledger) {
            this.fresh = fresh;
            this.target = target;
            this.parent = parent;
            this.name = name;
            this.ledger = ledger;
            this.linking = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
            this.previous = linking && ledger.isPresent() ? Ledger.read(ledger.get()) : Map.of();
        }

        /** Writes a part of the site; no two parts may hold the same path. */
        public void write(SiteFiles part) throws IOException {
            write("", part);
        }

        /**
         * Writes the files published under {@code key} (a story's cache key: the same key, the same files), and
         * records them in the ledger so that the next session may carry them over ({@link #reuse}).
         */
        public void write(String key, SiteFiles part) throws IOException {
            boolean stamped = !key.isEmpty() && ledger.isPresent();
            List<Ledger.Stamp> stamps = new ArrayList<>();
            for (Map.Entry<String, byte[]> e : part.files().entrySet()) {
                Path file = claim(e.getKey(), key);
                if (!linkedToSame(e.getKey(), file, e.getValue())) {
                    Files.write(file, e.getValue());
                }
                if (stamped) {
                    stamps.add(Ledger.Stamp.of(e.getKey(),
                            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
                }
            }
            if (stamped) {
                next.merge(key, Ledger.Entry.of(stamps), Ledger.Entry::concat);
            }
        }

        /**
         * Carries over the files that the last commit to the output published under {@code key}, when they
         * are still there as it wrote them (same size, time and identity; see {@link Ledger}) and are exactly
         * {@code paths}: they become part of this site without being read or written. The files in
         * {@code folder} ("" for none, else one name and '/': a folder that holds only this key's files) are
         * carried over as the folder itself, moved into the new site at the commit; the others are linked to
         * now. False, and nothing done, when the ledger has no such files or any of them changed: the caller
         * then writes them.
         */
        public boolean reuse(String key, String folder, Collection<String> paths) throws IOException {
            if (!folder.isEmpty() && !FOLDER.matcher(folder).matches()) {
                throw new IllegalArgumentException("folder \"" + folder + "\" must be \"\" or one safe name and '/'");
            }
            Ledger.Entry entry = previous.get(key);
            List<Ledger.Stamp> stamps = entry == null ? null : entry.stamps();
            if (stamps == null || key.isEmpty() || stamps.size() != paths.size()) {
                return false;
            }
            Map<String, Ledger.Stamp> byPath = new HashMap<>(2 * stamps.size());
            stamps.forEach(s -> byPath.put(s.path(), s));
            List<String> inFolder = new ArrayList<>();
            for (String p : paths) {
                if (!byPath.containsKey(p)) {
                    return false;
                }
                if (!folder.isEmpty() && p.startsWith(folder)) {
                    inFolder.add(p);
                }
            }
            boolean whole = !inFolder.isEmpty() && holdsExactly(folder, inFolder, byPath);
            List<String> single = new ArrayList<>();
            for (String p : paths) {
                if (!(whole && p.startsWith(folder))) {
                    BasicFileAttributes a = attributes(target.resolve(p));
                    if (a == null || !byPath.get(p).matches(a)) {
                        return false;
                    }
                    single.add(p);
                }
            }
            for (String p : paths) {
                checkPath(p);
                if (written.putIfAbsent(p, key) != null) {
                    throw new IllegalStateException("two parts of the site write " + p);
                }
            }
            single.forEach(p -> loose.add(Map.entry(p, key)));
            if (!single.isEmpty() && !linkAll(single)) {
                paths.forEach(written::remove); // the caller writes them
                return false;
            }
            if (whole) {
                moved.put(folder, List.copyOf(inFolder));
                moves.put(folder, key);
            }
            next.put(key, entry); // the same stamps: written back as the bytes read
            return true;
        }

        /**
         * Carries over every file that the last commit to the output published under {@code key}, as
         * {@link #reuse(String, String, Collection)} does with no folder: for a key that stands for its files
         * (the same key, the same files), whose paths the ledger knows. False, and nothing done, when the ledger
         * has no files under {@code key} or any of them changed.
         */
        public boolean reuse(String key) throws IOException {
            Ledger.Entry entry = previous.get(key);
            if (entry == null || entry.stamps().isEmpty()) {
                return false;
            }
            return reuse(key, "", entry.stamps().stream().map(Ledger.Stamp::path).toList());
        }

        /**
         * True when folder {@code folder} of the output is a folder (not a link) that holds {@code files} and
         * nothing else (no other file, link or empty folder), each as {@code stamps} describes it.
         */
        private boolean holdsExactly(String folder, List<String> files, Map<String, Ledger.Stamp> stamps)
                throws IOException {
            Path root = target.resolve(folder);
            BasicFileAttributes top = attributes(root);
            if (top == null || !top.isDirectory()) {
                return false;
            }
            Set<String> expectedFolders = new HashSet<>();
            for (String f : files) {
                for (int i = f.indexOf('/', folder.length()); i >= 0; i = f.indexOf('/', i + 1)) {
                    expectedFolders.add(f.substring(0, i + 1));
                }
            }
            int[] seen = {0, 0};
            return holdsOnly(root, folder, expectedFolders, stamps, seen) && seen[0] == files.size()
                    && seen[1] == expectedFolders.size() + 1;
        }

        /**
         * Walks {@code dir} (site path {@code at}, ending in '/') without following links: true when every folder in
         * it is one of {@code folders} and every other entry a regular file as {@code stamps} describes it. Counts
         * the files and folders seen in {@code seen}. Site paths are made by appending names, not by relativizing
         * each file's path (a rebuild of 100 stories walks 9,400 files).
         */
        private static boolean holdsOnly(Path dir, String at, Set<String> folders, Map<String, Ledger.Stamp> stamps,
                int[] seen) {
            seen[1]++;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    BasicFileAttributes a = attributes(entry);
                    if (a == null) {
                        return false;
                    }
                    String p = at + entry.getFileName().toString();
                    if (a.isDirectory()) {
                        String sub = p + "/";
                        if (!folders.contains(sub) || !holdsOnly(entry, sub, folders, stamps, seen)) {
                            return false;
                        }
                    } else {
                        Ledger.Stamp stamp = stamps.get(p);
                        if (stamp == null || !stamp.matches(a)) {
                            return false;
                        }
                        seen[0]++;
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                return false;
            }
            return true;
        }

        /** Links the new site's file at each of {@code paths} to the output's; false (none made) if it cannot. */
        private boolean linkAll(List<String> paths) throws IOException {
            if (!linking) {
                return false;
            }
            List<Path> made = new ArrayList<>();
            try {
                for (String p : paths) {
                    Path file = inFresh(p);
                    makeFolder(file.getParent());
                    Files.createLink(file, target.resolve(p));
                    made.add(file);
                }
                return true;
            } catch (UnsupportedOperationException | FileSystemException e) {
                for (Path f : made) {
                    Files.deleteIfExists(f);
                }
                if (!(e instanceof NoSuchFileException)) {
                    linking = false;
                }
                return false;
            }
        }

        /** Registers {@code path} as written under {@code key} and returns its file in the new site. */
        private Path claim(String path, String key) throws IOException {
            if (written.putIfAbsent(path, key) != null) {
                throw new IllegalStateException("two parts of the site write " + path);
            }
            loose.add(Map.entry(path, key));
            checkPath(path);
            Path file = inFresh(path);
            makeFolder(file.getParent());
            return file;
        }

        private Path inFresh(String path) {
            Path file = fresh.resolve(path).normalize();
            if (!file.startsWith(fresh) || file.equals(fresh)) {
                throw new IllegalArgumentException("site path escapes the output folder: " + path);
            }
            return file;
        }

        private void makeFolder(Path folder) throws IOException {
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
        }

        private static BasicFileAttributes attributes(Path file) {
            try {
                return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return null;
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

        /**
         * Moves what was written into place, replacing the old output: the folders carried over whole are
         * moved from the old output into the new site, then the new site takes the old one's place. If any
         * step fails, the old output is put back as it was.
         */
        public synchronized void commit() throws IOException {
            if (committed) {
                throw new IllegalStateException("session for " + target + " is already committed");
            }
            keepFoldersApart();
            if (ledger.isPresent()) {
                Files.deleteIfExists(ledger.get()); // until the new one is written, nothing can be carried over
            }
            List<String> done = new ArrayList<>();
            Path old;
            try {
                for (String folder : new TreeSet<>(moves.keySet())) {
                    move(target.resolve(folder), fresh.resolve(folder));
                    done.add(folder);
                }
                old = swap(fresh, target, parent, name);
            } catch (IOException | RuntimeException e) {
                for (String folder : done) {
                    try {
                        move(fresh.resolve(folder), target.resolve(folder));
                    } catch (IOException again) {
                        e.addSuppressed(again);
                    }
                }
                throw e;
            }
            committed = true;
            if (ledger.isPresent()) {
                Ledger.write(ledger.get(), new TreeMap<>(next));
            }
            if (old != null) {
                deleteTree(old);
            }
        }

        /**
         * A folder to carry over whole may hold no file of another part of the site (one written, or carried
         * over under another key): its files are then linked one by one instead, or copied.
         */
        private void keepFoldersApart() throws IOException {
            Set<String> shared = new TreeSet<>();
            if (moves.isEmpty()) {
                return;
            }
            for (Map.Entry<String, String> e : loose) {
                int slash = e.getKey().indexOf('/');
                if (slash > 0) {
                    String owner = moves.get(e.getKey().substring(0, slash + 1));
                    if (owner != null && !owner.equals(e.getValue())) {
                        shared.add(e.getKey().substring(0, slash + 1));
                    }
                }
            }
            for (String folder : shared) {
                String key = moves.remove(folder);
                List<String> files = moved.remove(folder);
                if (!linkAll(files)) {
                    next.remove(key); // copies have other stamps: the next session writes them again
                    for (String p : files) {
                        Path file = inFresh(p);
                        makeFolder(file.getParent());
                        Files.copy(target.resolve(p), file, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }

        /** Deletes the temporary folder if the session was not committed. */
        @Override
        public synchronized void close() throws IOException {
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
    }

    /** Moves {@code fresh} to {@code target}; returns where the old target went (to delete), or null. */
    private static Path swap(Path fresh, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            move(fresh, target);
            return null;
        }
        // a free name, taken then freed for the move (not Files.createTempDirectory: its random name
        // loads and seeds the security providers' SecureRandom, some 50 classes, on every rebuild)
        Path old = freshFolder(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        return old;
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

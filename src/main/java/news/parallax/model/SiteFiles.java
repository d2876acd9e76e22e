package news.parallax.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rendered site held in memory: relative paths ('/'-separated, no "..") to file contents.
 */
public record SiteFiles(SortedMap<String, byte[]> files) {
    public SiteFiles {
        Objects.requireNonNull(files, "files must not be null");
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, bytes) -> {
            checkPath(path);
            copy.put(path, Objects.requireNonNull(bytes, "contents of " + path + " must not be null"));
        });
        files = Collections.unmodifiableSortedMap(copy);
    }

    private static void checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("site path \"" + path + "\" must be relative and use '/'");
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("site path \"" + path + "\" has an empty, '.' or '..' part");
            }
        }
    }
}

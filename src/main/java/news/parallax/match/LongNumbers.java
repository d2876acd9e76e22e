package news.parallax.match;

/**
 * Dense numbers 0, 1, 2, ... for long (or int) keys, each numbered on first sight: an open-addressing
 * table without boxing, for the per-story numberings of letter trigrams, senses, stems and prefixes.
 * Not thread-safe.
 */
final class LongNumbers {
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;

    LongNumbers() {
        this(128);
    }

    /** A table for about {@code expected} keys without growing (it grows past them as needed). */
    LongNumbers(int expected) {
        int slots = Math.max(256, Integer.highestOneBit(Math.max(1, Math.min(expected, 1 << 24)) * 2 - 1) << 1);
        keys = new long[slots];
        values = new int[slots];
        used = new boolean[slots];
    }

    /** How many keys are numbered. */
    int size() {
        return size;
    }

    /** The number of {@code key}, numbering it now if it is new. */
    int of(long key) {
        int slot = find(key);
        if (used[slot]) {
            return values[slot];
        }
        used[slot] = true;
        keys[slot] = key;
        values[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    /** The number of a key numbered before. */
    int get(long key) {
        int slot = find(key);
        if (!used[slot]) {
            throw new IllegalStateException("not numbered: " + key);
        }
        return values[slot];
    }

    /** The slot that holds {@code key}, or the free slot where it would go. */
    private int find(long key) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int slot(long key, int mask) {
        return (int) (key * 0x9E3779B97F4A7C15L >>> 32) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldKeys[i], mask);
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }
}

package io.auditlens.findings;

/** A set of (int, int) pairs of positive codes, open addressing on one long array: no object per pair. */
final class PairSet {

    private long[] table;
    private int size;

    PairSet(int expected) {
        table = new long[Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2];
    }

    /** Adds the pair; true when it was not there yet. Both codes must be positive. */
    boolean add(int a, int b) {
        long key = ((long) a << 32) | (b & 0xFFFFFFFFL);
        int mask = table.length - 1;
        int slot = spread(key) & mask;
        long entry;
        while ((entry = table[slot]) != 0) {
            if (entry == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        table[slot] = key;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long key : old) {
            if (key != 0) {
                int slot = spread(key) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = key;
            }
        }
    }

    private static int spread(long key) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32));
    }
}

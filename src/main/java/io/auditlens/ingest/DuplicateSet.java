package io.auditlens.ingest;

/**
 * An open-addressing set of 128-bit content hashes, without a boxed object per entry. Both halves of a hash sit
 * side by side in one array, so an insert touches one cache line: with a million events, each is a miss.
 */
final class DuplicateSet {

    private long[] slots;
    private int size;
    /** Whether the hash 0/0 was added; in the table 0/0 marks an empty slot. */
    private boolean zeroAdded;

    /** A set with room for two thirds to four thirds of {@code expected} hashes before it has to grow. */
    DuplicateSet(int expected) {
        int pairs = Integer.highestOneBit(Math.min(1 << 29, Math.max(1 << 10, expected)) * 2 - 1);
        slots = new long[2 * pairs];
    }

    /** Adds a hash; false when it was already present. */
    boolean add(long ha, long hb) {
        if (ha == 0 && hb == 0) {
            boolean added = !zeroAdded;
            zeroAdded = true;
            return added;
        }
        if (size * 3L >= slots.length) { // at most two thirds of the slot pairs in use
            grow();
        }
        if (!insert(slots, ha, hb)) {
            return false;
        }
        size++;
        return true;
    }

    private static boolean insert(long[] table, long ha, long hb) {
        int mask = (table.length >> 1) - 1;
        int i = (int) (ha ^ (ha >>> 32)) & mask;
        while (table[2 * i] != 0 || table[2 * i + 1] != 0) {
            if (table[2 * i] == ha && table[2 * i + 1] == hb) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[2 * i] = ha;
        table[2 * i + 1] = hb;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0 || slots[i + 1] != 0) {
                insert(bigger, slots[i], slots[i + 1]);
            }
        }
        slots = bigger;
    }
}

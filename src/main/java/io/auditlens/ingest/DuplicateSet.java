package io.auditlens.ingest;

/** An open-addressing set of 128-bit content hashes, without a boxed object per entry. */
final class DuplicateSet {

    private long[] a = new long[1 << 16];
    private long[] b = new long[1 << 16];
    private boolean[] used = new boolean[1 << 16];
    private int size;

    /** Adds a hash; false when it was already present. */
    boolean add(long ha, long hb) {
        if (size * 2 >= used.length) {
            rehash();
        }
        int mask = used.length - 1;
        int i = (int) (ha ^ (ha >>> 32)) & mask;
        while (used[i]) {
            if (a[i] == ha && b[i] == hb) {
                return false;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        a[i] = ha;
        b[i] = hb;
        size++;
        return true;
    }

    private void rehash() {
        long[] oldA = a;
        long[] oldB = b;
        boolean[] oldUsed = used;
        a = new long[oldA.length * 2];
        b = new long[oldB.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                add(oldA[i], oldB[i]);
            }
        }
    }
}

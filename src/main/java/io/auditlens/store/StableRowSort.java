package io.auditlens.store;

/**
 * Stable sorts of row ids by primitive keys, without boxing: LSD radix sort on 64-bit keys, and counting sort on
 * small ranks. Stability is what lets one sort break ties by an earlier one (time).
 */
public final class StableRowSort {

    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;

    private StableRowSort() {
    }

    /** {@code rows} reordered by event time; rows with equal times keep their order. */
    public static int[] byTime(int[] rows, long[] time) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        boolean sorted = true;
        for (int i = 0; i < rows.length; i++) {
            long t = time[rows[i]];
            sorted &= i == 0 || time[rows[i - 1]] <= t;
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        if (sorted) {
            return rows.clone();
        }
        int keyBits = 64 - Long.numberOfLeadingZeros(max - min);
        // Keys are indexed by position rather than row, so a few rows of a large store need only a small array.
        int[] positions = new int[rows.length];
        long[] key = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            positions[i] = i;
            key[i] = time[rows[i]] - min;
        }
        int[] order = byUnsignedKey(positions, key, keyBits);
        int[] out = new int[rows.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows[order[i]];
        }
        return out;
    }

    /**
     * {@code rows} reordered by {@code key[row]} read as an unsigned number of at most {@code keyBits} bits;
     * rows with equal keys keep their order.
     */
    public static int[] byUnsignedKey(int[] rows, long[] key, int keyBits) {
        int[] from = rows.clone();
        int[] to = new int[rows.length];
        int[] count = new int[RADIX + 1];
        for (int shift = 0; shift < keyBits; shift += DIGIT_BITS) {
            java.util.Arrays.fill(count, 0);
            for (int row : from) {
                count[(int) ((key[row] >>> shift) & (RADIX - 1)) + 1]++;
            }
            if (count[1] == from.length) {
                continue; // every key has this digit zero; the order is unchanged
            }
            for (int d = 0; d < RADIX; d++) {
                count[d + 1] += count[d];
            }
            for (int row : from) {
                to[count[(int) ((key[row] >>> shift) & (RADIX - 1))]++] = row;
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        return from;
    }

    /** {@code rows} reordered by {@code rank[codes[row]]} (ranks below {@code ranks}); ties keep their order. */
    public static int[] byRank(int[] rows, int[] codes, int[] rank, int ranks) {
        int[] start = new int[ranks + 1];
        for (int row : rows) {
            start[rank[codes[row]] + 1]++;
        }
        for (int r = 0; r < ranks; r++) {
            start[r + 1] += start[r];
        }
        int[] out = new int[rows.length];
        for (int row : rows) {
            out[start[rank[codes[row]]]++] = row;
        }
        return out;
    }
}

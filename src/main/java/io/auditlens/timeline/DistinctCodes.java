package io.auditlens.timeline;

import java.util.Arrays;

/**
 * Collects the distinct (group, code) pairs seen over many rows, such as the tags of each digest, without a set
 * per group. Consecutive repeats within a group are dropped as they arrive, which keeps the buffer small because
 * events of one digest mostly repeat its last tag and region.
 */
final class DistinctCodes {

    private final int[] lastCode;
    private long[] pairs = new long[256];
    private int size;

    DistinctCodes(int groups) {
        lastCode = new int[groups];
        Arrays.fill(lastCode, -1);
    }

    void add(int group, int code) {
        if (lastCode[group] == code) {
            return;
        }
        lastCode[group] = code;
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = ((long) group << 32) | code;
    }

    /** For each group, its distinct codes in ascending order; groups without codes get an empty array. */
    int[][] byGroup() {
        long[] sorted = Arrays.copyOf(pairs, size);
        Arrays.sort(sorted);
        int[] counts = new int[lastCode.length];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                counts[(int) (sorted[i] >>> 32)]++;
            }
        }
        int[][] out = new int[lastCode.length][];
        for (int g = 0; g < out.length; g++) {
            out[g] = new int[counts[g]];
        }
        int[] filled = new int[lastCode.length];
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                int g = (int) (sorted[i] >>> 32);
                out[g][filled[g]++] = (int) sorted[i];
            }
        }
        return out;
    }
}

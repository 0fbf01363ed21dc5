package io.auditlens.ingest;

/**
 * How far a private decompressed copy may grow: its room is checked every {@code checkEvery} bytes, it leaves a
 * memory-backed folder for the disk when that has less than {@code memoryMargin} bytes (or a quarter of its size)
 * left, and it stops when the disk would keep less than {@code diskMargin} free or when it passes
 * {@code maxExpansion} times the compressed input (but never below {@code minCap}), as a decompression bomb does.
 */
record SpoolLimits(long checkEvery, long memoryMargin, long diskMargin, int maxExpansion, long minCap) {

    /** The limits of a normal load: real exports inflate 8 to 20 times; a bomb inflates hundreds of times. */
    static final SpoolLimits DEFAULT = new SpoolLimits(32L << 20, 2L << 30, 1L << 30, 100, 1L << 30);

    /** The largest copy allowed for an input of {@code compressedBytes}. */
    long capFor(long compressedBytes) {
        long byRatio = compressedBytes > Long.MAX_VALUE / maxExpansion ? Long.MAX_VALUE : compressedBytes * maxExpansion;
        return Math.max(minCap, byRatio);
    }
}

package io.auditlens.fields;

/**
 * A HyperLogLog estimate of how many distinct 64-bit hashes were added, within about 1% for 2^14 registers;
 * used only once a field has more distinct values than are worth keeping. Not thread-safe; merge per-thread ones.
 */
final class DistinctSketch {

    private static final int P = 14;
    private static final int M = 1 << P;

    private final byte[] registers = new byte[M];

    void add(long hash) {
        int index = (int) (hash >>> (64 - P));
        // The bit set below the hash keeps the rank finite when the remaining bits are all zero.
        int rank = Long.numberOfLeadingZeros((hash << P) | (1L << (P - 1))) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    void addAll(DistinctSketch other) {
        for (int i = 0; i < M; i++) {
            if (other.registers[i] > registers[i]) {
                registers[i] = other.registers[i];
            }
        }
    }

    long estimate() {
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += 1.0 / (1L << r);
            if (r == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / M);
        double raw = alpha * M * (double) M / sum;
        // Linear counting is the better estimate while many registers are still empty.
        if (raw <= 2.5 * M && zeros > 0) {
            return Math.round(M * Math.log((double) M / zeros));
        }
        return Math.round(raw);
    }

    /** A well-mixed 64-bit hash of a string (FNV-1a, then the SplitMix64 finaliser). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The same hash as {@link #hash(String)} of the text in {@code chars[offset, offset + length)}. */
    static long hash(char[] chars, int offset, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = offset; i < offset + length; i++) {
            h ^= chars[i];
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    private static long mix(long h) {
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}

package io.auditlens.ingest;

/**
 * Order-independent 128-bit hashing of JSON content: every leaf contributes a hash of its path and value, and the
 * contributions are summed, so key order and whitespace do not change the result while any value change does.
 */
final class ContentHash {

    static final long ROOT = 0x243F6A8885A308D3L;

    private ContentHash() {
    }

    /** Path hash of an object member. */
    static long member(long parent, String name) {
        return mix(parent * 31 + name.hashCode());
    }

    /** Path hash of an array element; arrays keep their order. */
    static long element(long parent, int index) {
        return mix(parent ^ (0x9E3779B97F4A7C15L * (index + 1)));
    }

    /** The first of the two leaf contributions. */
    static long leafA(long path, long value) {
        return mix(path + value * 0xC2B2AE3D27D4EB4FL);
    }

    /** The second, independent leaf contribution. */
    static long leafB(long path, long value) {
        return mix(value ^ Long.rotateLeft(path, 29) ^ 0x165667B19E3779F9L);
    }

    // Stafford variant 13 of the SplitMix64 finaliser: cheap and well distributed.
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

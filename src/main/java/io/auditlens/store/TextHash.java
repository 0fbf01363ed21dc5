package io.auditlens.store;

/**
 * A fast 64-bit hash of text, the same for a char slice and for a String with the same characters, so that
 * loading can look values up in dictionaries without first turning them into Strings.
 */
public final class TextHash {

    private static final long SEED = 0x9E3779B97F4A7C15L;
    private static final long MULTIPLIER = 0xFF51AFD7ED558CCDL;

    private TextHash() {
    }

    /** Hash of {@code len} chars of {@code buf} from {@code off}. */
    public static long of(char[] buf, int off, int len) {
        long h = SEED ^ len;
        int i = off;
        int end = off + len;
        // Four chars per multiply: this runs over every string value of every loaded event.
        for (; i + 4 <= end; i += 4) {
            long packed = buf[i] | (long) buf[i + 1] << 16 | (long) buf[i + 2] << 32 | (long) buf[i + 3] << 48;
            h = Long.rotateLeft((h ^ packed) * MULTIPLIER, 29);
        }
        for (; i < end; i++) {
            h = Long.rotateLeft((h ^ buf[i]) * MULTIPLIER, 29);
        }
        return finish(h);
    }

    /** Hash of a string; equal to {@link #of(char[], int, int)} over the same characters. */
    public static long of(String s) {
        int len = s.length();
        long h = SEED ^ len;
        int i = 0;
        for (; i + 4 <= len; i += 4) {
            long packed = s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32
                    | (long) s.charAt(i + 3) << 48;
            h = Long.rotateLeft((h ^ packed) * MULTIPLIER, 29);
        }
        for (; i < len; i++) {
            h = Long.rotateLeft((h ^ s.charAt(i)) * MULTIPLIER, 29);
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 29);
    }
}

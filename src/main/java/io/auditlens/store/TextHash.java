package io.auditlens.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A fast 64-bit hash of text as UTF-8 bytes, the same for a byte slice and for a String with the same
 * characters, so that loading can look values up in dictionaries straight from the bytes it read.
 */
public final class TextHash {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long MULTIPLIER = 0xFF51AFD7ED558CCDL;

    private TextHash() {
    }

    /** Hash of the UTF-8 text in {@code buf[off, off+len)}. */
    public static long of(byte[] buf, int off, int len) {
        long h = START;
        int i = off;
        int end = off + len;
        // Eight bytes per multiply: this runs over every string value of every loaded event.
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            h = step(h, (long) LONGS.get(buf, i));
        }
        if (i < end) {
            long tail = 0;
            for (int shift = 0; i < end; i++, shift += 8) {
                tail |= (buf[i] & 0xFFL) << shift;
            }
            h = step(h, tail);
        }
        return finish(h, len);
    }

    /**
     * The state before the first {@link #step}; with {@code step} and {@link #finish} a scanner computes the hash
     * while it reads: one step per eight bytes read little-endian, the last partial word zero-padded.
     */
    public static final long START = 0x9E3779B97F4A7C15L;

    /** Mixes the next eight bytes (fewer at the end, zero-padded), read as a little-endian long. */
    public static long step(long h, long word) {
        return Long.rotateLeft((h ^ word) * MULTIPLIER, 29);
    }

    /** The hash of {@code len} bytes mixed into {@code h}. */
    public static long finish(long h, int len) {
        h ^= len;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 29);
    }

    /** Hash of a string; equal to {@link #of(byte[], int, int)} over its UTF-8 bytes. */
    public static long of(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        return of(utf8, 0, utf8.length);
    }
}

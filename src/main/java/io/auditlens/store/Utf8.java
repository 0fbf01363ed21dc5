package io.auditlens.store;

/** UTF-8 encoding of chars into a byte array, without allocating. */
public final class Utf8 {

    /** The most bytes one char can take in UTF-8. */
    public static final int MAX_BYTES_PER_CHAR = 3;

    private Utf8() {
    }

    /**
     * Writes the UTF-8 bytes of {@code src[off, off+len)} into {@code dst} from index 0, which must hold
     * {@code len * MAX_BYTES_PER_CHAR} bytes; returns how many were written. A lone surrogate becomes '?', as
     * String.getBytes does.
     */
    public static int encode(char[] src, int off, int len, byte[] dst) {
        int at = 0;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = src[i];
            if (c < 0x80) {
                dst[at++] = (byte) c;
            } else {
                char next = i + 1 < end ? src[i + 1] : 0;
                at += encode(c, next, dst, at);
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                    i++;
                }
            }
        }
        return at;
    }

    /**
     * Writes the UTF-8 bytes of {@code c} (combined with {@code next} when {@code c} is a high surrogate and
     * {@code next} a low one) at {@code out[at]}; returns how many bytes were written. A lone surrogate becomes
     * '?', as String.getBytes does.
     */
    private static int encode(char c, char next, byte[] out, int at) {
        if (c < 0x80) {
            out[at] = (byte) c;
            return 1;
        }
        if (c < 0x800) {
            out[at] = (byte) (0xC0 | c >> 6);
            out[at + 1] = (byte) (0x80 | c & 0x3F);
            return 2;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                int cp = Character.toCodePoint(c, next);
                out[at] = (byte) (0xF0 | cp >> 18);
                out[at + 1] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at + 2] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at + 3] = (byte) (0x80 | cp & 0x3F);
                return 4;
            }
            out[at] = '?';
            return 1;
        }
        out[at] = (byte) (0xE0 | c >> 12);
        out[at + 1] = (byte) (0x80 | c >> 6 & 0x3F);
        out[at + 2] = (byte) (0x80 | c & 0x3F);
        return 3;
    }
}

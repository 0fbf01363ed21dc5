package io.auditlens.store;

/** UTF-8 encoding of one char (or surrogate pair) into a byte array, without allocating. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Writes the UTF-8 bytes of {@code c} (combined with {@code next} when {@code c} is a high surrogate and
     * {@code next} a low one) at {@code out[at]}; returns how many bytes were written. A lone surrogate becomes
     * '?', as String.getBytes does.
     */
    static int encode(char c, char next, byte[] out, int at) {
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

    /** Like {@link #encode(char, char, byte[], int)} into the start of {@code out}. */
    static int encode(char c, char next, byte[] out) {
        return encode(c, next, out, 0);
    }
}

package io.auditlens.ingest;

/** Packs canonical UUID text into two longs so a million correlation ids cost 16 MB instead of 80. */
final class Uuids {

    /** Value of a lower-case hex digit byte, or -1: a table instead of branches, as this runs once per event. */
    private static final int[] NIBBLE = new int[256];
    /** Where the 16 hex digits of each half sit in canonical UUID text. */
    private static final int[] DIGIT_POSITIONS_HIGH = {0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17};
    private static final int[] DIGIT_POSITIONS_LOW = {19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35};

    static {
        java.util.Arrays.fill(NIBBLE, -1);
        for (int d = 0; d < 10; d++) {
            NIBBLE['0' + d] = d;
        }
        for (int d = 0; d < 6; d++) {
            NIBBLE['a' + d] = 10 + d;
        }
    }

    private Uuids() {
    }

    /**
     * Packs a lower-case canonical UUID into {@code high[row]} and {@code low[row]}; false for any other text,
     * which is then kept as text.
     */
    static boolean pack(byte[] s, int len, long[] high, long[] low, int row) {
        if (len != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') {
            return false;
        }
        long hi = 0;
        long lo = 0;
        int invalid = 0;
        for (int i : DIGIT_POSITIONS_HIGH) {
            int v = NIBBLE[s[i] & 0xFF];
            invalid |= v;
            hi = (hi << 4) | (v & 0xF);
        }
        for (int i : DIGIT_POSITIONS_LOW) {
            int v = NIBBLE[s[i] & 0xFF];
            invalid |= v;
            lo = (lo << 4) | (v & 0xF);
        }
        if (invalid < 0) {
            return false; // upper case would not survive the round trip through java.util.UUID
        }
        if (hi == 0 && lo == 0) {
            return false; // 0/0 marks "no UUID" in the store, so the nil UUID stays text
        }
        high[row] = hi;
        low[row] = lo;
        return true;
    }
}

package io.auditlens.ingest;

/** Packs canonical UUID text into two longs so a million correlation ids cost 16 MB instead of 80. */
final class Uuids {

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
        int digits = 0;
        for (int i = 0; i < 36; i++) {
            int c = s[i];
            if (c == '-') {
                continue;
            }
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                v = c - 'a' + 10;
            } else {
                return false; // upper case would not survive the round trip through java.util.UUID
            }
            if (digits < 16) {
                hi = (hi << 4) | v;
            } else {
                lo = (lo << 4) | v;
            }
            digits++;
        }
        if (hi == 0 && lo == 0) {
            return false; // 0/0 marks "no UUID" in the store, so the nil UUID stays text
        }
        high[row] = hi;
        low[row] = lo;
        return true;
    }
}

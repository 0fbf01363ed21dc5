package io.auditlens.sample;

/** The ways real exports spell {@code eventTime}; the first is what the service normally writes. */
enum TimeStyle {
    /** {@code 2026-03-04T12:34:56.789+0000}. */
    MILLIS_COMPACT_OFFSET,
    /** {@code 2026-03-04T12:34:56.78+0000}: published IBM samples show two fraction digits. */
    CENTIS_COMPACT_OFFSET,
    /** {@code 2026-03-04T12:34:56.789Z}. */
    MILLIS_ZULU,
    /** {@code 2026-03-04T12:34:56.789+00:00}. */
    MILLIS_COLON_OFFSET;

    /** The instant this style can actually express: two fraction digits drop the last millisecond digit. */
    long representable(long epochMillis) {
        return this == CENTIS_COMPACT_OFFSET ? epochMillis - Math.floorMod(epochMillis, 10L) : epochMillis;
    }
}

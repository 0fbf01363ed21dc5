package io.auditlens.query;

import io.auditlens.event.EventTime;
import java.time.Instant;
import java.time.LocalDate;

/** Reads and writes the values of {@code after:} and {@code before:}. */
final class QueryTime {

    private static final long MIN = EventTime.parse("0000-01-01T00:00:00Z");
    private static final long MAX = EventTime.parse("9999-12-31T23:59:59.999Z");
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private QueryTime() {
    }

    /**
     * Epoch millis of {@code 2026-03-04} (midnight UTC), {@code 2026-03-04T12:00} or a full
     * {@link EventTime} value; {@link EventTime#INVALID} when the text is none of these.
     */
    static long parse(String text) {
        String full;
        if (text.length() == 10) {
            full = text + "T00:00:00Z";
        } else if (text.length() >= 16 && (text.length() == 16 || text.charAt(16) != ':')) {
            // Minutes without seconds: EventTime wants seconds, so add them before any zone.
            full = text.substring(0, 16) + ":00" + text.substring(16);
        } else {
            full = text;
        }
        long millis = EventTime.parse(full);
        return millis != EventTime.INVALID && isPrintable(millis) ? millis : EventTime.INVALID;
    }

    /** Whether {@link #format} writes a value {@link #parse} reads back. */
    static boolean isPrintable(long epochMillis) {
        return epochMillis >= MIN && epochMillis <= MAX;
    }

    /** A date alone for midnight UTC, else an ISO instant such as {@code 2026-03-04T12:00:00Z}. */
    static String format(long epochMillis) {
        if (Math.floorMod(epochMillis, MILLIS_PER_DAY) == 0) {
            return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY)).toString();
        }
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}

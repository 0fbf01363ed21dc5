package io.auditlens.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Writes {@code eventTime} values in one of the {@link TimeStyle}s, always in UTC. */
final class EventTimeText {

    private EventTimeText() {
    }

    static String format(long epochMillis, TimeStyle style) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000L), 0, ZoneOffset.UTC);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        StringBuilder out = new StringBuilder(29);
        pad(out, t.getYear(), 4).append('-');
        pad(out, t.getMonthValue(), 2).append('-');
        pad(out, t.getDayOfMonth(), 2).append('T');
        pad(out, t.getHour(), 2).append(':');
        pad(out, t.getMinute(), 2).append(':');
        pad(out, t.getSecond(), 2).append('.');
        switch (style) {
            case CENTIS_COMPACT_OFFSET -> pad(out, millis / 10, 2).append("+0000");
            case MILLIS_ZULU -> pad(out, millis, 3).append('Z');
            case MILLIS_COLON_OFFSET -> pad(out, millis, 3).append("+00:00");
            default -> pad(out, millis, 3).append("+0000");
        }
        return out.toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(digits);
    }
}

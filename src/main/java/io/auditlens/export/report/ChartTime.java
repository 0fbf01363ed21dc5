package io.auditlens.export.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Time labels on the report's charts, in UTC, as precise as the span needs. */
final class ChartTime {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ChartTime() {
    }

    /** A label for a time on an axis spanning {@code spanMillis}. */
    static String label(long time, long spanMillis) {
        return (spanMillis >= 4L * 86_400_000 ? DAY : MINUTE).format(Instant.ofEpochMilli(time));
    }
}

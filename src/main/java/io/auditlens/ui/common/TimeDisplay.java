package io.auditlens.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats event times for the table and detail pane, in UTC (the audit default) or the computer's zone. */
public final class TimeDisplay {

    private static final DateTimeFormatter PATTERN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS");

    /** UTC, as the events record time. */
    public static final TimeDisplay UTC = new TimeDisplay(ZoneOffset.UTC, "UTC");

    private final ZoneId zone;
    private final String label;
    private final DateTimeFormatter formatter;

    private TimeDisplay(ZoneId zone, String label) {
        this.zone = zone;
        this.label = label;
        this.formatter = PATTERN.withZone(zone);
    }

    /** The computer's time zone. */
    public static TimeDisplay local() {
        ZoneId zone = ZoneId.systemDefault();
        return new TimeDisplay(zone, zone.getId());
    }

    /** The zone's name for the status bar and column heading. */
    public String label() {
        return label;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Epoch millis as {@code 2026-03-04 12:34:56.789}. */
    public String format(long epochMillis) {
        return formatter.format(Instant.ofEpochMilli(epochMillis));
    }

    /** Whether this is UTC. */
    public boolean isUtc() {
        return zone.equals(ZoneOffset.UTC);
    }
}

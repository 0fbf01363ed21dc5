package io.auditlens.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The day or hour an IBM Cloud Logs archive file covers, {@code [start, end)} in UTC, read from the hive folders on
 * its path: {@code dt=YYYY-MM-DD}, optionally followed by {@code hr=HH}.
 */
record HivePartition(Instant start, Instant end) {

    /** The partition of the folders holding {@code file}; empty when no folder is a valid {@code dt=} one. */
    static Optional<HivePartition> of(Path file) {
        Path folder = file.getParent();
        if (folder == null) {
            return Optional.empty();
        }
        LocalDate day = null;
        int hour = -1;
        for (Path part : folder) {
            String name = part.toString();
            if (name.startsWith("dt=")) {
                day = date(name.substring(3));
                hour = -1;
            } else if (name.startsWith("hr=") && day != null) {
                hour = hour(name.substring(3));
            }
        }
        if (day == null) {
            return Optional.empty();
        }
        Instant midnight = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (hour < 0) {
            // No valid hour folder: the whole day, which can only keep more files than the hour would.
            return Optional.of(new HivePartition(midnight, midnight.plus(1, ChronoUnit.DAYS)));
        }
        Instant start = midnight.plus(hour, ChronoUnit.HOURS);
        return Optional.of(new HivePartition(start, start.plus(1, ChronoUnit.HOURS)));
    }

    private static LocalDate date(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int hour(String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        int hour = Integer.parseInt(text);
        return hour < 24 ? hour : -1;
    }
}

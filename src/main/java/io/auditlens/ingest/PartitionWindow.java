package io.auditlens.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A time window for IBM Cloud Logs archives, whose files sit in hive folders {@code dt=YYYY-MM-DD/hr=HH}: a file
 * whose partition lies wholly outside the window is not read at all. Either end may be open (null); both ends are
 * inclusive. Files outside hive folders are always read, and the events of a file that is read are not filtered.
 */
public record PartitionWindow(Instant from, Instant to) {

    /** No window: every file is read. */
    public static final PartitionWindow ALL = new PartitionWindow(null, null);

    public PartitionWindow {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * The window from the start of hour {@code first} to the end of hour {@code last}, both in UTC as the archive's
     * folders are: {@code ofHours(3 March 00:00, 4 March 23:00)} keeps every file of 3 and 4 March.
     */
    public static PartitionWindow ofHours(LocalDateTime first, LocalDateTime last) {
        Instant start = first.truncatedTo(ChronoUnit.HOURS).toInstant(ZoneOffset.UTC);
        Instant end = last.truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant(ZoneOffset.UTC).minusNanos(1);
        return new PartitionWindow(start, end);
    }

    /** Whether the file's hive partition holds no moment of the window, so the file can be left unread. */
    public boolean excludes(Path file) {
        if (from == null && to == null) {
            return false;
        }
        return HivePartition.of(file).map(this::excludes).orElse(false);
    }

    /** Whether the partition holds no moment of the window. */
    boolean excludes(HivePartition partition) {
        return (to != null && partition.start().isAfter(to)) || (from != null && !partition.end().isAfter(from));
    }
}

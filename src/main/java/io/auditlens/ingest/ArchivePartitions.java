package io.auditlens.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The IBM Cloud Logs archive files among some inputs, by their hive partition ({@code dt=}/{@code hr=} folders):
 * the span from the earliest partition to the latest and how many files a {@link PartitionWindow} leaves unread, so
 * that a window can be chosen before loading. Folders are listed as the loader lists them; no file is opened.
 */
public final class ArchivePartitions {

    private final Map<HivePartition, Integer> filesPerPartition;
    private final int files;

    private ArchivePartitions(Map<HivePartition, Integer> filesPerPartition) {
        this.filesPerPartition = Map.copyOf(filesPerPartition);
        this.files = filesPerPartition.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The archive files among the inputs (files or folders) of a load; listing a large folder takes a moment. */
    public static ArchivePartitions of(List<Path> inputs) {
        Map<HivePartition, Integer> counts = new HashMap<>();
        for (InputFile f : InputExpander.expand(inputs)) {
            HivePartition.of(f.path()).ifPresent(p -> counts.merge(p, 1, Integer::sum));
        }
        return new ArchivePartitions(counts);
    }

    /** Whether no input lies in a hive partition. */
    public boolean isEmpty() {
        return files == 0;
    }

    /** How many files lie in hive partitions. */
    public int files() {
        return files;
    }

    /** The start of the earliest partition; not for an empty set. */
    public Instant start() {
        return filesPerPartition.keySet().stream().map(HivePartition::start).min(Instant::compareTo)
                .orElseThrow(() -> new IllegalStateException("no archive partitions"));
    }

    /** The end (exclusive) of the latest partition; not for an empty set. */
    public Instant end() {
        return filesPerPartition.keySet().stream().map(HivePartition::end).max(Instant::compareTo)
                .orElseThrow(() -> new IllegalStateException("no archive partitions"));
    }

    /** The UTC day of the earliest partition. */
    public LocalDate firstDay() {
        return start().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** The UTC day of the latest partition. */
    public LocalDate lastDay() {
        return end().minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** Whether some partition is an hour ({@code hr=} folder) rather than a whole day, so hours are worth choosing. */
    public boolean hourly() {
        return filesPerPartition.keySet().stream()
                .anyMatch(p -> Duration.between(p.start(), p.end()).toHours() == 1);
    }

    /** How many of the files the window leaves unread, as {@link Loader} would. */
    public int filesOutside(PartitionWindow window) {
        int outside = 0;
        for (Map.Entry<HivePartition, Integer> e : filesPerPartition.entrySet()) {
            if (window.excludes(e.getKey())) {
                outside += e.getValue();
            }
        }
        return outside;
    }
}

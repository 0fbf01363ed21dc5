package io.auditlens.ingest;

import io.auditlens.store.EventStore;

import java.util.List;

/**
 * The store built by a load, the report of every input file in input order, and how many archive files the load's
 * {@link PartitionWindow} left unread (they have no report).
 */
public record LoadResult(EventStore store, List<FileReport> files, long elapsedNanos, int filesOutsideWindow) {

    /** Whether any input could not be read or had an unknown format. */
    public boolean anyFileFailed() {
        return files.stream().anyMatch(FileReport::failed);
    }

    /** Rejected lines over all files. */
    public long rejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }

    /** Duplicate events over all files. */
    public long duplicates() {
        return files.stream().mapToLong(FileReport::duplicates).sum();
    }
}

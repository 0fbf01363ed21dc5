package io.auditlens.query;

/**
 * Receives progress while JSON-path terms read raw events from disk. Called from worker threads, a few hundred
 * times per scan at most; a UI must hand the figures to its own thread.
 */
@FunctionalInterface
public interface ScanProgress {

    /** Ignores progress. */
    ScanProgress NONE = (done, total) -> { };

    /** {@code done} of {@code total} events read so far in the current scan. */
    void progress(long done, long total);
}

package io.auditlens.ingest;

/** A snapshot of a running load: input bytes consumed of the total, events kept so far, the file being read. */
public record LoadProgress(long bytesDone, long bytesTotal, long events, String currentFile) {

    /** Fraction done in [0, 1]. */
    public double fraction() {
        return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}

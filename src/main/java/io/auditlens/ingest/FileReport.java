package io.auditlens.ingest;

import java.util.List;

/**
 * What loading one input file gave: its SHA-256 and size for chain of custody, the detected format, counts, and the
 * first {@value FileLoad#MAX_KEPT_ERRORS} rejected lines. {@code fileError} is set when the file as a whole could
 * not be read or is not an activity-event export; it also appears first in {@code errors} with line 0.
 */
public record FileReport(String path, String sha256, long bytes, String format, long events, long rejected,
                         long duplicates, List<LineError> errors, String fileError) {

    /** Whether the whole file failed (missing, unreadable, unknown format, not IBM Cloud events). */
    public boolean failed() {
        return fileError != null;
    }
}

package io.auditlens.ingest;

import java.util.List;

/**
 * The columns of an IBM Cloud Logs archive file and how a file without a usable event column is refused, worded
 * the same whichever reader (the embedded one, Spark) opened the file.
 */
public final class ArchiveColumns {

    /** The column holding each event's JSON text. */
    public static final String EVENT_COLUMN = "src_obj__user_data";
    /** The columns of an archive row, named in messages. */
    public static final String ALL = "src_obj__event_metadata, src_obj__event_labels, " + EVENT_COLUMN;

    private ArchiveColumns() {
    }

    /** Why a file the Parquet reader refused cannot be read, from the reader's own reason. */
    public static String unreadable(String reason) {
        return "cannot be read as Parquet: " + LineRejections.oneLine(reason);
    }

    /** Why a file whose columns are {@code found} is not an archive. */
    public static String missingEventColumn(List<String> found) {
        return "not an IBM Cloud Logs archive: the Parquet file has no column " + EVENT_COLUMN + " (expected " + ALL
                + "; found " + LineRejections.oneLine(String.join(", ", found)) + ")";
    }

    /** Why a file whose event column holds {@code type} values is not an archive. */
    public static String eventColumnNotText(String type) {
        return "not an IBM Cloud Logs archive: its column " + EVENT_COLUMN + " holds " + type
                + ", not the events' JSON text";
    }
}

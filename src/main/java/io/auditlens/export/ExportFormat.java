package io.auditlens.export;

import java.util.Locale;

/** The formats an export is written in. */
public enum ExportFormat {
    /** The visible columns plus labels and note, RFC 4180, UTF-8 with a byte order mark. */
    CSV,
    /** Each event's original JSON, one per line. */
    NDJSON;

    /** The name used on the command line and in the provenance file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name ending, with its dot. */
    public String extension() {
        return this == CSV ? ".csv" : ".ndjson";
    }
}

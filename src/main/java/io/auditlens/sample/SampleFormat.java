package io.auditlens.sample;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file layouts the generator can write, named as on the command line. */
public enum SampleFormat {
    /** One event object per line, as Activity Tracker Event Routing writes to Object Storage. */
    NDJSON("ndjson"),
    /** One pretty-printed JSON array of events. */
    JSON_ARRAY("json-array"),
    /** IBM Cloud Logs download: one {@code metadata}/{@code labels}/{@code user_data} record per line. */
    CLOUD_LOGS("cloud-logs"),
    /** Legacy LogDNA-based export: one record per line with the event's JSON text in {@code _line}. */
    LOGDNA("logdna"),
    /** Platform wrapper: {@code logSourceCRN}, {@code meta} and the event as {@code payload}, one per line. */
    PLATFORM("platform"),
    /** A zip archive with one NDJSON member per calendar month. */
    ZIP("zip"),
    /**
     * An IBM Cloud Logs archive: a folder of Parquet files in hive folders {@code team_id=/dt=/hr=}, one file per
     * hour, each row the event's JSON text in {@code src_obj__user_data}.
     */
    CLOUD_LOGS_PARQUET("cloud-logs-parquet");

    private final String cliName;

    SampleFormat(String cliName) {
        this.cliName = cliName;
    }

    /** Whether the layout is compressed already, so that gzip cannot be added. */
    public boolean compressed() {
        return this == ZIP || this == CLOUD_LOGS_PARQUET;
    }

    /** Whether the output is a folder of files rather than one file. */
    public boolean folder() {
        return this == CLOUD_LOGS_PARQUET;
    }

    /** The name used on the command line, e.g. {@code json-array}. */
    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name, ignoring case. */
    public static SampleFormat byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SampleFormat f : values()) {
            if (f.cliName.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + String.join(", ", names()));
    }

    /** All command-line names in declaration order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(SampleFormat::cliName).toList();
    }

    @Override
    public String toString() {
        return cliName;
    }
}

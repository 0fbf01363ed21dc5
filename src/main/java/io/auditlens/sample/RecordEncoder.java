package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Writes generated events into one output layout; {@link #begin} and {@link #end} frame the whole stream. */
interface RecordEncoder {

    default void begin(JsonGenerator out) throws IOException {
    }

    void write(JsonGenerator out, GeneratedEvent event) throws IOException;

    default void end(JsonGenerator out) throws IOException {
    }

    static RecordEncoder of(SampleFormat format) {
        return switch (format) {
            case NDJSON, ZIP -> new NdjsonEncoder();
            case JSON_ARRAY -> new JsonArrayEncoder();
            case CLOUD_LOGS -> new CloudLogsEncoder();
            case LOGDNA -> new LogdnaEncoder();
            case PLATFORM -> new PlatformEncoder();
            case CLOUD_LOGS_PARQUET -> throw new IllegalArgumentException(format + " is written as Parquet files");
        };
    }
}

package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import io.auditlens.event.EventTime;

import java.io.IOException;

/** IBM Cloud Logs records: log metadata and labels around the event in {@code user_data}. */
final class CloudLogsEncoder implements RecordEncoder {

    /* Downloads mix both shapes of user_data; every seventh record carries the event as JSON text. */
    private static final int TEXT_EVERY = 7;

    @Override
    public void write(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeStartObject();
        out.writeFieldName("metadata");
        writeMetadata(out, event);
        out.writeFieldName("labels");
        writeLabels(out, event);
        out.writeFieldName("user_data");
        if (event.index() % TEXT_EVERY == TEXT_EVERY - 1) {
            out.writeString(event.json().toString());
        } else {
            out.writeTree(event.json());
        }
        out.writeEndObject();
        out.writeRaw('\n');
    }

    /** The record's {@code metadata} object: the log time and Cloud Logs' severity. */
    static void writeMetadata(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeStartObject();
        out.writeStringField("timestamp", EventTime.format(event.epochMillis()));
        out.writeStringField("severity", severityLabel(event.severity()));
        out.writeEndObject();
    }

    /** The record's {@code labels} object: which application and subsystem sent the event. */
    static void writeLabels(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeStartObject();
        out.writeStringField("applicationname", "ibm-audit-event");
        out.writeStringField("subsystemname", "container-registry:" + event.region());
        out.writeEndObject();
    }

    /** Cloud Logs' own severity names for the event severities. */
    private static String severityLabel(String severity) {
        return switch (severity) {
            case "critical" -> "Critical";
            case "warning" -> "Warning";
            default -> "Info";
        };
    }
}

package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Legacy LogDNA-based Activity Tracker export lines: the event's JSON text in {@code _line}. */
final class LogdnaEncoder implements RecordEncoder {

    @Override
    public void write(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeStartObject();
        out.writeNumberField("_ts", event.epochMillis());
        out.writeStringField("_app", "container-registry");
        out.writeStringField("_host", "ibm-audit-event");
        out.writeStringField("_logtype", "json");
        out.writeStringField("_line", event.json().toString());
        out.writeEndObject();
        out.writeRaw('\n');
    }
}

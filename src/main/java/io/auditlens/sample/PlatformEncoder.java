package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.auditlens.event.EventTime;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/** Platform wrapper lines: {@code logSourceCRN} moves out of the event into the wrapper, beside {@code meta}. */
final class PlatformEncoder implements RecordEncoder {

    private static final String LOG_SOURCE = "logSourceCRN";

    @Override
    public void write(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeStartObject();
        out.writeStringField(LOG_SOURCE, event.json().path(LOG_SOURCE).asText());
        out.writeObjectFieldStart("meta");
        out.writeStringField("serviceProviderName", "container-registry");
        out.writeStringField("serviceProviderRegion", event.region());
        out.writeStringField("receivedTime", EventTime.format(event.epochMillis()));
        out.writeEndObject();
        out.writeObjectFieldStart("payload");
        // Copy field by field instead of cloning the event: this runs for every event of large samples.
        for (Iterator<Map.Entry<String, JsonNode>> it = event.json().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals(LOG_SOURCE)) {
                out.writeFieldName(field.getKey());
                out.writeTree(field.getValue());
            }
        }
        out.writeEndObject();
        out.writeEndObject();
        out.writeRaw('\n');
    }
}

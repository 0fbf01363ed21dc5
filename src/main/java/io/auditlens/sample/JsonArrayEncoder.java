package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;

/** One pretty-printed array holding every event. */
final class JsonArrayEncoder implements RecordEncoder {

    @Override
    public void begin(JsonGenerator out) throws IOException {
        // "\n" rather than the platform line separator, so the bytes are the same on every system.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        out.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        out.writeStartArray();
    }

    @Override
    public void write(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeTree(event.json());
    }

    @Override
    public void end(JsonGenerator out) throws IOException {
        out.writeEndArray();
        out.writeRaw('\n');
    }
}

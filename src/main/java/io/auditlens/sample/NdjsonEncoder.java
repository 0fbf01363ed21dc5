package io.auditlens.sample;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** One compact event per line, each line ended by a newline. */
final class NdjsonEncoder implements RecordEncoder {

    @Override
    public void write(JsonGenerator out, GeneratedEvent event) throws IOException {
        out.writeTree(event.json());
        out.writeRaw('\n');
    }
}

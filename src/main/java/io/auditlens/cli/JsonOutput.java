package io.auditlens.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes one JSON document to a command's output. The generator must not close the writer: it is stdout, and a
 * closed stdout would swallow the newline after the document and anything printed later.
 */
final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Writes the body of one document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOutput() {
    }

    /** Writes the document followed by a line break, and flushes. */
    static void write(Writer out, Body body) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            body.write(g);
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** Writes {@code "name": ["a", "b"]}. */
    static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}

package io.auditlens.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/** Reads the first non-empty scalar at a path of one event's JSON, as a path facet counts it. One per thread. */
final class JsonPathValueReader extends JsonPathWalker {

    private String value;

    JsonPathValueReader(JsonFactory factory, List<String> path) {
        super(factory, path);
    }

    /** The value of the event JSON in {@code buffer[offset, offset + length)}, or null (also for unreadable JSON). */
    String read(byte[] buffer, int offset, int length) {
        value = null;
        try {
            walk(buffer, offset, length);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return value;
    }

    @Override
    protected void leaf(JsonParser p, JsonToken t) throws IOException {
        if (t.isScalarValue() && t != JsonToken.VALUE_NULL) {
            String text = p.getText();
            if (!text.isEmpty()) {
                value = text;
            }
        } else {
            p.skipChildren();
        }
    }

    @Override
    protected boolean done() {
        return value != null;
    }
}

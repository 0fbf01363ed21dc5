package io.auditlens.store;

import io.auditlens.task.FailureReason;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/** Finds the event text inside a wrapper record whose {@code _line} or {@code user_data} string holds the event. */
final class WrapperRecord {

    private WrapperRecord() {
    }

    /** The event's JSON text held by the wrapper, or null when the record holds none. */
    static String eventText(JsonFactory factory, byte[] record, int off, int len, int row)
            throws RawEvents.RawEventException {
        try (JsonParser p = factory.createParser(record, off, len)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken t = p.nextToken();
                    if (t == JsonToken.VALUE_STRING && (name.equals("_line") || name.equals("user_data"))) {
                        return p.getText();
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new RawEvents.RawEventException("the record of row " + row + " is no longer readable: "
                    + FailureReason.of(e));
        }
        return null;
    }
}

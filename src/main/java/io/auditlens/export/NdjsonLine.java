package io.auditlens.export;

import io.auditlens.store.RawEvents;
import io.auditlens.store.RawEvents.RawEventException;

/**
 * An event's original JSON as one NDJSON line. Text from a one-line input is kept byte for byte; an event that was
 * pretty-printed across lines (inside a JSON array) has its line breaks removed, which JSON allows only between
 * tokens, so that every event is still exactly one line.
 */
public final class NdjsonLine {

    private NdjsonLine() {
    }

    /** The event's line, without the line end. */
    public static String of(RawEvents raw, int row) throws RawEventException {
        String text = raw.text(row);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = text.replace("\r", "").replace("\n", "");
        }
        return text;
    }
}

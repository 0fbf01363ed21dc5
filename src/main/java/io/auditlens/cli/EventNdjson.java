package io.auditlens.cli;

import io.auditlens.store.RawEvents;
import io.auditlens.store.RawEvents.RawEventException;

import java.io.PrintWriter;

/**
 * Writes each event's original JSON text, one per line. Text from a one-line input is written byte for byte; an
 * event that was pretty-printed across lines (inside a JSON array) has its line breaks removed, which JSON allows
 * only between tokens, so that every event is still exactly one line.
 */
final class EventNdjson {

    private EventNdjson() {
    }

    static void write(PrintWriter out, RawEvents raw, int[] rows) {
        for (int row : rows) {
            String text;
            try {
                text = raw.text(row);
            } catch (RawEventException e) {
                out.flush();
                throw new Cli.InputException(e.getMessage());
            }
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = text.replace("\r", "").replace("\n", "");
            }
            out.print(text);
            out.print('\n');
        }
        out.flush();
    }
}

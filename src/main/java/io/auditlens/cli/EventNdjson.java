package io.auditlens.cli;

import io.auditlens.export.NdjsonLine;
import io.auditlens.store.RawEvents;
import io.auditlens.store.RawEvents.RawEventException;

import java.io.PrintWriter;

/** Writes each event's original JSON text, one per line (see {@link NdjsonLine}). */
final class EventNdjson {

    private EventNdjson() {
    }

    static void write(PrintWriter out, RawEvents raw, int[] rows) {
        for (int row : rows) {
            try {
                out.print(NdjsonLine.of(raw, row));
            } catch (RawEventException e) {
                out.flush();
                throw new Cli.InputException(e.getMessage());
            }
            out.print('\n');
        }
        out.flush();
    }
}

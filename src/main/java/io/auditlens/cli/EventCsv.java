package io.auditlens.cli;

import io.auditlens.export.CsvCells;
import io.auditlens.query.EventField;
import io.auditlens.store.EventStore;

import java.io.PrintWriter;
import java.util.List;

/** Writes events as RFC 4180 CSV with formula-safe cells (see {@link CsvCells}): a header of field keys, CRLF. */
final class EventCsv {

    private EventCsv() {
    }

    static void write(PrintWriter out, EventStore store, int[] rows, List<EventField> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",");
            CsvCells.append(line, fields.get(i).key());
        }
        out.print(line.append(CsvCells.CRLF));
        for (int row : rows) {
            line.setLength(0);
            for (int i = 0; i < fields.size(); i++) {
                line.append(i == 0 ? "" : ",");
                CsvCells.append(line, fields.get(i).text(store, row));
            }
            out.print(line.append(CsvCells.CRLF));
        }
        out.flush();
    }
}

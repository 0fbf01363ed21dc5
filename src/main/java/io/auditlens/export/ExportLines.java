package io.auditlens.export;

import io.auditlens.evidence.RowEvidence;
import io.auditlens.query.EventField;
import io.auditlens.store.EventStore;
import io.auditlens.store.RawEvents;
import io.auditlens.store.RawEvents.RawEventException;

import java.util.List;

/** The lines of an export, without line ends: an optional header, then one line per event. */
interface ExportLines {

    /** The header line, or null for a format without one. */
    String header();

    /** The line of one event. */
    String line(int row) throws RawEventException;

    /** The line end. */
    String lineEnd();

    /** CSV: the columns in order, then {@code labels} (joined by "; ") and {@code note}. */
    static ExportLines csv(EventStore store, List<EventField> columns, RowEvidence evidence) {
        return new ExportLines() {
            @Override
            public String header() {
                StringBuilder line = new StringBuilder();
                for (EventField f : columns) {
                    CsvCells.append(line, f.key());
                    line.append(',');
                }
                return line.append("labels,note").toString();
            }

            @Override
            public String line(int row) {
                StringBuilder line = new StringBuilder();
                for (EventField f : columns) {
                    CsvCells.append(line, f.text(store, row));
                    line.append(',');
                }
                CsvCells.append(line, String.join("; ", evidence.labels(row)));
                line.append(',');
                CsvCells.append(line, evidence.note(row));
                return line.toString();
            }

            @Override
            public String lineEnd() {
                return CsvCells.CRLF;
            }
        };
    }

    /** NDJSON: each event's original JSON. */
    static ExportLines ndjson(RawEvents raw) {
        return new ExportLines() {
            @Override
            public String header() {
                return null;
            }

            @Override
            public String line(int row) throws RawEventException {
                return NdjsonLine.of(raw, row);
            }

            @Override
            public String lineEnd() {
                return "\n";
            }
        };
    }
}

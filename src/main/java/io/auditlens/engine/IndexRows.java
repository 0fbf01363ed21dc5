package io.auditlens.engine;

import io.auditlens.store.EventStore;
import io.auditlens.store.RawEventReader;
import io.auditlens.store.RawEvents;
import io.auditlens.task.CancelSignal;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** Appends the events of a loaded store to a DuckDB table of the index's shape, one row per event in load order. */
final class IndexRows {

    private final EventStore store;
    private final RawEvents raw;
    private final IntFunction<String> sourceOfRow;

    /** @param sourceOfRow the archive partition each row was read from */
    IndexRows(EventStore store, RawEvents raw, IntFunction<String> sourceOfRow) {
        this.store = store;
        this.raw = raw;
        this.sourceOfRow = sourceOfRow;
    }

    /** Appends every row; returns the number of events per archive partition. */
    Map<String, Long> appendTo(Connection db, String table, CancelSignal cancel) throws SQLException, IndexException {
        Map<String, Long> perSource = new HashMap<>();
        DuckDBConnection duck = db.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
             RawEventReader reader = raw.openReader()) {
            String[] json = new String[1];
            for (int row = 0; row < store.size(); row++) {
                if ((row & 0xFFF) == 0) {
                    cancel.check();
                }
                try {
                    reader.read(row, (bytes, offset, length) ->
                            json[0] = new String(bytes, offset, length, StandardCharsets.UTF_8));
                } catch (RawEvents.RawEventException e) {
                    throw new IndexException(e.getMessage());
                }
                String source = sourceOfRow.apply(row);
                long seq = perSource.merge(source, 1L, Long::sum) - 1;
                appender.beginRow();
                for (IndexColumn c : IndexColumn.values()) {
                    Object value = IndexValues.of(c, store, row, json[0], source, seq);
                    if (value instanceof Long number) {
                        appender.append(number.longValue());
                    } else {
                        text(appender, (String) value);
                    }
                }
                appender.append(IndexValues.day(store.time(row)));
                appender.endRow();
            }
        }
        return perSource;
    }

    private static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}

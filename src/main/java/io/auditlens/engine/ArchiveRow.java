package io.auditlens.engine;

import java.util.List;

/** One event of an archive-mode page: its index columns' values, in {@link ArchiveQueries#ROW_COLUMNS} order. */
public record ArchiveRow(List<Object> values) {

    public ArchiveRow {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** The text of a column, or null when the event has none. */
    public String text(IndexColumn column) {
        Object v = values.get(ArchiveQueries.ROW_COLUMNS.indexOf(column));
        return v == null ? null : v.toString();
    }

    /** The event's time in epoch milliseconds. */
    public long time() {
        return ((Number) values.get(ArchiveQueries.ROW_COLUMNS.indexOf(IndexColumn.TIME_MS))).longValue();
    }

    /** The event's original JSON text. */
    public String eventJson() {
        return text(IndexColumn.EVENT_JSON);
    }
}

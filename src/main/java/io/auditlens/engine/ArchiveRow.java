package io.auditlens.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One event of an archive-mode page or timeline: its index columns' values, in {@link ArchiveQueries#ROW_COLUMNS}
 * order. A table page leaves out the event's JSON (reading it is most of a page's cost); the selected row gets it
 * from {@link ArchivePages#withEventJson}.
 */
public record ArchiveRow(List<Object> values) {

    private static final int JSON = ArchiveQueries.ROW_COLUMNS.indexOf(IndexColumn.EVENT_JSON);

    public ArchiveRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
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

    /** Whether the row holds the event's JSON (every event of an index has some): a table page's rows do not. */
    public boolean hasEventJson() {
        return values.get(JSON) != null;
    }

    /**
     * The event's original JSON text.
     *
     * @throws IllegalStateException for a row read without it (see {@link #hasEventJson})
     */
    public String eventJson() {
        if (!hasEventJson()) {
            throw new IllegalStateException("this row of a table page was read without its event's JSON");
        }
        return text(IndexColumn.EVENT_JSON);
    }

    /** The same row holding its event's JSON text. */
    ArchiveRow withEventJson(String json) {
        List<Object> completed = new ArrayList<>(values);
        completed.set(JSON, json);
        return new ArchiveRow(completed);
    }
}

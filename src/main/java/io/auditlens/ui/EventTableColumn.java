package io.auditlens.ui;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.Digest;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

/** The event table's columns, each reading its text for a row straight from the store's columns. */
public enum EventTableColumn {
    TIME("Time", null, 200),
    REGION("Region", EventColumn.REGION, 80),
    ACTION("Action", EventColumn.ACTION, 190),
    OUTCOME("Outcome", EventColumn.OUTCOME, 75),
    SEVERITY("Severity", EventColumn.SEVERITY, 75),
    INITIATOR("Initiator", EventColumn.INITIATOR_NAME, 170),
    IP("IP", EventColumn.IP, 110),
    TARGET("Target", EventColumn.TARGET_NAME, 260),
    DIGEST("Digest", EventColumn.DIGEST, 150),
    STATUS("Status", EventColumn.STATUS, 80),
    MESSAGE("Message", EventColumn.MESSAGE, 380);

    private final String title;
    private final EventColumn column;
    private final double width;

    EventTableColumn(String title, EventColumn column, double width) {
        this.title = title;
        this.column = column;
        this.width = width;
    }

    /** Column heading. */
    public String title() {
        return title;
    }

    /** Initial column width in pixels. */
    public double width() {
        return width;
    }

    /** The store column behind this field; null for time, which has its own column. */
    public EventColumn column() {
        return column;
    }

    /** The cell text of a row; times in the given display zone, digests shortened, actions without the service prefix. */
    public String text(EventStore store, int row, TimeDisplay times) {
        if (this == TIME) {
            return times.format(store.time(row));
        }
        String value = store.value(column, row);
        if (value == null) {
            return "";
        }
        return switch (this) {
            case DIGEST -> Digest.shortForm(value);
            case ACTION -> value.startsWith(ActionCatalog.SERVICE_PREFIX)
                    ? value.substring(ActionCatalog.SERVICE_PREFIX.length()) : value;
            default -> value;
        };
    }
}

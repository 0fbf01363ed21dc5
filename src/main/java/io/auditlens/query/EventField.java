package io.auditlens.query;

import io.auditlens.event.ActionCatalog;
import io.auditlens.event.EventTime;
import io.auditlens.event.Regions;
import io.auditlens.store.EventColumn;
import io.auditlens.store.EventStore;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A value shown for every event: a table or CSV column and a sort key. Most are a store column as is; category
 * and geography are derived from the action and the region, so they are computed per distinct value, never per row.
 */
public enum EventField {
    TIME("time", "Time (UTC)", null),
    REGION("region", "Region", EventColumn.REGION),
    GEO("geo", "Geography", EventColumn.REGION, code -> Regions.byCode(code).geography().label()),
    ACTION("action", "Action", EventColumn.ACTION),
    CATEGORY("category", "Category", EventColumn.ACTION, action -> ActionCatalog.categoryOf(action).id()),
    OUTCOME("outcome", "Outcome", EventColumn.OUTCOME),
    SEVERITY("severity", "Severity", EventColumn.SEVERITY),
    REASON("reason", "Reason code", EventColumn.REASON),
    INITIATOR("initiator", "Initiator", EventColumn.INITIATOR_NAME),
    INITIATOR_ID("initiatorId", "Initiator ID", EventColumn.INITIATOR_ID),
    IP("ip", "IP address", EventColumn.IP),
    TARGET("target", "Target", EventColumn.TARGET_NAME),
    TARGET_ID("targetId", "Target ID", EventColumn.TARGET_ID),
    RESOURCE_GROUP("rg", "Resource group", EventColumn.RESOURCE_GROUP),
    DIGEST("digest", "Digest", EventColumn.DIGEST),
    REPOSITORY("repository", "Repository", EventColumn.REPOSITORY),
    NAMESPACE("namespace", "Namespace", EventColumn.NAMESPACE),
    TAG("tag", "Tag", EventColumn.TAG),
    STATUS("status", "Vulnerability status", EventColumn.STATUS),
    MESSAGE("message", "Message", EventColumn.MESSAGE),
    /** Correlation ids are partly packed UUIDs, so this field has no single dictionary column. */
    CORRELATION("correlation", "Correlation ID", null);

    private final String key;
    private final String label;
    private final EventColumn column;
    private final UnaryOperator<String> derive;

    EventField(String key, String label, EventColumn column) {
        this(key, label, column, null);
    }

    EventField(String key, String label, EventColumn column, UnaryOperator<String> derive) {
        this.key = key;
        this.label = label;
        this.column = column;
        this.derive = derive;
    }

    /** The name used on the command line and in JSON, e.g. {@code initiatorId}. */
    public String key() {
        return key;
    }

    /** A column heading. */
    public String label() {
        return label;
    }

    /** The store column the value comes from; empty for time and correlation. */
    public Optional<EventColumn> column() {
        return Optional.ofNullable(column);
    }

    /** The field's text for a row, or null when the event has none; times are ISO UTC with milliseconds. */
    public String text(EventStore store, int row) {
        if (this == TIME) {
            return EventTime.format(store.time(row));
        }
        if (this == CORRELATION) {
            return store.correlationId(row);
        }
        return fromColumnValue(store.value(column, row));
    }

    /** The field's value for a value of its column (category for an action, geography for a region). */
    String fromColumnValue(String columnValue) {
        return derive == null || columnValue == null ? columnValue : derive.apply(columnValue);
    }

    /** Whether values are computed from the column's (category, geography) rather than being them. */
    boolean isDerived() {
        return derive != null;
    }

    /** The field with this key, ignoring case. */
    public static Optional<EventField> byKey(String key) {
        for (EventField f : values()) {
            if (f.key.equalsIgnoreCase(key.trim()) || f.name().equalsIgnoreCase(key.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every key, comma-separated, for error messages and help. */
    public static String keys() {
        StringBuilder out = new StringBuilder();
        for (EventField f : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(f.key);
        }
        return out.toString();
    }
}

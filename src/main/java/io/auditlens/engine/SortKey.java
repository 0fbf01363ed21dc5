package io.auditlens.engine;

import io.auditlens.query.EventField;

/** The table's sort: one event field, ascending or descending; the engine orders rows by it. */
public record SortKey(EventField field, boolean ascending) {

    /** Oldest first, the order events are shown in after a load. */
    public static final SortKey TIME_ASCENDING = new SortKey(EventField.TIME, true);
}

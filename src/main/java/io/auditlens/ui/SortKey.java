package io.auditlens.ui;

/** The table's sort: one column, ascending or descending. */
public record SortKey(EventTableColumn field, boolean ascending) {

    /** Oldest first, the order events are shown in after a load. */
    public static final SortKey TIME_ASCENDING = new SortKey(EventTableColumn.TIME, true);
}

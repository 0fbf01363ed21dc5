package io.auditlens.ui;

/** The table's sort: one column, ascending or descending; the engine orders rows by the column's field. */
public record SortKey(EventTableColumn column, boolean ascending) {

    /** Oldest first, the order events are shown in after a load. */
    public static final SortKey TIME_ASCENDING = new SortKey(EventTableColumn.TIME, true);
}

package io.auditlens.ui.common;

import java.util.List;

/** The table's columns as a saved view reads and restores them: which are shown, in which order. */
public interface ColumnLayout {

    /** The visible columns in the order the table shows them, for saving a view. */
    List<EventTableColumn> visibleColumns();

    /** Shows exactly these columns, in this order, followed by the hidden ones; as a saved view asks. */
    void showColumns(List<EventTableColumn> shown);
}

package io.auditlens.ui.common;

import java.util.List;
import java.util.Map;

/**
 * The table's columns as saved views and the remembered settings read and restore them: which are shown, in which
 * order, and how wide.
 */
public interface ColumnLayout {

    /** The visible columns in the order the table shows them, for saving a view. */
    List<EventTableColumn> visibleColumns();

    /** Shows exactly these columns, in this order, followed by the hidden ones; as a saved view asks. */
    void showColumns(List<EventTableColumn> shown);

    /** Every column's width now, shown or not, in pixels. */
    Map<EventTableColumn, Double> columnWidths();

    /** Gives these columns these widths; the others keep theirs. */
    void setColumnWidths(Map<EventTableColumn, Double> widths);

    /** Calls the listener whenever a column's width changes, as when the user drags a header's edge. */
    void onColumnWidthsChanged(Runnable listener);
}

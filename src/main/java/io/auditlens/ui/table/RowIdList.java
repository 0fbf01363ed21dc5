package io.auditlens.ui.table;

import javafx.collections.ObservableListBase;

/**
 * The table's items: a read-only list over an int array of store rows, so a million rows cost the table nothing
 * until it draws the few visible cells. Each engine answer gets a new list; this one never changes.
 */
final class RowIdList extends ObservableListBase<Integer> {

    private final int[] rows;

    RowIdList(int[] rows) {
        this.rows = rows;
    }

    /** The store row at a table position. */
    int row(int position) {
        return rows[position];
    }

    @Override
    public Integer get(int index) {
        return rows[index];
    }

    @Override
    public int size() {
        return rows.length;
    }
}

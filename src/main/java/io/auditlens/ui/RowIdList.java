package io.auditlens.ui;

import javafx.collections.ObservableListBase;

import java.util.AbstractList;
import java.util.List;

/**
 * The table's items: a read-only list over an int array of store rows. Replacing the array is one change event,
 * so a million rows cost the table nothing until it draws the few visible cells.
 */
final class RowIdList extends ObservableListBase<Integer> {

    private int[] rows = new int[0];

    /** Replaces every row at once. */
    void setRows(int[] next) {
        int[] previous = rows;
        rows = next;
        beginChange();
        if (previous.length > 0) {
            nextRemove(0, view(previous));
        }
        if (next.length > 0) {
            nextAdd(0, next.length);
        }
        endChange();
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

    private static List<Integer> view(int[] array) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return array[index];
            }

            @Override
            public int size() {
                return array.length;
            }
        };
    }
}

package io.auditlens.views;

import java.util.Objects;

/**
 * The order a view shows its events in.
 *
 * @param column     the id of the column sorted by, such as {@code time}
 * @param descending whether the largest or latest value comes first
 */
public record ViewSort(String column, boolean descending) {

    public ViewSort {
        Objects.requireNonNull(column, "column");
        column = column.strip();
        if (column.isEmpty()) {
            throw new IllegalArgumentException("a sort needs a column id");
        }
    }
}

package io.auditlens.query;

import java.util.List;

/**
 * The labels and notes that a case puts on the rows of one store, as {@code label:}, {@code note:} and {@code has:}
 * terms see them. Rows without any are not listed, so evaluating those terms costs the number of annotated rows.
 */
public interface RowAnnotations {

    /** No labels and no notes: what a query sees without a case. */
    RowAnnotations NONE = new RowAnnotations() {
        @Override
        public int[] annotatedRows() {
            return new int[0];
        }

        @Override
        public List<String> labels(int row) {
            return List.of();
        }

        @Override
        public String note(int row) {
            return null;
        }
    };

    /** The rows carrying a label or a note, in ascending order. */
    int[] annotatedRows();

    /** The label names on a row; empty when none. */
    List<String> labels(int row);

    /** The note on a row, or null. */
    String note(int row);
}

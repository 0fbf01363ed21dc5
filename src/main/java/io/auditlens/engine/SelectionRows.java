package io.auditlens.engine;

import io.auditlens.query.RowSet;

import java.util.BitSet;

/** The rows of an engine answer as a {@link RowSet}, the scope the digest list and timelines are computed over. */
public final class SelectionRows {

    private SelectionRows() {
    }

    /** The matching rows of a result over a store of {@code storeSize} rows; a pass over them, so off the FX thread. */
    public static RowSet of(SelectionResult result, int storeSize) {
        BitSet bits = new BitSet(storeSize);
        for (int row : result.rows()) {
            bits.set(row);
        }
        return RowSet.of(bits, storeSize);
    }
}

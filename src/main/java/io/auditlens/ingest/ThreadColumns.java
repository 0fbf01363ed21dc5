package io.auditlens.ingest;

import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;

/**
 * The dictionaries one parser thread encodes values into, kept from chunk to chunk: a value seen in an earlier
 * chunk is found again without copying, and each derivation rule runs once per distinct value per set. A set that
 * has grown past {@link #BUDGET} is replaced by an empty one, because each parser's set would otherwise come to
 * hold most distinct values of a large load again, beside the store's own dictionaries.
 * Only the owning thread writes; the merger reads values through the snapshots sealed into each batch.
 */
final class ThreadColumns {

    private static final int COLUMNS = EventColumn.values().length;
    /** Heap a set may hold before the next chunk starts a new one. */
    static final long BUDGET = 32L << 20;

    final Dictionary[] dictionaries = new Dictionary[COLUMNS];
    /** logSourceCRN values: not a store column, only the key of the region rule. */
    final Dictionary crns = new Dictionary();
    final DerivedColumns derived = new DerivedColumns();
    /**
     * Per column, this set's code -> the store's code (0 = not looked up yet), written and read only by the
     * merger: kept here rather than in the merger so that it goes together with the set.
     */
    final int[][] storeCodes = new int[COLUMNS][];
    private final long budget;

    ThreadColumns() {
        this(BUDGET);
    }

    /** An empty set that {@link #renewedWhenFull()} replaces past {@code budget} bytes (tests pass a small one). */
    ThreadColumns(long budget) {
        this.budget = budget;
        for (int c = 0; c < COLUMNS; c++) {
            dictionaries[c] = new Dictionary(1024);
        }
    }

    /** This set, or a new empty one when this one holds more than its budget. */
    ThreadColumns renewedWhenFull() {
        long bytes = crns.footprint();
        for (Dictionary d : dictionaries) {
            bytes += d.footprint();
        }
        return bytes > budget ? new ThreadColumns(budget) : this;
    }

    Dictionary dictionary(EventColumn column) {
        return dictionaries[column.ordinal()];
    }

    /** What the merger may read of every column, as of now. */
    Dictionary.Snapshot[] snapshot() {
        Dictionary.Snapshot[] s = new Dictionary.Snapshot[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            s[c] = dictionaries[c].snapshot();
        }
        return s;
    }
}

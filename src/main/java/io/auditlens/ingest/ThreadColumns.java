package io.auditlens.ingest;

import io.auditlens.store.Dictionary;
import io.auditlens.store.EventColumn;

/**
 * The dictionaries one parser thread encodes values into, kept for the whole load: a value seen in an earlier
 * chunk is found again without copying, and each derivation rule runs once per distinct value per thread.
 * Only the owning thread writes; the merger reads values through the snapshots sealed into each batch.
 */
final class ThreadColumns {

    private static final int COLUMNS = EventColumn.values().length;

    final Dictionary[] dictionaries = new Dictionary[COLUMNS];
    /** logSourceCRN values: not a store column, only the key of the region rule. */
    final Dictionary crns = new Dictionary();
    final DerivedColumns derived = new DerivedColumns();

    ThreadColumns() {
        for (int c = 0; c < COLUMNS; c++) {
            dictionaries[c] = new Dictionary(1024);
        }
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

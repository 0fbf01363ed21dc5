package io.auditlens.findings;

import io.auditlens.query.QueryNode;
import io.auditlens.query.SelectionEngine;
import io.auditlens.store.EventStore;
import io.auditlens.task.CancelSignal;

import java.util.BitSet;

/** What every condition evaluates over: the store, its rows in time order, and the queries' matching rows. */
final class RuleScope {

    private final SelectionEngine engine;
    private final int[] timeOrder;
    private final CancelSignal cancel;

    RuleScope(SelectionEngine engine, CancelSignal cancel) {
        this.engine = engine;
        this.timeOrder = engine.timeOrder();
        this.cancel = cancel;
    }

    EventStore store() {
        return engine.store();
    }

    /** Every row in time order, ties in load order; read-only. */
    int[] timeOrder() {
        return timeOrder;
    }

    /** The rows a query matches. */
    BitSet rows(QueryNode query) {
        return engine.rowsMatching(query, cancel).bits();
    }

    /** The key fields of a spec, read for the given rows. */
    KeyFields keys(KeySpec spec, BitSet rows) {
        return KeyFields.of(spec, engine.store(), engine.rawEvents(), rows);
    }

    /** Throws when the work was cancelled. */
    void checkCancelled() {
        cancel.check();
    }

    /** The earliest event time of the store; 0 for an empty store. */
    long firstTime() {
        return timeOrder.length == 0 ? 0 : engine.store().time(timeOrder[0]);
    }
}

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
    private final long firstTime;

    /** The {@code firstTime} that takes the earliest event of the store. */
    static final long FIRST_EVENT_OF_STORE = Long.MIN_VALUE;

    RuleScope(SelectionEngine engine, CancelSignal cancel, long firstTime) {
        this.engine = engine;
        this.timeOrder = engine.timeOrder();
        this.cancel = cancel;
        this.firstTime = firstTime != FIRST_EVENT_OF_STORE ? firstTime
                : timeOrder.length == 0 ? 0 : engine.store().time(timeOrder[0]);
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

    /** The time of the first event of all (the store's earliest unless given); 0 for no events. */
    long firstTime() {
        return firstTime;
    }
}

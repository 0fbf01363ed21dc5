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

    /** A scope whose events start at {@code firstTime}, which the store's own events may start after. */
    RuleScope(SelectionEngine engine, CancelSignal cancel, long firstTime) {
        this.engine = engine;
        this.timeOrder = engine.timeOrder();
        this.cancel = cancel;
        this.firstTime = firstTime;
    }

    /** A scope over every event, which the store holds: they start at its earliest (0 for none). */
    static RuleScope ofStore(SelectionEngine engine, CancelSignal cancel) {
        int[] order = engine.timeOrder();
        return new RuleScope(engine, cancel, order.length == 0 ? 0 : engine.store().time(order[0]));
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

    /** The time of the first event of all; 0 for no events. */
    long firstTime() {
        return firstTime;
    }
}

package io.auditlens.ui;

import io.auditlens.store.EventStore;

/** Binds the window to the selection engine for a newly loaded store (called in the load Task). */
final class SelectionBackends {

    private SelectionBackends() {
    }

    static SelectionBackend forStore(EventStore store) {
        return new InterimSelectionBackend(store);
    }
}

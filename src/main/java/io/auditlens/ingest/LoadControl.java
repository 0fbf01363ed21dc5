package io.auditlens.ingest;

import java.util.concurrent.CancellationException;

/** Lets the caller of a load cancel it from another thread. */
public final class LoadControl {

    private volatile boolean cancelled;

    /** Asks the load to stop as soon as possible; it then throws {@link CancellationException}. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    void check() {
        if (cancelled) {
            throw new CancellationException("loading was cancelled");
        }
    }
}

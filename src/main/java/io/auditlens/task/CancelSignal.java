package io.auditlens.task;

import io.auditlens.task.CancelSignal;
import java.util.concurrent.CancellationException;

/** Lets another thread stop long work (a load, an evaluation); the work then throws {@link CancellationException}. */
public final class CancelSignal {

    private volatile boolean cancelled;

    /** A signal that is never raised, for callers that do not cancel. */
    public static CancelSignal never() {
        return new CancelSignal();
    }

    /** Asks the work to stop as soon as possible. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once {@link #cancel()} was called; long work calls it now and then. */
    public void check() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}

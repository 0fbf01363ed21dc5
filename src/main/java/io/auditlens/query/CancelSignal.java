package io.auditlens.query;

import java.util.concurrent.CancellationException;

/** Lets another thread stop an evaluation; the evaluation then throws {@link CancellationException}. */
public final class CancelSignal {

    private volatile boolean cancelled;

    /** A signal that is never raised, for callers that do not cancel. */
    public static CancelSignal never() {
        return new CancelSignal();
    }

    /** Asks the evaluation to stop as soon as possible. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    void check() {
        if (cancelled) {
            throw new CancellationException("the evaluation was cancelled");
        }
    }
}

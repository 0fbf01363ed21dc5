package io.auditlens.ui.common;

import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the window's background Tasks (loading, engine calls, raw event reads) on daemon threads. */
public final class TaskRunner implements AutoCloseable {

    private final ExecutorService pool;

    public TaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "auditlens-task-" + n.incrementAndGet());
            // Daemon threads so that closing the window never waits for a load that is still reading.
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the task and returns it; once the runner is closed (its window gone) the task is cancelled instead. */
    public <T> Task<T> start(Task<T> task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            // A task finishing after its window closed may ask for another one (a table reselecting its row).
            task.cancel();
        }
        return task;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

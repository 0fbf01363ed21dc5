package io.auditlens.ui.common;

import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One background computation at a time for a panel that recomputes as the selection changes: starting another
 * cancels the one under way, and an answer that arrives after a newer start is dropped, so the panel only ever
 * shows what the latest request asked for.
 */
public final class LatestTask<T> {

    private final TaskRunner runner;
    private Task<T> current;

    public LatestTask(TaskRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code work} in a Task; {@code done} or {@code failed} is called on the JavaFX thread if still latest. */
    public void start(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        cancel();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            if (task == current) {
                current = null;
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (task == current) {
                current = null;
                failed.accept(task.getException());
            }
        });
        current = runner.start(task);
    }

    /** Cancels the computation under way, if any; its answer will not be delivered. */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
            current = null;
        }
    }
}

package io.auditlens.ui.common;

import io.auditlens.query.ScanProgress;
import io.auditlens.task.CancelSignal;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One background computation at a time for a panel that recomputes as the selection changes: starting another
 * cancels the one under way, and an answer that arrives after a newer start is dropped, so the panel only ever
 * shows what the latest request asked for.
 */
public final class LatestTask<T> {

    /** Work told its progress and asked to stop through a signal (an engine's statements, say). */
    @FunctionalInterface
    public interface Work<T> {
        T call(ScanProgress progress, CancelSignal cancel) throws Exception;
    }

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Task<T>> running = new ReadOnlyObjectWrapper<>(this, "running");
    private Task<T> current;

    public LatestTask(TaskRunner runner) {
        this.runner = runner;
    }

    /** Runs {@code work} in a Task; {@code done} or {@code failed} is called on the JavaFX thread if still latest. */
    public void start(Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        start((progress, cancel) -> work.call(), "", done, failed);
    }

    /**
     * The same for work that reports progress and stops when its signal is raised (as it is on {@link #cancel()});
     * {@code title} names it while it runs (see {@link #runningProperty()}).
     */
    public void start(Work<T> work, String title, Consumer<T> done, Consumer<Throwable> failed) {
        cancel();
        CancelSignal signal = new CancelSignal();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.call(this::updateProgress, signal);
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                signal.cancel();
                return super.cancel(mayInterruptIfRunning);
            }
        };
        task.setOnSucceeded(e -> {
            if (task == current) {
                finished();
                done.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (task == current) {
                finished();
                failed.accept(task.getException());
            }
        });
        current = runner.start(task);
        running.set(current);
    }

    /** Cancels the computation under way, if any; its answer will not be delivered. */
    public void cancel() {
        if (current != null) {
            current.cancel(false);
            finished();
        }
    }

    /** The computation under way, or null: for a progress bar and Cancel. */
    public ReadOnlyObjectProperty<Task<T>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The computation under way while {@code shown} holds (null counts as false), else null. */
    public ObservableValue<Task<T>> runningWhen(ObservableValue<Boolean> shown) {
        return Bindings.createObjectBinding(() -> Boolean.TRUE.equals(shown.getValue()) ? running.get() : null,
                running, shown);
    }

    private void finished() {
        current = null;
        running.set(null);
    }
}

package io.auditlens.ui.export;

import io.auditlens.task.CancelSignal;
import io.auditlens.ui.common.TaskRunner;
import io.auditlens.ui.window.ExplorerModel;
import io.auditlens.ui.window.Notice;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

/**
 * The export or report being written, one at a time, for the window's progress bar and its Cancel button. A job is
 * a Task whose cancel also raises the {@link CancelSignal} the writing code checks between events.
 */
public final class OutputJobs {

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>(this, "running");

    public OutputJobs(TaskRunner runner) {
        this.runner = runner;
    }

    /** The job under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether a job is under way. */
    public boolean busy() {
        return running.get() != null;
    }

    /**
     * Whether a new job may start: there are events, and no job is under way; otherwise a notice titled
     * {@code nothing} (or one saying a job is running) tells why not.
     */
    boolean mayStart(ExplorerModel model, String nothing) {
        if (model.getData() == null || model.getResult() == null) {
            model.notices().add(new Notice(Notice.Kind.INFO, nothing, "Load activity events first.", false));
            return false;
        }
        if (busy()) {
            model.notices().add(new Notice(Notice.Kind.INFO, "Still writing", "Wait for the export or report under "
                    + "way to finish, or cancel it.", false));
            return false;
        }
        return true;
    }

    /** Asks the job under way to stop; what it was writing is left nowhere. */
    public void cancel() {
        Task<?> task = running.get();
        if (task != null) {
            task.cancel();
        }
    }

    /** Starts a job titled {@code title} that runs {@code work} with the signal its cancel raises. */
    <T> Task<T> start(String title, Work<T> work) {
        CancelSignal cancel = new CancelSignal();
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.run(this::progress, cancel);
            }

            private void progress(long done, long total, String message) {
                updateProgress(done, total);
                updateMessage(message);
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancel.cancel();
                return super.cancel(false);
            }
        };
        task.addEventHandler(WorkerStateEvent.ANY, e -> {
            if (task.isDone() && running.get() == task) {
                running.set(null);
            }
        });
        running.set(task);
        runner.start(task);
        return task;
    }

    /** A job's body, told how to report progress and when to stop. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress, CancelSignal cancel) throws Exception;
    }

    /** Where a job reports how far it got. */
    @FunctionalInterface
    interface Progress {
        void report(long done, long total, String message);
    }
}
